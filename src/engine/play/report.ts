// The after-action report of a session, as data: ending, timeline (undone choices included), metric series, the comparison
// with what the real organisation did, and objective ratings. Renderers (screen, Markdown) live in the UI.
import { entryText, isBetter, metricChanges, optionOf, placeTitle, type MetricChange as StepChange } from './lookup.ts';
import type { HistoryEntry } from './rules.ts';
import type { Ending, Metric, Outcome, Scenario, Source, Text } from './schema.ts';
import { metricSeries, type SeriesPoint } from './series.ts';
import { type Game, replay, type Session } from './session.ts';

export type PlaceRef = { id: string; title: Text };
export type OptionRef = { id: string; label: Text };

export type MetricChange = StepChange & { after: number };

/** `inferred` holds the reason when the note's option is only the closest to what is known, not documented history. */
export type ReportNote = { text: Text; today: boolean; inferred: Text | null; option: OptionRef | null; sources: Source[] };

export type HistoricalComparison = {
  notes: ReportNote[];
  /** The option the real organisation took in this stage, if the scenario names one. */
  option: OptionRef | null;
  /** Whether the player's choice was the historical one; null when the scenario names none. */
  matched: boolean | null;
  /** Why `option` is only the closest to what is known (an inference), or null when it is documented. */
  inferred: Text | null;
};

export type ReportCause = { flag: string; stage: PlaceRef; option: OptionRef | null; clock: number };

export type TimelineItem = {
  kind: 'choice' | 'timeout' | 'delayed';
  /** The session event that led to this item. */
  seq: number;
  clock: number;
  /** The stage of the choice, or the stage/ending whose entry fired a delayed consequence. */
  place: PlaceRef;
  option: OptionRef | null;
  /** The consequence text the player saw. */
  text: Text;
  changes: MetricChange[];
  causes: ReportCause[];
  /** Undone later in the session: shown marked, not hidden; it no longer counts. */
  undone: boolean;
  /** Only for choices and timeouts. */
  history: HistoricalComparison | null;
  /** The first counted choice that differs from the historical option. */
  leftHistoricalRoute: boolean;
};

export const ratings = ['performed', 'some', 'major', 'not'] as const;
export type Rating = (typeof ratings)[number];
export type ObjectiveResult = { id: string; text: Text; rating: Rating; performed: number; opportunities: number };

export type MetricSummary = { id: string; label: Text; start: number; end: number; delta: number; better: boolean; good: Metric['good'] };

export type Report = {
  scenario: { id: string; version: number; title: Text; incidentDate: string; hospital: string };
  role: { id: string; name: Text };
  /** Wall-clock time of the first and last event (ISO), null before any event. */
  playedFrom: string | null;
  playedTo: string | null;
  ending: { id: string; outcome: Outcome; title: Text; summary: Text; week: Text | null; month: Text | null } | null;
  timeline: TimelineItem[];
  series: SeriesPoint[];
  metrics: MetricSummary[];
  divergence: { seq: number; stage: PlaceRef; clock: number } | null;
  objectives: ObjectiveResult[];
  questions: Text[];
  realStory: Text;
  sources: Source[];
  /** Set when an event no longer fits the scenario; the report covers the events before it. */
  problem: { index: number; message: string } | null;
};

function placeRef(s: Scenario, id: string): PlaceRef {
  return { id, title: placeTitle(s, id) };
}

function optionRef(s: Scenario, stageId: string, optionId: string | undefined): OptionRef | null {
  const option = optionOf(s, stageId, optionId);
  return option ? { id: option.id, label: option.label } : null;
}

function historyAt(s: Scenario, stageId: string, optionId: string | undefined): HistoricalComparison {
  const sources = new Map(s.debrief.sources.map((x) => [x.id, x]));
  const notes = s.debrief.historical
    .filter((n) => n.stage === stageId)
    .map((n) => ({
      text: n.text,
      today: n.today === true,
      inferred: n.inferred ?? null,
      option: optionRef(s, stageId, n.option),
      sources: n.sources.flatMap((id) => sources.get(id) ?? []),
    }));
  const stage = s.stages.find((x) => x.id === stageId);
  const flagged = stage?.decision.options.find((o) => o.historical)?.id;
  const noted = notes.find((n) => !n.today && n.option)?.option?.id;
  const option = optionRef(s, stageId, flagged ?? noted);
  const inferred = notes.find((n) => !n.today && n.option?.id === option?.id && n.inferred)?.inferred ?? null;
  return { notes, option, matched: option ? option.id === optionId : null, inferred };
}

/** The metric changes of one history entry with the values they led to. */
function metricsOf(s: Scenario, h: HistoryEntry): MetricChange[] {
  return metricChanges(s, h.changes).map((c) => ({ ...c, after: h.metrics[c.metricId] ?? 0 }));
}

function itemOf(s: Scenario, h: HistoryEntry, seq: number): TimelineItem {
  const consequence = entryText(s, h);
  return {
    kind: h.kind,
    seq,
    clock: h.clock,
    place: placeRef(s, h.stageId),
    option: h.kind === 'delayed' ? null : optionRef(s, h.stageId, h.optionId),
    text: consequence ?? { nl: '', en: '' },
    changes: metricsOf(s, h),
    causes: h.causes.map((c) => ({
      flag: c.flag,
      stage: placeRef(s, c.stageId),
      option: optionRef(s, c.stageId, c.optionId),
      clock: c.clock,
    })),
    undone: false,
    history: h.kind === 'delayed' ? null : historyAt(s, h.stageId, h.optionId),
    leftHistoricalRoute: false,
  };
}

/**
 * Rates each objective from the counted (not undone) decisions.
 * Opportunities = decisions where at least one option lists the objective; performed = those where the option taken
 * lists it (a timeout never counts as performed). The ending's outcome class stands for the metric outcome, since the
 * scenario routes to good/mixed/bad endings on those metrics:
 *   no opportunity or none taken → not performed; every opportunity taken and a good ending → without challenges;
 *   every one taken, or at least half taken with an ending that is not bad → some challenges; otherwise → major challenges.
 */
function rateObjectives(s: Scenario, counted: TimelineItem[], outcome: Outcome | null): ObjectiveResult[] {
  const decisions = counted.filter((i) => i.kind !== 'delayed');
  return s.objectives.map((o) => {
    let opportunities = 0;
    let performed = 0;
    for (const d of decisions) {
      const options = s.stages.find((x) => x.id === d.place.id)?.decision.options ?? [];
      if (!options.some((x) => x.objectives?.includes(o.id))) continue;
      opportunities++;
      const chosen = options.find((x) => x.id === d.option?.id);
      if (d.kind === 'choice' && chosen?.objectives?.includes(o.id)) performed++;
    }
    let rating: Rating = 'major';
    if (performed === 0) rating = 'not';
    else if (performed === opportunities && outcome === 'good') rating = 'performed';
    else if (performed === opportunities || (performed * 2 >= opportunities && outcome !== 'bad')) rating = 'some';
    return { id: o.id, text: o.text, rating, performed, opportunities };
  });
}

export function buildReport(s: Scenario, session: Session): Report {
  const timeline: TimelineItem[] = [];
  /** Groups of timeline items per counted choice, so an undo can mark the latest one. */
  const counted: TimelineItem[][] = [];
  const initial = replay(s, []);
  let game: Game | null = initial.ok ? initial.game : null;
  let problem: Report['problem'] = null;
  for (const [i, event] of session.events.entries()) {
    const now = replay(s, session.events.slice(0, i + 1));
    if (!now.ok) {
      problem = { index: now.index, message: now.reason.message };
      break;
    }
    if (event.type === 'session.undo') {
      for (const item of counted.pop() ?? []) item.undone = true;
    } else {
      const group = now.game.context.history.slice(game?.context.history.length ?? 0).map((h) => itemOf(s, h, event.seq));
      timeline.push(...group);
      counted.push(group);
    }
    game = now.game;
  }
  const live = counted.flat();
  const left = live.find((i) => i.history?.matched === false);
  if (left) left.leftHistoricalRoute = true;
  const ending: Ending | undefined = game?.done ? s.endings.find((e) => e.id === game.place) : undefined;
  const series = metricSeries(s, game?.context ?? { history: [] });
  const last = series[series.length - 1];
  const role = s.roles.find((r) => r.id === session.role);
  return {
    scenario: { id: s.id, version: s.version, title: s.title, incidentDate: s.incident.date, hospital: s.setting.hospital },
    role: { id: session.role, name: role?.name ?? { nl: session.role, en: session.role } },
    playedFrom: session.events[0]?.at ?? null,
    playedTo: session.events[session.events.length - 1]?.at ?? null,
    ending: ending
      ? {
          id: ending.id,
          outcome: ending.outcome,
          title: ending.title,
          summary: ending.summary,
          week: ending.week ?? null,
          month: ending.month ?? null,
        }
      : null,
    timeline,
    series,
    metrics: s.metrics.map((m) => {
      const end = last?.values[m.id] ?? m.start;
      const delta = end - m.start;
      return { id: m.id, label: m.label, start: m.start, end, delta, good: m.good, better: isBetter(m, delta) };
    }),
    divergence: left ? { seq: left.seq, stage: left.place, clock: left.clock } : null,
    objectives: rateObjectives(s, live, ending?.outcome ?? null),
    questions: s.debrief.questions,
    realStory: s.debrief.realStory,
    sources: s.debrief.sources,
    problem,
  };
}
