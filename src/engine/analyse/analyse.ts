// Semantic checks and statistics over every reachable situation of a scenario: unreachable stages and endings, dead
// ends, loops that never end, path lengths, best and worst endings, flag usage. Pure: the checker CLI and tests render it.

import { reads } from '../play/conditions.ts';
import { type Condition, type Language, languages, type Outcome, type Scenario, type StageConsequence } from '../play/schema.ts';
import { bestAndWorst, type RankedEnding } from './best-worst.ts';
import { components, explore, routingKeySpec, type StateGraph, type Step } from './explore.ts';
import { bfsParents, longestDecisions, pathCounts, pathsByEnding, shortestDecisions, stepsTo } from './paths.ts';

export type FindingKind =
  | 'syntax'
  | 'schema'
  | 'missing-text'
  | 'unknown-stage'
  | 'unknown-flag'
  | 'unknown-metric'
  | 'unknown-role'
  | 'duplicate-id'
  | 'reference'
  | 'unreachable-stage'
  | 'unreachable-ending'
  | 'dead-end'
  | 'no-ending'
  | 'flag-never-read'
  | 'flag-never-set'
  | 'flag-unused'
  | 'analysis-capped'
  | 'limit';

export type Finding = { path: string; message: string; kind: FindingKind; severity: 'error' | 'warning' };

export const PATH_COUNT_CAP = 10_000;

export type Stats = {
  stages: number;
  /** Reachable stages where, in some reachable situation, there is a real decision. */
  decisions: number;
  options: number;
  injects: number;
  roles: number;
  metrics: number;
  endings: Record<Outcome, number>;
  /** Fewest / most real decisions from the start to an ending (longest: no stage twice). */
  shortestPath: number | null;
  longestPath: number | null;
  timedDecisions: number;
  languages: Language[];
  /** Distinct decision paths into each reachable ending, at most PATH_COUNT_CAP (a loop makes them endless). */
  pathsPerEnding: Record<string, number>;
  pathCountCap: number;
  best: RankedEnding | null;
  worst: RankedEnding | null;
  flags: { setNeverRead: string[]; readNeverSet: string[]; unused: string[] };
  /** Situations explored on the route key; `capped` says a limit cut an exploration short. */
  states: number;
  capped: boolean;
};

export type Analysis = { findings: Finding[]; stats: Stats };

const describe = (steps: ReadonlyArray<Step>) =>
  steps.length === 0
    ? 'at the start'
    : `after ${steps.map((x) => `${x.stageId}:${x.kind === 'timeout' ? 'timeout' : x.optionId}`).join(' → ')}`;

/** Limits on the work: situations on the route key, full contexts for best/worst, and longest-path steps. */
export type AnalyseLimits = { maxStates?: number; maxFullStates?: number; longestBudget?: number };

export function analyse(s: Scenario, limits: AnalyseLimits = {}): Analysis {
  const g = explore(s, routingKeySpec(s), limits.maxStates);
  const findings: Finding[] = [];
  const error = (path: string, kind: FindingKind, message: string) => findings.push({ path, kind, message, severity: 'error' });
  const warn = (path: string, kind: FindingKind, message: string) => findings.push({ path, kind, message, severity: 'warning' });
  const { parent } = bfsParents(g);
  const reached = new Set(g.states.map((st) => st.place));
  const stageIndex = new Map(s.stages.map((st, i) => [st.id, i]));

  if (g.capped) warn('', 'analysis-capped', `stopped after ${g.states.length} situations: reachability findings are left out`);
  else {
    s.stages.forEach((st, i) => {
      if (!reached.has(st.id)) error(`/stages/${i}`, 'unreachable-stage', `stage "${st.id}" can never be reached`);
    });
    const targeted = new Set(
      s.stages.flatMap((st) => st.decision.options.flatMap((o) => (typeof o.next === 'string' ? [o.next] : o.next.map((r) => r.to)))),
    );
    s.endings.forEach((e, i) => {
      if (reached.has(e.id)) return;
      const why = targeted.has(e.id) ? 'the routes into it never apply in any reachable situation' : 'no option leads to it';
      error(`/endings/${i}`, 'unreachable-ending', `ending "${e.id}" can never be reached: ${why}`);
    });
  }

  const deadStages = new Set<string>();
  g.states.forEach((st, v) => {
    if (st.final || st.moves.length > 0 || deadStages.has(st.place)) return;
    deadStages.add(st.place);
    const flags = st.context.flags.length ? st.context.flags.join(', ') : 'none';
    error(
      `/stages/${stageIndex.get(st.place)}/decision/options`,
      'dead-end',
      `dead end: no option is available in stage "${st.place}" ${describe(stepsTo(parent, v))} (flags: ${flags})`,
    );
  });

  for (const loop of endlessLoops(g)) {
    const first = g.states[loop[0] as number];
    if (!first) continue;
    const stages = [...new Set(loop.map((v) => g.states[v]?.place))].join('", "');
    error(
      `/stages/${stageIndex.get(first.place)}`,
      'no-ending',
      `endless loop: stages "${stages}" can be entered ${describe(stepsTo(parent, loop[0] as number))} but never reach an ending`,
    );
  }

  const flags = flagUsage(s);
  s.flags.forEach((f, i) => {
    if (flags.setNeverRead.includes(f.id)) warn(`/flags/${i}`, 'flag-never-read', `flag "${f.id}" is set but no condition reads it`);
    if (flags.readNeverSet.includes(f.id)) warn(`/flags/${i}`, 'flag-never-set', `flag "${f.id}" is read but nothing sets it`);
    if (flags.unused.includes(f.id)) warn(`/flags/${i}`, 'flag-unused', `flag "${f.id}" is declared but never used`);
  });

  const longest = longestDecisions(g, limits.longestBudget);
  const ranked = bestAndWorst(s, g, limits.maxFullStates);
  if (longest.capped) warn('', 'analysis-capped', 'the longest path search hit its limit: longestPath is a lower bound');
  if (ranked.capped) warn('', 'analysis-capped', 'the best/worst ending search hit its limit: they are the best and worst found');

  const decisionStages = new Set(g.states.filter((st) => st.moves.some((m) => m.real)).map((st) => st.place));
  const stats: Stats = {
    stages: s.stages.length,
    decisions: decisionStages.size,
    options: s.stages.reduce((n, st) => n + st.decision.options.length, 0),
    injects: s.stages.reduce((n, st) => n + (st.injects?.length ?? 0), 0),
    roles: s.roles.length,
    metrics: s.metrics.length,
    endings: {
      good: s.endings.filter((e) => e.outcome === 'good').length,
      mixed: s.endings.filter((e) => e.outcome === 'mixed').length,
      bad: s.endings.filter((e) => e.outcome === 'bad').length,
    },
    shortestPath: shortestDecisions(g),
    longestPath: longest.value,
    timedDecisions: s.stages.filter((st) => st.decision.timeLimit !== undefined && reached.has(st.id)).length,
    languages: [...languages],
    pathsPerEnding: pathCounts(g, PATH_COUNT_CAP),
    pathCountCap: PATH_COUNT_CAP,
    best: ranked.best,
    worst: ranked.worst,
    flags,
    states: g.states.length,
    capped: g.capped || longest.capped || ranked.capped,
  };
  return { findings, stats };
}

/** Loops of reachable situations from which no ending can be reached (each as its state indexes, earliest first). */
function endlessLoops(g: StateGraph): number[][] {
  const canEnd = new Array<boolean>(g.states.length).fill(false);
  const preds = g.states.map(() => [] as number[]);
  g.states.forEach((st, v) => {
    for (const m of st.moves) preds[m.to]?.push(v);
  });
  const queue = g.states.flatMap((st, v) => (st.final ? [v] : []));
  for (const v of queue) canEnd[v] = true;
  for (let i = 0; i < queue.length; i++)
    for (const p of preds[queue[i] as number] ?? []) {
      if (canEnd[p]) continue;
      canEnd[p] = true;
      queue.push(p);
    }
  const scc = components(g.states.map((st) => st.moves.map((m) => m.to)));
  return scc.list
    .filter((c) => c.cyclic && c.members.every((v) => !canEnd[v]))
    .map((c) => [...c.members].sort((a, b) => a - b))
    .sort((a, b) => (a[0] as number) - (b[0] as number));
}

/** Which declared flags are set and read anywhere (inject conditions count as reading). */
export function flagUsage(s: Scenario): Stats['flags'] {
  const read = new Set<string>();
  const set = new Set<string>();
  const cond = (c: Condition | undefined) => {
    for (const f of reads(c).flags) read.add(f);
  };
  const consequences = (list: StageConsequence[] | undefined) => {
    for (const c of list ?? []) {
      cond(c.when);
      for (const f of c.set ?? []) set.add(f);
    }
  };
  for (const st of s.stages) {
    consequences(st.onEnter);
    for (const i of st.injects ?? []) cond(i.when);
    for (const o of st.decision.options) {
      cond(o.when);
      if (typeof o.next !== 'string') for (const r of o.next) cond(r.when);
      for (const f of o.set ?? []) set.add(f);
    }
  }
  for (const e of s.endings) consequences(e.onEnter);
  const ids = s.flags.map((f) => f.id);
  return {
    setNeverRead: ids.filter((f) => set.has(f) && !read.has(f)),
    readNeverSet: ids.filter((f) => read.has(f) && !set.has(f)),
    unused: ids.filter((f) => !read.has(f) && !set.has(f)),
  };
}

/** Decision paths into each reachable ending, shortest first: every ending can be played from these. */
export function listPaths(s: Scenario, perEnding = 3): Record<string, Step[][]> {
  return pathsByEnding(explore(s), perEnding);
}

export type { RankedEnding, Step };
