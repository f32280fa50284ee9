// The reachable state space of a scenario, walked with the engine's own rules (choose/enter, routesOf, enterParams),
// so analysis and play cannot disagree. States are merged on a key holding only what later routing can depend on.
import { enterParams, initialContext, routesOf, timeoutCost } from '../play/compile.ts';
import { holds, reads } from '../play/conditions.ts';
import { choose, type EnterParams, enter, type GameContext } from '../play/rules.ts';
import type { Condition, Option, Scenario, Stage } from '../play/schema.ts';

/** One step of a path: an option chosen in a stage, or the timer running out there. */
export type Step = { stageId: string; optionId: string; kind: 'choice' | 'timeout' };

export type Move = Step & {
  /** A real decision: two or more options were available, or the timer ran out. */
  real: boolean;
  /** Index of the state entered. */
  to: number;
  /** Per metric, the sum of the raw rises and of the raw falls this move applies (option and fired onEnter effects, before clamping). */
  up: Record<string, number>;
  down: Record<string, number>;
};

export type StateNode = {
  key: string;
  place: string;
  /** An ending (final state). */
  final: boolean;
  /** A context with this key (history and trail dropped: nothing routes on them). */
  context: GameContext;
  /** Options whose `when` held here. */
  available: string[];
  moves: Move[];
  /** Some move from here was left out because the state cap was reached: this state's moves are not all known. */
  truncated?: true;
};

export type StateGraph = { states: StateNode[]; capped: boolean };

/** What a condition read later can still see: flags, metrics (exact values) and whether the clock matters. */
type Live = { flags: Set<string>; metrics: Set<string>; clock: boolean };

/** Per place, what the key keeps; the clock is clamped at the last threshold any condition names. */
export type KeySpec = { live: ReadonlyMap<string, { flags: ReadonlySet<string>; metrics: string[]; clock: boolean }>; clockCap: number };

const thresholdsOf = (c: Condition | undefined, into: number[]): number[] => {
  if (!c) return into;
  if (c.clockAtLeast !== undefined) into.push(c.clockAtLeast);
  if (c.clockBefore !== undefined) into.push(c.clockBefore);
  for (const x of [...(c.all ?? []), ...(c.any ?? []), ...(c.not ? [c.not] : [])]) thresholdsOf(x, into);
  return into;
};

/**
 * The route key, narrowed by liveness: at a place it keeps only what some condition can still read from there on (its
 * options' and routes' conditions, and the onEnter conditions of every place reachable after it, endings included).
 * Anything else can never change where play goes or which consequence fires, so leaving it out keeps the key exact.
 * Inject conditions are left out: they only choose which messages show.
 */
export function routingKeySpec(s: Scenario): KeySpec {
  const empty = (): Live => ({ flags: new Set(), metrics: new Set(), clock: false });
  const own = new Map<string, Live>();
  const entry = new Map<string, Live>();
  const succ = new Map<string, string[]>();
  const thresholds: number[] = [0];
  const read = (into: Live, c: Condition | undefined) => {
    reads(c, into);
    thresholdsOf(c, thresholds);
  };
  for (const place of [...s.stages, ...s.endings]) {
    const e = empty();
    for (const c of place.onEnter ?? []) read(e, c.when);
    entry.set(place.id, e);
    own.set(place.id, empty());
  }
  for (const st of s.stages) {
    const mine = own.get(st.id) as Live;
    const targets: string[] = [];
    for (const o of st.decision.options) {
      read(mine, o.when);
      for (const r of routesOf(o.next)) {
        read(mine, r.when);
        targets.push(r.to);
      }
    }
    succ.set(st.id, [...new Set(targets)]);
  }
  const live = new Map([...own].map(([id, l]) => [id, { flags: new Set(l.flags), metrics: new Set(l.metrics), clock: l.clock }]));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [id, targets] of succ) {
      const mine = live.get(id) as Live;
      const before = mine.flags.size + mine.metrics.size + (mine.clock ? 1 : 0);
      for (const q of targets) {
        for (const from of [entry.get(q), live.get(q)]) {
          if (!from) continue;
          for (const f of from.flags) mine.flags.add(f);
          for (const m of from.metrics) mine.metrics.add(m);
          mine.clock = mine.clock || from.clock;
        }
      }
      if (mine.flags.size + mine.metrics.size + (mine.clock ? 1 : 0) !== before) changed = true;
    }
  }
  return {
    live: new Map([...live].map(([id, l]) => [id, { flags: l.flags, metrics: [...l.metrics].sort(), clock: l.clock }])),
    clockCap: Math.max(...thresholds),
  };
}

/**
 * The clock only ever grows, and past the last threshold every clock condition answers the same way for good, so
 * clamping it there keeps the key exact and finite.
 */
export function stateKey(place: string, ctx: GameContext, spec: KeySpec): string {
  const live = spec.live.get(place);
  if (!live) return place;
  const flags = ctx.flags.filter((f) => live.flags.has(f)).join(',');
  const metrics = live.metrics.map((m) => ctx.metrics[m] ?? 0).join(',');
  const clock = live.clock ? Math.min(ctx.clock, spec.clockCap) : '';
  return `${place}|${flags}|${metrics}|${clock}`;
}

type Transition = Step & { real: boolean; place: string; context: GameContext; up: Record<string, number>; down: Record<string, number> };

/** The moves play allows from a context at a stage, exactly as the compiled machine would take them. */
export function transitionsFrom(s: Scenario, stage: Stage, ctx: GameContext, enterCache: Map<string, EnterParams>): Transition[] {
  const params = (placeId: string, cost: number) => {
    const k = `${placeId}@${cost}`;
    let p = enterCache.get(k);
    if (!p) {
      p = enterParams(s, placeId, cost);
      enterCache.set(k, p);
    }
    return p;
  };
  const go = (o: Option, kind: 'choice' | 'timeout', cost: number, real: boolean): Transition[] => {
    const chosen = choose(ctx, { stageId: stage.id, optionId: o.id, kind, effects: o.effects, set: o.set, clear: o.clear });
    const route = routesOf(o.next).find((r) => holds(r.when, chosen));
    if (!route) return [];
    const p = params(route.to, cost);
    const entered = enter(chosen, p);
    const fired = new Set(entered.history.slice(chosen.history.length).map((h) => h.consequenceId));
    const up: Record<string, number> = {};
    const down: Record<string, number> = {};
    for (const effects of [o.effects, ...p.consequences.filter((c) => fired.has(c.id)).map((c) => c.effects)])
      for (const [m, d] of Object.entries(effects ?? {})) {
        if (d > 0) up[m] = (up[m] ?? 0) + d;
        else down[m] = (down[m] ?? 0) + d;
      }
    const context = { ...entered, history: [], trail: [] };
    return [{ stageId: stage.id, optionId: o.id, kind, real, place: route.to, context, up, down }];
  };
  const available = stage.decision.options.filter((o) => holds(o.when, ctx));
  const real = available.length >= 2;
  const out = available.flatMap((o) => go(o, 'choice', o.cost, real));
  const wait = stage.decision.options.find((o) => o.noDecision);
  if (wait && stage.decision.timeLimit !== undefined) out.push(...go(wait, 'timeout', timeoutCost(wait, stage.decision.timeLimit), true));
  return out;
}

/** Breadth-first walk of every reachable state on the given key, from the scenario's start. */
export function explore(s: Scenario, spec: KeySpec = routingKeySpec(s), maxStates = 200_000): StateGraph {
  const stages = new Map(s.stages.map((st) => [st.id, st]));
  const endings = new Set(s.endings.map((e) => e.id));
  const enterCache = new Map<string, EnterParams>();
  const states: StateNode[] = [];
  const index = new Map<string, number>();
  let capped = false;
  const add = (place: string, context: GameContext): number => {
    const key = stateKey(place, context, spec);
    const known = index.get(key);
    if (known !== undefined) return known;
    if (states.length >= maxStates) {
      capped = true;
      return -1;
    }
    const stage = stages.get(place);
    const available = stage ? stage.decision.options.filter((o) => holds(o.when, context)).map((o) => o.id) : [];
    states.push({ key, place, final: endings.has(place), context, available, moves: [] });
    index.set(key, states.length - 1);
    return states.length - 1;
  };
  const start = initialContext(s);
  add(s.initialStage, { ...start, history: [], trail: [] });
  for (let i = 0; i < states.length; i++) {
    const node = states[i] as StateNode;
    const stage = stages.get(node.place);
    if (!stage) continue;
    for (const t of transitionsFrom(s, stage, node.context, enterCache)) {
      const to = add(t.place, t.context);
      if (to < 0) node.truncated = true;
      else node.moves.push({ stageId: t.stageId, optionId: t.optionId, kind: t.kind, real: t.real, to, up: t.up, down: t.down });
    }
  }
  return { states, capped };
}

/** Strongly connected components (iterative Tarjan), sinks first; `cyclic` marks components that hold a cycle. */
export function components(succ: ReadonlyArray<ReadonlyArray<number>>): { of: number[]; list: { members: number[]; cyclic: boolean }[] } {
  const n = succ.length;
  const idx = new Array<number>(n).fill(-1);
  const low = new Array<number>(n).fill(0);
  const onStack = new Array<boolean>(n).fill(false);
  const of = new Array<number>(n).fill(-1);
  const stack: number[] = [];
  const list: { members: number[]; cyclic: boolean }[] = [];
  let counter = 0;
  for (let root = 0; root < n; root++) {
    if (idx[root] !== -1) continue;
    const work: [number, number][] = [[root, 0]];
    idx[root] = low[root] = counter++;
    stack.push(root);
    onStack[root] = true;
    while (work.length > 0) {
      const frame = work[work.length - 1] as [number, number];
      const [v, i] = frame;
      const next = succ[v] ?? [];
      if (i < next.length) {
        frame[1] = i + 1;
        const w = next[i] as number;
        if (idx[w] === -1) {
          idx[w] = low[w] = counter++;
          stack.push(w);
          onStack[w] = true;
          work.push([w, 0]);
        } else if (onStack[w]) low[v] = Math.min(low[v] as number, idx[w] as number);
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low[parent[0]] = Math.min(low[parent[0]] as number, low[v] as number);
      if (low[v] === idx[v]) {
        const members: number[] = [];
        let w: number;
        do {
          w = stack.pop() as number;
          onStack[w] = false;
          of[w] = list.length;
          members.push(w);
        } while (w !== v);
        const cyclic = members.length > 1 || (succ[v] ?? []).includes(v);
        list.push({ members, cyclic });
      }
    }
  }
  return { of, list };
}
