// The after-action report of a session, as data: ending, timeline (undone choices included), metric series, the comparison
// with what the real organisation did, objective ratings with their reasons, and for facilitated sessions who took
// part, the tallies, the notes and the observations. Built in one pass over the replay's per-event results, so it is
// linear in the log. Renderers (screen, Markdown) live in the UI.

import { type FeedbackEntry, type FeedbackSummary, feedbackEntries, summariseFeedback } from './feedback.ts';
import { indexOf } from './index.ts';
import { entryText, isBetter, metricChanges, optionOf, placeTitle, type MetricChange as StepChange } from './lookup.ts';
import { type ObjectiveResult, rateObjectives } from './ratings.ts';
import type { HistoryEntry } from './rules.ts';
import type { Ending, Metric, Outcome, Scenario, Source, Text } from './schema.ts';
import { metricSeries, type SeriesPoint } from './series.ts';
import type { EventResult } from './session.ts';
import { gameOf, type Live, liveOf, type Session } from './session.ts';
import type { Participant, Tally } from './tally.ts';

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
  /** Facilitated sessions: how the decision was made (for choices and timeouts only). */
  decided: DecisionRecord | null;
};

/** Who decided and how the room stood: the tally the lock closed, the share for the chosen option, mean confidence. */
export type DecisionRecord = {
  basis: 'solo' | 'timeout' | 'facilitator' | 'majority' | 'role';
  tally: Tally | null;
  /** Share of the counted votes that went to the chosen option (0–1); null without votes. */
  alignment: number | null;
  meanConfidence: number | null;
};

export { type Rating, ratings } from './events.ts';
export type { ObjectiveResult, RatingReason } from './ratings.ts';

/** A hot-wash item with the objective it was collected under (null: the session as a whole). */
export type HotwashItem = {
  seq: number;
  kind: 'strength' | 'improvement';
  text: string;
  author: string | null;
  objective: { id: string; text: Text } | null;
  /** How many duplicates the facilitator merged into it. */
  merged: number;
};

export type SessionNote = { seq: number; text: string; author: string; visibility: 'room' | 'facilitator'; clock: number };

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
  /** Facilitated sessions: who took part, in which role. */
  participants: Participant[];
  decisionMode: Session['decisionMode'];
  notes: SessionNote[];
  /** The feedback form's answers, one per respondent (the latest), and their summary. */
  feedback: FeedbackEntry[];
  feedbackSummary: FeedbackSummary;
  /** The hot wash's items still in (removed duplicates left out), in the order sent. */
  hotwash: HotwashItem[];
  plan: { text: string; owner: string | null; due: string | null }[];
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
  const stage = indexOf(s).stages.get(stageId);
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
    decided: null,
  };
}

function decisionRecord(result: EventResult, optionId: string | undefined): DecisionRecord {
  if (result.type === 'decision.timeout') return { basis: 'timeout', tally: null, alignment: null, meanConfidence: null };
  if (result.type !== 'decision.lock' || !result.tally) return { basis: 'solo', tally: null, alignment: null, meanConfidence: null };
  const t = result.tally;
  const chosen = t.options.find((x) => x.optionId === optionId)?.votes ?? 0;
  return { basis: result.basis ?? 'facilitator', tally: t, alignment: t.total ? chosen / t.total : null, meanConfidence: t.meanConfidence };
}

/** The report of a session; `live` can be handed in when the caller already holds the replayed state. */
export function buildReport(s: Scenario, session: Session, known?: Live): Report {
  const replayed = known ? { ok: true as const, live: known } : liveOf(s, session);
  const live = replayed.live;
  const problem = replayed.ok ? null : { index: replayed.index, message: replayed.reason.message };
  const timeline: TimelineItem[] = [];
  const counted: TimelineItem[] = [];
  for (const result of live.results) {
    if (result.history.length === 0) continue;
    const event = live.session.events[result.seq - 1];
    const optionId = event && 'optionId' in event ? event.optionId : undefined;
    const undone = live.undone.has(result.seq);
    const decided = decisionRecord(result, optionId);
    for (const h of result.history) {
      const item = { ...itemOf(s, h, result.seq), undone, decided: h.kind === 'delayed' ? null : decided };
      timeline.push(item);
      if (!undone) counted.push(item);
    }
  }
  const left = counted.find((i) => i.history?.matched === false);
  if (left) left.leftHistoricalRoute = true;
  const game = gameOf(live);
  const ending: Ending | undefined = game.done ? indexOf(s).endings.get(game.place) : undefined;
  const series = metricSeries(s, game.context);
  const last = series[series.length - 1];
  const role = indexOf(s).roles.get(session.role);
  const events = live.session.events;
  const feedback = feedbackEntries(events);
  const timed = events.filter((e): e is Exclude<typeof e, { type: 'redacted' }> => e.type !== 'redacted' || e.at !== undefined);
  return {
    scenario: { id: s.id, version: s.version, title: s.title, incidentDate: s.incident.date, hospital: s.setting.hospital },
    role: { id: session.role, name: role?.name ?? { nl: session.role, en: session.role } },
    playedFrom: timed[0]?.at ?? null,
    playedTo: timed[timed.length - 1]?.at ?? null,
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
    objectives: rateObjectives(s, counted, ending?.outcome ?? null, live),
    questions: s.debrief.questions,
    realStory: s.debrief.realStory,
    sources: s.debrief.sources,
    problem,
    participants: [...live.participants],
    decisionMode: session.decisionMode,
    notes: live.notes.map((n) => ({ seq: n.seq, text: n.text, author: n.author, visibility: n.visibility, clock: n.clock })),
    feedback,
    feedbackSummary: summariseFeedback(feedback),
    hotwash: live.hotwash.items.map((i) => {
      const objective = i.objectiveId === null ? undefined : indexOf(s).objectives.get(i.objectiveId);
      return {
        seq: i.seq,
        kind: i.kind,
        text: i.text,
        author: i.author,
        objective: objective ? { id: objective.id, text: objective.text } : null,
        merged: i.merged.length,
      };
    }),
    plan: events.flatMap((e) => (e.type === 'plan.item' ? [{ text: e.text, owner: e.owner ?? null, due: e.due ?? null }] : [])),
  };
}
