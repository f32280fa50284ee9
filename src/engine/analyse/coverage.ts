// Objective coverage: which learning objectives a scenario can rate. An objective is exercised by an option that lists
// it; a decision is an opportunity for it when one of its options that can be taken there lists it. Reported per example
// path to each ending, plus the objectives no path can rate and the real decisions that exercise none.
import type { Scenario } from '../play/schema.ts';
import type { StateGraph, Step } from './explore.ts';
import { shortestStepsTo } from './paths.ts';

export type PathCoverage = {
  endingId: string;
  steps: Step[];
  /** Objectives an option taken on this path lists. */
  exercised: string[];
  /** Objectives some decision on this path offered (an option listing them could have been taken). */
  offered: string[];
};

export type ObjectiveCoverage = {
  /** Per objective, the reachable stages where an available option lists it. */
  objectives: { id: string; stages: string[] }[];
  /** Objectives no reachable decision offers: no path can rate them (the debrief shows them "unable to be performed"). */
  unrateable: string[];
  /** Objectives that some path from the start to an ending never exercises (every path rates the others). */
  avoidable: string[];
  /** Reachable stages with a real decision where no available option lists an objective. */
  silentDecisions: string[];
  /** The shortest path (in steps) into each reachable ending: linear to find, so the checker stays fast. */
  paths: PathCoverage[];
};

export function objectiveCoverage(s: Scenario, g: StateGraph): ObjectiveCoverage {
  const listed = new Map<string, Map<string, string[]>>(
    s.stages.map((st) => [st.id, new Map(st.decision.options.map((o) => [o.id, o.objectives ?? []]))]),
  );
  const offeredAt = new Map<string, Set<string>>(s.objectives.map((o) => [o.id, new Set<string>()]));
  const silent = new Set<string>();
  const loud = new Set<string>();
  for (const node of g.states) {
    if (node.final || node.moves.length === 0) continue;
    const options = listed.get(node.place);
    const here = node.available.flatMap((id) => options?.get(id) ?? []);
    for (const id of here) offeredAt.get(id)?.add(node.place);
    if (here.length > 0) loud.add(node.place);
    else if (node.moves.some((m) => m.real)) silent.add(node.place);
  }
  const paths: PathCoverage[] = [];
  for (const [endingId, steps] of Object.entries(shortestStepsTo(g))) {
    {
      const exercised = new Set<string>();
      const offered = new Set<string>();
      for (const step of steps) {
        const options = listed.get(step.stageId);
        if (step.kind === 'choice') for (const id of options?.get(step.optionId) ?? []) exercised.add(id);
        for (const ids of options?.values() ?? []) for (const id of ids) offered.add(id);
      }
      const order = (set: Set<string>) => s.objectives.map((o) => o.id).filter((id) => set.has(id));
      paths.push({ endingId, steps, exercised: order(exercised), offered: order(offered) });
    }
  }
  const objectives = s.objectives.map((o) => ({ id: o.id, stages: [...(offeredAt.get(o.id) ?? [])].sort() }));
  return {
    objectives,
    unrateable: objectives.filter((o) => o.stages.length === 0).map((o) => o.id),
    avoidable: s.objectives.filter((o) => endsWithout(g, listed, o.id)).map((o) => o.id),
    // A stage counts as silent only when no situation there offers any objective.
    silentDecisions: [...silent].filter((p) => !loud.has(p)).sort(),
    paths,
  };
}

/** Whether an ending can be reached by moves none of which takes an option listing the objective. */
function endsWithout(g: StateGraph, listed: ReadonlyMap<string, ReadonlyMap<string, string[]>>, objective: string): boolean {
  const seen = new Set<number>([0]);
  const queue = [0];
  for (let i = 0; i < queue.length; i++) {
    const node = g.states[queue[i] as number];
    if (!node) continue;
    if (node.final) return true;
    for (const m of node.moves) {
      const exercises = m.kind === 'choice' && (listed.get(m.stageId)?.get(m.optionId) ?? []).includes(objective);
      if (exercises || seen.has(m.to)) continue;
      seen.add(m.to);
      queue.push(m.to);
    }
  }
  return false;
}
