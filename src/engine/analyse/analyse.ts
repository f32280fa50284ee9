// Semantic checks and statistics over every reachable situation of a scenario: unreachable stages and endings, dead
// ends, loops that never end, path lengths, best and worst endings, flag usage. Pure: the checker CLI and tests render it.

import { reads } from '../play/conditions.ts';
import { type Condition, type Language, languages, type Outcome, type Scenario, type StageConsequence } from '../play/schema.ts';
import { bestAndWorst, type RankedEnding } from './best-worst.ts';
import { type Branching, branching } from './branching.ts';
import { type ObjectiveCoverage, objectiveCoverage } from './coverage.ts';
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
  | 'same-place'
  | 'numbers-only'
  | 'inject-only-flag'
  | 'analysis-incomplete'
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
  /**
   * Fewest / most real decisions from the start to an ending (longest: no stage twice, or no situation twice where
   * every path must enter a stage twice; `longestBasis` says which). Null when the analysis could not establish it.
   */
  shortestPath: number | null;
  longestPath: number | null;
  longestBasis: 'stage' | 'situation';
  timedDecisions: number;
  languages: Language[];
  /** Distinct decision paths into each reachable ending, at most PATH_COUNT_CAP (a loop makes them endless). */
  pathsPerEnding: Record<string, number>;
  pathCountCap: number;
  best: RankedEnding | null;
  worst: RankedEnding | null;
  flags: { setNeverRead: string[]; readNeverSet: string[]; unused: string[] };
  /** Whether choices change what happens next: structural counts over every option and route (see branching.ts). */
  branching: Branching;
  /** Situations explored on the route key; `capped` says a limit cut an exploration short. */
  states: number;
  capped: boolean;
  /** Which parts a limit left unfinished ('situations', 'longest-path', 'best-worst'); what they would say is left out. */
  incomplete: ('situations' | 'longest-path' | 'best-worst')[];
  /** Which objectives each path exercises, which no path can rate, and decisions that exercise none. */
  coverage: ObjectiveCoverage;
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

  const incomplete: Stats['incomplete'] = [];
  if (g.capped) {
    incomplete.push('situations');
    warn(
      '',
      'analysis-incomplete',
      `analysis incomplete: stopped after ${g.states.length.toLocaleString('en')} situations; unreachable stages and endings, dead ends, endless loops, path lengths and best/worst endings are not reported`,
    );
  } else {
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
    // A state whose moves were cut off by the cap is not known to be a dead end.
    if (st.final || st.truncated || st.moves.length > 0 || deadStages.has(st.place)) return;
    deadStages.add(st.place);
    const flags = st.context.flags.length ? st.context.flags.join(', ') : 'none';
    error(
      `/stages/${stageIndex.get(st.place)}/decision/options`,
      'dead-end',
      `dead end: no option is available in stage "${st.place}" ${describe(stepsTo(parent, v))} (flags: ${flags})`,
    );
  });

  // Under the cap, endings past it are missing, so a loop that seems never to end may well end.
  for (const loop of g.capped ? [] : endlessLoops(g)) {
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

  const branches = branching(s);
  for (const id of branches.spineStages) {
    const i = stageIndex.get(id) as number;
    const options = s.stages[i]?.decision.options ?? [];
    if (options.length < 2) continue;
    warn(`/stages/${i}/decision/options`, 'same-place', `every option of stage "${id}" leads to the same place`);
  }
  for (const { stageId, options } of branches.numbersOnly) {
    const i = stageIndex.get(stageId) as number;
    warn(
      `/stages/${i}/decision/options`,
      'numbers-only',
      `options ${options.map((o) => `"${o}"`).join(', ')} of stage "${stageId}" differ only in what happens now (same next place, same flags, no metric a condition reads)`,
    );
  }
  s.flags.forEach((f, i) => {
    if (branches.injectOnlyFlags.includes(f.id))
      warn(
        `/flags/${i}`,
        'inject-only-flag',
        `flag "${f.id}" only decides whether an inject shows; no option, route or consequence reads it`,
      );
  });

  const longest = g.capped ? { value: null, basis: 'stage' as const, capped: false } : longestDecisions(g, limits.longestBudget);
  const ranked = g.capped ? { best: null, worst: null, capped: false } : bestAndWorst(s, g, limits.maxFullStates);
  if (longest.capped) {
    incomplete.push('longest-path');
    warn('', 'analysis-incomplete', 'analysis incomplete: the longest-path search hit its limit, so the longest path is not reported');
  }
  if (ranked.capped) {
    incomplete.push('best-worst');
    warn('', 'analysis-incomplete', 'analysis incomplete: the best/worst ending search hit its limit, so they are not reported');
  }

  const coverage = objectiveCoverage(s, g);

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
    shortestPath: g.capped ? null : shortestDecisions(g),
    longestPath: longest.value,
    longestBasis: longest.basis,
    timedDecisions: s.stages.filter((st) => st.decision.timeLimit !== undefined && reached.has(st.id)).length,
    languages: [...languages],
    pathsPerEnding: g.capped ? {} : pathCounts(g, PATH_COUNT_CAP),
    pathCountCap: PATH_COUNT_CAP,
    best: ranked.capped ? null : ranked.best,
    worst: ranked.capped ? null : ranked.worst,
    flags,
    branching: branches,
    states: g.states.length,
    capped: incomplete.length > 0,
    incomplete,
    coverage,
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
