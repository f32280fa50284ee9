// Does the scenario branch? Structural counts over the scenario data (every option, every route target, conditions
// ignored): stages whose options lead to different places, stages some paths never see, options that differ from a
// sibling only in immediate numbers, and flags that only decide whether an inject shows. Definitions as in the
// clarifications ("Counting branching"), so an author gets the same numbers a reviewer counts by hand.

import { routesOf } from '../play/compile.ts';
import { reads } from '../play/conditions.ts';
import type { Condition, Option, Scenario, StageConsequence } from '../play/schema.ts';

export type Branching = {
  /** Stages whose options' `next` (every route target included) name two or more places. */
  branchingStages: string[];
  /** Stages where every option leads to the same place. */
  spineStages: string[];
  /** Stages that some path from the initial stage to an ending avoids. */
  seenOnSomePaths: string[];
  /** Sibling options whose only difference is what happens now (text, cost, metrics no condition reads). */
  numbersOnly: { stageId: string; options: string[] }[];
  /** Flags that some inject's `when` reads and no other condition reads. */
  injectOnlyFlags: string[];
};

const targetsOf = (o: Option) => routesOf(o.next).map((r) => r.to);

/** Flags, metrics and clock read by conditions other than inject conditions (what can change a later route or consequence). */
function ruleReads(s: Scenario) {
  const into = { flags: new Set<string>(), metrics: new Set<string>(), clock: false };
  const cons = (list: StageConsequence[] | undefined) => {
    for (const c of list ?? []) reads(c.when, into);
  };
  for (const st of s.stages) {
    cons(st.onEnter);
    for (const o of st.decision.options) {
      reads(o.when, into);
      for (const r of routesOf(o.next)) reads(r.when, into);
    }
  }
  for (const e of s.endings) cons(e.onEnter);
  return into;
}

function injectReads(s: Scenario): Set<string> {
  const into = { flags: new Set<string>(), metrics: new Set<string>(), clock: false };
  for (const st of s.stages) for (const i of st.injects ?? []) reads(i.when as Condition | undefined, into);
  return into.flags;
}

/** Whether an ending can be reached from the initial stage without passing `avoid`. */
function endsWithout(s: Scenario, succ: Map<string, string[]>, endings: Set<string>, avoid: string): boolean {
  if (s.initialStage === avoid) return false;
  const seen = new Set([s.initialStage]);
  const queue = [s.initialStage];
  for (let i = 0; i < queue.length; i++) {
    const at = queue[i] as string;
    if (endings.has(at)) return true;
    for (const to of succ.get(at) ?? []) {
      if (to === avoid || seen.has(to)) continue;
      seen.add(to);
      queue.push(to);
    }
  }
  return false;
}

export function branching(s: Scenario): Branching {
  const succ = new Map(s.stages.map((st) => [st.id, [...new Set(st.decision.options.flatMap(targetsOf))]]));
  const endings = new Set(s.endings.map((e) => e.id));
  const rules = ruleReads(s);
  const injects = injectReads(s);
  const read = new Set([...rules.flags, ...injects]);

  // What an option leaves for later: where it goes, the flags it changes that anything reads, the metrics it moves that a
  // condition reads, and its time cost when a condition reads the clock.
  const later = (o: Option) =>
    JSON.stringify([
      routesOf(o.next),
      (o.set ?? []).filter((f) => read.has(f)).sort(),
      (o.clear ?? []).filter((f) => read.has(f)).sort(),
      Object.entries(o.effects ?? {})
        .filter(([m, d]) => rules.metrics.has(m) && d !== 0)
        .sort(),
      rules.clock ? o.cost : 0,
    ]);

  const numbersOnly: Branching['numbersOnly'] = [];
  for (const st of s.stages) {
    const groups = new Map<string, string[]>();
    for (const o of st.decision.options) groups.set(later(o), [...(groups.get(later(o)) ?? []), o.id]);
    for (const ids of groups.values()) if (ids.length > 1) numbersOnly.push({ stageId: st.id, options: ids });
  }

  return {
    branchingStages: s.stages.filter((st) => (succ.get(st.id) ?? []).length >= 2).map((st) => st.id),
    spineStages: s.stages.filter((st) => (succ.get(st.id) ?? []).length < 2).map((st) => st.id),
    seenOnSomePaths: s.stages.filter((st) => endsWithout(s, succ, endings, st.id)).map((st) => st.id),
    numbersOnly,
    injectOnlyFlags: s.flags.map((f) => f.id).filter((f) => injects.has(f) && !rules.flags.has(f)),
  };
}
