// Paths through an explored scenario: shortest and longest in real decisions, how many paths reach each ending,
// and example paths per ending (for tests and authors).
import { components, type StateGraph, type Step } from './explore.ts';

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

export type Longest = {
  value: number | null;
  /**
   * What "no ... twice" counted: `stage` (the longest simple path, as authors read it) or, when every path to an
   * ending has to enter some stage twice (a loop that must be gone round), `situation` (stage with its flags and
   * read values): the longest path that repeats no situation.
   */
  basis: 'stage' | 'situation';
  capped: boolean;
};

/**
 * Most real decisions on a path that enters no stage twice; where no such path reaches an ending, the most on a path
 * that repeats no situation instead, so the answer is never "none" for a scenario that can end.
 */
export function longestDecisions(g: StateGraph, budget = 500_000): Longest {
  const byStage = longestBy(g, (v) => g.states[v]?.place ?? '', budget);
  if (byStage.value !== null || byStage.capped) return { ...byStage, basis: 'stage' };
  const bySituation = longestBy(g, String, budget);
  return { ...bySituation, basis: bySituation.value === null ? 'stage' : 'situation' };
}

/**
 * Most real decisions on a path that never visits the same `identity` twice. Once play leaves a loop it can never come
 * back, so only what was visited inside the current loop matters: memoised on state + those, exact and usually linear.
 */
function longestBy(g: StateGraph, identity: (v: number) => string, budget: number): { value: number | null; capped: boolean } {
  const ids = [...new Set(g.states.map((_, v) => identity(v)))];
  const idIndex = new Map(ids.map((p, i) => [p, i]));
  const succ = ids.map(() => new Set<number>());
  g.states.forEach((st, v) => {
    for (const m of st.moves) succ[idIndex.get(identity(v)) as number]?.add(idIndex.get(identity(m.to)) as number);
  });
  const scc = components(succ.map((x) => [...x]));
  const sccOf = (v: number) => scc.of[idIndex.get(identity(v)) as number] as number;
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
      const id = identity(m.to);
      if (!target || visited.has(id)) continue;
      const same = !target.final && sccOf(m.to) === sccOf(v);
      const nextVisited = same ? new Set([...visited, id]) : new Set([id]);
      best = Math.max(best, (m.real ? 1 : 0) + walk(m.to, nextVisited));
    }
    memo.set(key, best);
    return best;
  };
  const value = g.states[0] ? walk(0, new Set([identity(0)])) : Number.NEGATIVE_INFINITY;
  return { value: Number.isFinite(value) && !capped ? value : null, capped };
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
