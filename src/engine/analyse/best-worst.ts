// The best and worst reachable ending of an explored scenario, ranked by outcome and then by final metrics, with a
// path to each: a best-first search over full metric values.

import { indexOf } from '../play/index.ts';
import type { EnterParams } from '../play/rules.ts';
import type { Outcome, Scenario } from '../play/schema.ts';
import { components, type StateGraph, type Step, transitionsFrom } from './explore.ts';
import { Heap } from './heap.ts';

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
    outcome: indexOf(s).endings.get(endingId)?.outcome as Outcome,
    metrics,
    score: s.metrics.reduce(
      (sum, m) => sum + (m.good === 'higher' ? (metrics[m.id] as number) - m.min : m.max - (metrics[m.id] as number)),
      0,
    ),
    path,
  };
}
