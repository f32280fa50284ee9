// Paths through an explored scenario: shortest and longest in real decisions, how many paths reach each ending,
// example paths per ending (for tests and authors), and the best and worst reachable ending by final metrics.
import { components, type StateGraph, type Step, transitionsFrom } from './explore.ts';
import type { EnterParams } from './rules.ts';
import type { Outcome, Scenario } from './schema.ts';

/** Fewest real decisions from the start to any ending (0-1 breadth-first search); null if no ending is reachable. */
export function shortestDecisions(g: StateGraph): number | null {
  if (g.states.length === 0) return null;
  const dist = new Array<number>(g.states.length).fill(Number.POSITIVE_INFINITY);
  dist[0] = 0;
  const deque: number[] = [0];
  let best = Number.POSITIVE_INFINITY;
  while (deque.length > 0) {
    const v = deque.shift() as number;
    const node = g.states[v];
    if (!node) continue;
    const d = dist[v] as number;
    if (node.final) best = Math.min(best, d);
    for (const m of node.moves) {
      const nd = d + (m.real ? 1 : 0);
      if (nd < (dist[m.to] as number)) {
        dist[m.to] = nd;
        if (m.real) deque.push(m.to);
        else deque.unshift(m.to);
      }
    }
  }
  return Number.isFinite(best) ? best : null;
}

/**
 * Most real decisions on a path that enters no stage twice. Once play leaves a loop of stages it can never come back,
 * so only the stages visited inside the current loop matter: memoised on state + those, exact and usually linear.
 */
export function longestDecisions(g: StateGraph, budget = 500_000): { value: number | null; capped: boolean } {
  const places = [...new Set(g.states.map((st) => st.place))];
  const placeIndex = new Map(places.map((p, i) => [p, i]));
  const succ = places.map(() => new Set<number>());
  for (const st of g.states)
    for (const m of st.moves) succ[placeIndex.get(st.place) as number]?.add(placeIndex.get(g.states[m.to]?.place ?? '') as number);
  const scc = components(succ.map((x) => [...x]));
  const sccOf = (place: string) => scc.of[placeIndex.get(place) as number] as number;
  const memo = new Map<string, number>();
  let work = 0;
  let capped = false;
  const walk = (v: number, visited: ReadonlySet<string>): number => {
    const node = g.states[v];
    if (!node) return Number.NEGATIVE_INFINITY;
    if (node.final) return 0;
    const key = `${v}|${[...visited].sort().join(',')}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    if (++work > budget) {
      capped = true;
      return Number.NEGATIVE_INFINITY;
    }
    let best = Number.NEGATIVE_INFINITY;
    for (const m of node.moves) {
      const target = g.states[m.to];
      if (!target || visited.has(target.place)) continue;
      const same = !target.final && sccOf(target.place) === sccOf(node.place);
      const nextVisited = same ? new Set([...visited, target.place]) : new Set([target.place]);
      best = Math.max(best, (m.real ? 1 : 0) + walk(m.to, nextVisited));
    }
    memo.set(key, best);
    return best;
  };
  const first = g.states[0];
  const value = first ? walk(0, new Set([first.place])) : Number.NEGATIVE_INFINITY;
  return { value: Number.isFinite(value) ? value : null, capped };
}

/** Distinct decision paths from the start into each ending; a path through a loop makes the count the cap. */
export function pathCounts(g: StateGraph, cap = 10_000): Record<string, number> {
  const scc = components(g.states.map((st) => st.moves.map((m) => m.to)));
  const counts = new Map<number, Map<string, number>>();
  // Tarjan lists components sinks first, so every successor is counted before the states that lead to it.
  for (const comp of scc.list) {
    if (comp.cyclic) {
      const endings = new Map<string, number>();
      for (const v of comp.members)
        for (const m of g.states[v]?.moves ?? []) for (const e of counts.get(m.to)?.keys() ?? []) endings.set(e, cap);
      // A loop can also lead out of itself through another member; give every ending any member reaches the cap.
      for (const v of comp.members) counts.set(v, endings);
      continue;
    }
    const v = comp.members[0] as number;
    const node = g.states[v];
    const mine = new Map<string, number>();
    if (node?.final) mine.set(node.place, 1);
    for (const m of node?.moves ?? []) for (const [e, n] of counts.get(m.to) ?? []) mine.set(e, Math.min(cap, (mine.get(e) ?? 0) + n));
    counts.set(v, mine);
  }
  return Object.fromEntries(counts.get(0) ?? []);
}

/** Up to `perEnding` decision paths into each reachable ending, shortest (fewest steps) first. */
export function pathsByEnding(g: StateGraph, perEnding = 3, budget = 200_000): Record<string, Step[][]> {
  const out: Record<string, Step[][]> = {};
  const finals = new Set(g.states.filter((st) => st.final).map((st) => st.place));
  // Breadth-first over paths (not states) gives several distinct paths in length order.
  type Partial = { v: number; steps: Step[] };
  let queue: Partial[] = [{ v: 0, steps: [] }];
  let work = 0;
  const full = () => [...finals].every((e) => (out[e]?.length ?? 0) >= perEnding);
  while (queue.length > 0 && work < budget && !full()) {
    const next: Partial[] = [];
    for (const p of queue) {
      const node = g.states[p.v];
      if (!node) continue;
      if (node.final) {
        const list = out[node.place] ?? [];
        if (list.length < perEnding) list.push(p.steps);
        out[node.place] = list;
        continue;
      }
      for (const m of node.moves) {
        if (++work > budget) break;
        next.push({ v: m.to, steps: [...p.steps, { stageId: m.stageId, optionId: m.optionId, kind: m.kind }] });
      }
    }
    queue = next;
  }
  // Whatever the budget left out, each reachable ending still gets its shortest path.
  for (const [e, steps] of Object.entries(shortestStepsTo(g))) if (!out[e]?.length) out[e] = [steps];
  return out;
}

/** The shortest path (in steps) to each reachable ending, from breadth-first parents. */
export function shortestStepsTo(g: StateGraph): Record<string, Step[]> {
  const { order, parent } = bfsParents(g);
  const out: Record<string, Step[]> = {};
  for (const v of order) {
    const node = g.states[v];
    if (node?.final && !out[node.place]) out[node.place] = stepsTo(parent, v);
  }
  return out;
}

export type Parents = ReadonlyMap<number, { from: number; step: Step }>;

export function bfsParents(g: StateGraph): { order: number[]; parent: Parents } {
  const parent = new Map<number, { from: number; step: Step }>();
  const seen = new Set([0]);
  const order = [0];
  for (let i = 0; i < order.length; i++) {
    const v = order[i] as number;
    for (const m of g.states[v]?.moves ?? []) {
      if (seen.has(m.to)) continue;
      seen.add(m.to);
      parent.set(m.to, { from: v, step: { stageId: m.stageId, optionId: m.optionId, kind: m.kind } });
      order.push(m.to);
    }
  }
  return { order, parent };
}

export function stepsTo(parent: Parents, v: number): Step[] {
  const steps: Step[] = [];
  for (let at = parent.get(v); at; at = parent.get(at.from)) steps.unshift(at.step);
  return steps;
}

export type RankedEnding = {
  endingId: string;
  outcome: Outcome;
  metrics: Record<string, number>;
  /** Sum over metrics of how far each sits from its bad end (higher is better). */
  score: number;
  path: Step[];
};

const rank: Record<Outcome, number> = { good: 2, mixed: 1, bad: 0 };

/**
 * Best and worst reachable ending: outcome first (good > mixed > bad), then the sum over metrics of how far each sits
 * from its bad end. Full metric values are carried over the explored graph, best-first on an optimistic bound (the
 * outcomes still reachable, and each metric moved by every rise, or fall, still ahead, within its range), so the first
 * ending taken off the queue is the answer. A context that another one at the same state beats on every metric is
 * dropped: later effects are the same for both and clamping keeps their order. `capped` says a limit cut this short.
 */
export function bestAndWorst(
  s: Scenario,
  g: StateGraph,
  maxEntries = 100_000,
): { best: RankedEnding | null; worst: RankedEnding | null; capped: boolean } {
  const best = extreme(s, g, 1, maxEntries);
  const worst = extreme(s, g, -1, maxEntries);
  return { best: best.result, worst: worst.result, capped: best.capped || worst.capped };
}

type Entry = { v: number; values: number[]; parent: number; step: Step | null; rank: number; bound: number };

/** Per state, the most each metric can still move in one direction, and the highest (sign 1) or lowest outcome ahead. */
function outlook(s: Scenario, g: StateGraph, sign: 1 | -1) {
  const outcomes = new Map(s.endings.map((e) => [e.id, rank[e.outcome]]));
  // In the searched direction: for the best, a "higher is good" metric gains by rises; for the worst, by falls.
  const towards = s.metrics.map((m) => (m.good === 'higher') === (sign === 1));
  const span = s.metrics.map((m) => m.max - m.min);
  const n = g.states.length;
  const gain = Array.from({ length: n }, () => s.metrics.map(() => 0));
  const ahead = new Array<number>(n).fill(sign === 1 ? -1 : 3);
  const scc = components(g.states.map((st) => st.moves.map((m) => m.to)));
  const pick = sign === 1 ? Math.max : Math.min;
  for (const comp of scc.list) {
    if (comp.cyclic) {
      // Every member reaches every other, so they share what lies ahead; moves inside a loop can repeat without end,
      // so each metric may cover its whole range.
      const inside = new Set(comp.members);
      let outlookHere = sign === 1 ? -1 : 3;
      for (const v of comp.members)
        for (const m of g.states[v]?.moves ?? []) if (!inside.has(m.to)) outlookHere = pick(outlookHere, ahead[m.to] as number);
      for (const v of comp.members) {
        ahead[v] = outlookHere;
        gain[v] = [...span];
      }
      continue;
    }
    const v = comp.members[0] as number;
    const node = g.states[v];
    if (!node) continue;
    if (node.final) ahead[v] = outcomes.get(node.place) ?? 0;
    const mine = gain[v] as number[];
    for (const m of node.moves) {
      ahead[v] = pick(ahead[v] as number, ahead[m.to] as number);
      s.metrics.forEach((metric, i) => {
        const step = towards[i] ? (m.up[metric.id] ?? 0) : -(m.down[metric.id] ?? 0);
        mine[i] = Math.min(span[i] as number, Math.max(mine[i] as number, step + ((gain[m.to] as number[])[i] as number)));
      });
    }
  }
  return { gain, ahead, towards };
}

function extreme(s: Scenario, g: StateGraph, sign: 1 | -1, maxEntries: number): { result: RankedEnding | null; capped: boolean } {
  const ids = s.metrics.map((m) => m.id);
  const stages = new Map(s.stages.map((st) => [st.id, st]));
  const cache = new Map<string, EnterParams>();
  const start = g.states[0];
  if (!start) return { result: null, capped: false };
  const { gain, ahead, towards } = outlook(s, g, sign);
  // How far each metric sits from its bad end, and the most that can become by the end in the searched direction.
  const bound = (v: number, values: number[]) =>
    s.metrics.reduce((sum, m, i) => {
      const x = values[i] as number;
      const room = (gain[v] as number[])[i] as number;
      const moved = Math.min(m.max, Math.max(m.min, x + (towards[i] ? room : -room)));
      return sum + (m.good === 'higher' ? moved - m.min : m.max - moved);
    }, 0);
  const entries: Entry[] = [];
  const heap = new Heap((a: number, b: number) => {
    const x = entries[a] as Entry;
    const y = entries[b] as Entry;
    return sign * (x.rank - y.rank || x.bound - y.bound) > 0;
  });
  const frontier = new Map<number, Set<number>>();
  const covers = (a: number[], b: number[]) =>
    a.every((x, i) => sign * (x - (b[i] as number)) * (s.metrics[i]?.good === 'higher' ? 1 : -1) >= 0);
  let capped = false;
  const push = (v: number, values: number[], parent: number, step: Step | null) => {
    const here = frontier.get(v) ?? new Set<number>();
    for (const j of here) if (covers((entries[j] as Entry).values, values)) return;
    if (entries.length >= maxEntries) {
      capped = true;
      return;
    }
    for (const j of here) if (covers(values, (entries[j] as Entry).values)) here.delete(j);
    entries.push({ v, values, parent, step, rank: ahead[v] as number, bound: bound(v, values) });
    here.add(entries.length - 1);
    frontier.set(v, here);
    heap.push(entries.length - 1);
  };
  push(
    0,
    ids.map((id) => start.context.metrics[id] ?? 0),
    -1,
    null,
  );
  for (let i = heap.pop(); i !== undefined; i = heap.pop()) {
    const e = entries[i] as Entry;
    if (!frontier.get(e.v)?.has(i)) continue;
    const node = g.states[e.v] as StateGraph['states'][number];
    if (node.final) return { result: ranked(s, g, entries, i), capped };
    const stage = stages.get(node.place);
    if (!stage) continue;
    const metrics = Object.fromEntries(ids.map((id, k) => [id, e.values[k] as number]));
    for (const t of transitionsFrom(s, stage, { ...node.context, metrics }, cache)) {
      const move = node.moves.find((m) => m.optionId === t.optionId && m.kind === t.kind);
      if (move)
        push(
          move.to,
          ids.map((id) => t.context.metrics[id] ?? 0),
          i,
          { stageId: t.stageId, optionId: t.optionId, kind: t.kind },
        );
    }
  }
  return { result: null, capped };
}

function ranked(s: Scenario, g: StateGraph, entries: Entry[], i: number): RankedEnding {
  const path: Step[] = [];
  for (let at = entries[i]; at?.step; at = entries[at.parent]) path.unshift(at.step);
  const last = entries[i] as Entry;
  const endingId = (g.states[last.v] as StateGraph['states'][number]).place;
  const metrics = Object.fromEntries(s.metrics.map((m, k) => [m.id, last.values[k] as number]));
  return {
    endingId,
    outcome: s.endings.find((e) => e.id === endingId)?.outcome as Outcome,
    metrics,
    score: s.metrics.reduce(
      (sum, m) => sum + (m.good === 'higher' ? (metrics[m.id] as number) - m.min : m.max - (metrics[m.id] as number)),
      0,
    ),
    path,
  };
}

/** A binary heap of entry indexes; `before(a, b)` says a comes out first. */
class Heap {
  private items: number[] = [];
  constructor(private readonly before: (a: number, b: number) => boolean) {}
  push(x: number): void {
    const items = this.items;
    items.push(x);
    for (let i = items.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!this.before(items[i] as number, items[p] as number)) break;
      [items[i], items[p]] = [items[p] as number, items[i] as number];
      i = p;
    }
  }
  pop(): number | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (items.length > 0 && last !== undefined) {
      items[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < items.length && this.before(items[l] as number, items[m] as number)) m = l;
        if (r < items.length && this.before(items[r] as number, items[m] as number)) m = r;
        if (m === i) break;
        [items[i], items[m]] = [items[m] as number, items[i] as number];
        i = m;
      }
    }
    return top;
  }
}
