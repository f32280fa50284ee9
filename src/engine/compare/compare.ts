// Two or more sessions of one scenario side by side: their paths aligned decision by decision on one timeline, the
// points where they split (the first decision where their choices differ, then every later split among those that
// still went together), their endings and metric series, and the historical path beside them. Used by the comparison
// debrief of solo files and by a course's teams.
import { historicalPath } from '../play/fork.ts';
import { buildReport, type Report, type TimelineItem } from '../play/report.ts';
import type { Scenario, Text } from '../play/schema.ts';
import type { SeriesPoint } from '../play/series.ts';
import type { Session } from '../play/session.ts';

export type CompareEntry = { label: string; session: Session };

/** One counted decision of a path: a choice or a timeout that was not undone. */
export type PathStep = {
  /** 0-based position among the path's decisions: the row of the shared timeline. */
  index: number;
  seq: number;
  stageId: string;
  stageTitle: Text;
  clock: number;
  /** The option taken; null for a timeout. */
  optionId: string | null;
  optionLabel: Text | null;
};

export type SessionPath = {
  label: string;
  report: Report;
  steps: PathStep[];
  ending: Report['ending'];
  series: SeriesPoint[];
};

/** One way out of a split: the choice made there (null: this path had ended) and the sessions that made it. */
export type SplitBranch = { stageId: string | null; optionId: string | null; optionLabel: Text | null; sessions: number[] };

/** Where sessions that had gone together so far chose differently, at decision `index` of their shared timeline. */
export type SplitPoint = {
  index: number;
  /** The stage where they split, when all of them were at the same stage (they always are, having chosen alike). */
  stageId: string | null;
  stageTitle: Text | null;
  /** The sessions (indexes into `paths`) that went together up to here. */
  sessions: number[];
  branches: SplitBranch[];
  /** True for the first split of all the sessions compared. */
  first: boolean;
};

export type SessionComparison = {
  scenarioId: string;
  paths: SessionPath[];
  splits: SplitPoint[];
  historical: SessionPath & { guessed: string[]; complete: boolean };
  /** The number of rows of the shared timeline: the longest path's decisions. */
  rows: number;
};

export type CompareProblem = { label: string; message: string };
export type CompareResult = { ok: true; comparison: SessionComparison } | { ok: false; problems: CompareProblem[] };

const isDecision = (i: TimelineItem) => i.kind !== 'delayed' && !i.undone;

function stepsOf(r: Report): PathStep[] {
  return r.timeline.filter(isDecision).map((i, index) => ({
    index,
    seq: i.seq,
    stageId: i.place.id,
    stageTitle: i.place.title,
    clock: i.clock,
    optionId: i.kind === 'timeout' ? null : (i.option?.id ?? null),
    optionLabel: i.kind === 'timeout' ? null : (i.option?.label ?? null),
  }));
}

function pathOf(s: Scenario, label: string, session: Session): SessionPath {
  const report = buildReport(s, session);
  return { label, report, steps: stepsOf(report), ending: report.ending, series: report.series };
}

/** What a path did at one row: its stage and option, or nothing when it had already ended. */
const keyAt = (p: SessionPath, index: number) => {
  const step = p.steps[index];
  return step ? `${step.stageId}\u0000${step.optionId ?? ''}` : '';
};

/**
 * The split points: start with every session in one group; at each row, a group whose members choose differently
 * splits into one group per choice. Groups of one have nobody left to split from.
 */
function splitsOf(paths: SessionPath[]): SplitPoint[] {
  const splits: SplitPoint[] = [];
  let groups: number[][] = paths.length > 1 ? [paths.map((_, i) => i)] : [];
  const rows = Math.max(0, ...paths.map((p) => p.steps.length));
  for (let index = 0; index < rows && groups.length; index++) {
    const next: number[][] = [];
    for (const group of groups) {
      const byKey = new Map<string, number[]>();
      for (const i of group) {
        const key = keyAt(paths[i] as SessionPath, index);
        byKey.set(key, [...(byKey.get(key) ?? []), i]);
      }
      if (byKey.size > 1) {
        const first = paths[group[0] as number]?.steps[index] ?? paths.flatMap((p) => p.steps[index] ?? [])[0];
        const sameStage = group.every((i) => {
          const step = paths[i]?.steps[index];
          return !step || step.stageId === first?.stageId;
        });
        splits.push({
          index,
          stageId: sameStage ? (first?.stageId ?? null) : null,
          stageTitle: sameStage ? (first?.stageTitle ?? null) : null,
          sessions: group,
          branches: [...byKey.values()].map((members) => {
            const step = paths[members[0] as number]?.steps[index];
            return {
              stageId: step?.stageId ?? null,
              optionId: step?.optionId ?? null,
              optionLabel: step?.optionLabel ?? null,
              sessions: members,
            };
          }),
          first: splits.length === 0,
        });
      }
      // A path that ended leaves its group: it has nothing more to split on.
      for (const [key, members] of byKey) if (key !== '' && members.length > 1) next.push(members);
    }
    groups = next;
  }
  return splits;
}

/**
 * Compare sessions of one scenario. Every session must be of `s` (by scenario id) and replay against it; the problems
 * name the session by its label. The historical path is played for the role of the first session.
 */
export function compareSessions(s: Scenario, entries: readonly CompareEntry[]): CompareResult {
  const problems: CompareProblem[] = [];
  if (entries.length < 2) problems.push({ label: '', message: `a comparison needs two or more sessions, got ${entries.length}` });
  for (const e of entries) {
    if (e.session.scenario.id !== s.id)
      problems.push({ label: e.label, message: `is a session of scenario "${e.session.scenario.id}", not of "${s.id}"` });
  }
  if (problems.length) return { ok: false, problems };
  const paths = entries.map((e) => pathOf(s, e.label, e.session));
  for (const p of paths) if (p.report.problem) problems.push({ label: p.label, message: p.report.problem.message });
  if (problems.length) return { ok: false, problems };
  const history = historicalPath(s, entries[0]?.session.role ?? s.roles[0]?.id ?? '');
  const historical = { ...pathOf(s, 'historical', history.session), guessed: history.guessed, complete: history.complete };
  const rows = Math.max(0, ...paths.map((p) => p.steps.length));
  return { ok: true, comparison: { scenarioId: s.id, paths, splits: splitsOf(paths), historical, rows } };
}

/** The split (if any) that happens at a row of the timeline, for highlighting it. */
export function splitsAt(c: SessionComparison, index: number): SplitPoint[] {
  return c.splits.filter((x) => x.index === index);
}
