import { holds } from './conditions.ts';
import { injectFeed, pendingInjects } from './feed.ts';
import { indexOf } from './index.ts';

export { injectFeed } from './feed.ts';

import { entryText, type MetricChange, metricChanges, optionOf, placeTitle, plain } from './lookup.ts';
import type { HistoryEntry } from './rules.ts';
import type { InjectKind, Metric, Option, Outcome, Scenario, Text } from './schema.ts';
import { canUndo, type Game, gameOf, type Live } from './session.ts';
import { type Participant, type Tally, tallyOf } from './tally.ts';
import { type TimerState, timerState } from './timer.ts';

export type OptionView = {
  id: string;
  label: Text;
  hint?: Text;
  available: boolean;
  /** Why it cannot be chosen now (when not available and the scenario says why). */
  unavailable?: Text;
  noDecision: boolean;
  /** Facilitator and observers: what the option will do (effects, flags, where it leads) and whether it is historical. */
  preview?: { effects: MetricChange[]; set: string[]; clear: string[]; next: string[]; historical: boolean };
};

export type InjectView = {
  id: string;
  kind: InjectKind;
  /** Sender or role name; the raw id when the scenario names neither. */
  from: Text;
  subject: Text;
  body: Text;
  /** Simulated minutes when it arrived. */
  clock: number;
  stageId: string;
  /** True for the injects that arrived on entering the current place. */
  fresh: boolean;
  /** Addressed to the viewer's own role. */
  personal: boolean;
  /** The role it is addressed to, if any (the facilitator sees who got what). */
  to: Text | null;
  /** Released by the facilitator, or written by the trainer (custom). */
  source: 'scenario' | 'released' | 'custom';
};

/** Facilitator-only injects of the current stage that have not been released yet. */
export type PendingInjectView = { id: string; kind: InjectKind; from: Text; subject: Text; to: Text | null; manual: boolean };

export type { MetricChange } from './lookup.ts';

export type CauseView = { stageId: string; stageTitle: Text; optionId?: string; optionLabel?: Text; clock: number };

export type DelayedView = { id: string; text: Text; changes: MetricChange[]; causes: CauseView[] };

export type ConsequenceView = {
  kind: 'choice' | 'timeout';
  stageId: string;
  stageTitle: Text;
  optionId: string;
  optionLabel: Text;
  text: Text;
  clock: number;
  changes: MetricChange[];
  /** Consequences of earlier choices that fired on entering the new place. */
  delayed: DelayedView[];
};

export type MetricView = {
  id: string;
  label: Text;
  description?: Text;
  start: number;
  value: number;
  min: number;
  max: number;
  good: Metric['good'];
  change: number;
  trend: 'better' | 'worse' | 'same';
};

export type StageView = {
  id: string;
  title: Text;
  phase?: Text;
  situation: Text;
  prompt: Text;
  clock: number;
  timeLimit?: number;
};

export type EndingView = { id: string; outcome: Outcome; title: Text; summary: Text };

export type Viewer =
  | { kind: 'solo'; role: string }
  | { kind: 'participant'; role: string; participantId: string }
  | { kind: 'room' }
  | { kind: 'facilitator' }
  | { kind: 'observer' };

export type TallyView = Tally & { revealed: boolean };

export type NoteView = { seq: number; text: string; author: string; visibility: 'room' | 'facilitator'; clock: number };

export type PlayView = {
  place: string;
  done: boolean;
  /** The session has been ended (solo: the debrief was opened; facilitated: the facilitator ended it). */
  ended: boolean;
  /** Simulated minutes of the place the session is in. */
  clock: number;
  /** What the play bar shows: while a consequence card is up, the time and phase of the decision just made. */
  bar: { clock: number; phase?: Text };
  /** Number of events in the log: a key for per-decision UI state. */
  step: number;
  /** The round (seq) of the open decision, or null while none is open. */
  round: number | null;
  /** The decision is open: options can be chosen or voted on. */
  deciding: boolean;
  /** A consequence is on screen: after a choice, until the next decision opens (or the debrief). */
  reviewing: boolean;
  started: boolean;
  paused: boolean;
  canUndo: boolean;
  stage?: StageView;
  ending?: EndingView;
  options: OptionView[];
  injects: InjectView[];
  pending: PendingInjectView[];
  metrics: MetricView[];
  last?: ConsequenceView;
  timer: TimerState & { applies: boolean };
  /** The live tally: always for the facilitator and observers, for others once revealed. */
  tally: TallyView | null;
  /** A participant's own vote in the open round. */
  myVote: { optionId: string; confidence: number } | null;
  participants: Participant[];
  notes: NoteView[];
  /** Facilitator and observers: what the real organisation did at this stage. */
  historical: { text: Text; option: string | null; today: boolean }[];
};

export { timerSeconds } from './timer.ts';

/** The name of a sender or role, for an inject's "from". */
export function partyName(s: Scenario, id: string): Text {
  const index = indexOf(s);
  return index.senders.get(id)?.name ?? index.roles.get(id)?.name ?? plain(id);
}

function delayedOf(s: Scenario, entry: HistoryEntry): DelayedView {
  const seen = new Set<string>();
  const causes: CauseView[] = [];
  for (const c of entry.causes) {
    const key = `${c.stageId}/${c.optionId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const option = optionOf(s, c.stageId, c.optionId);
    causes.push({
      stageId: c.stageId,
      stageTitle: placeTitle(s, c.stageId),
      clock: c.clock,
      ...(c.optionId ? { optionId: c.optionId } : {}),
      ...(option ? { optionLabel: option.label } : {}),
    });
  }
  return {
    id: entry.consequenceId ?? '',
    text: entryText(s, entry) ?? plain(entry.consequenceId ?? ''),
    changes: metricChanges(s, entry.changes),
    causes,
  };
}

/** The last choice or timeout and the delayed consequences that fired right after it. */
export function lastConsequence(s: Scenario, history: ReadonlyArray<HistoryEntry>): ConsequenceView | undefined {
  let i = history.length - 1;
  while (i >= 0 && history[i]?.kind === 'delayed') i--;
  const entry = history[i];
  if (!entry || entry.kind === 'delayed' || !entry.optionId) return undefined;
  const option = optionOf(s, entry.stageId, entry.optionId);
  return {
    kind: entry.kind,
    stageId: entry.stageId,
    stageTitle: placeTitle(s, entry.stageId),
    optionId: entry.optionId,
    optionLabel: option?.label ?? plain(entry.optionId),
    text: entryText(s, entry) ?? plain(entry.optionId),
    clock: entry.clock,
    changes: metricChanges(s, entry.changes),
    delayed: history.slice(i + 1).map((d) => delayedOf(s, d)),
  };
}

const privileged = (v: Viewer) => v.kind === 'facilitator' || v.kind === 'observer';

export function metricViews(s: Scenario, game: Game): MetricView[] {
  return s.metrics.map((m) => {
    const value = game.context.metrics[m.id] ?? m.start;
    const change = value - m.start;
    const trend = change === 0 ? 'same' : (m.good === 'higher') === change > 0 ? 'better' : 'worse';
    return {
      id: m.id,
      label: m.label,
      ...(m.description ? { description: m.description } : {}),
      start: m.start,
      value,
      min: m.min,
      max: m.max,
      good: m.good,
      change,
      trend,
    };
  });
}

function optionPreview(s: Scenario, o: Option): OptionView['preview'] {
  return {
    effects: metricChanges(s, o.effects ?? {}),
    set: o.set ?? [],
    clear: o.clear ?? [],
    next: typeof o.next === 'string' ? [o.next] : o.next.map((r) => r.to),
    historical: o.historical === true,
  };
}

/** The view of a session for one viewer. The time left is `timeLeft(view.timer, now)`: the view itself reads no clock. */
export function viewFor(s: Scenario, live: Live, viewer: Viewer): PlayView {
  const index = indexOf(s);
  const game = gameOf(live);
  const stage = index.stages.get(game.place);
  const ending = index.endings.get(game.place);
  const all = privileged(viewer);
  const options: OptionView[] = (stage?.decision.options ?? []).map((o) => {
    const available = holds(o.when, game.context);
    return {
      id: o.id,
      label: o.label,
      ...(o.hint ? { hint: o.hint } : {}),
      available,
      ...(!available && o.unavailable ? { unavailable: o.unavailable } : {}),
      noDecision: o.noDecision === true,
      ...(all ? { preview: optionPreview(s, o) } : {}),
    };
  });
  let lastResult: (typeof live.results)[number] | undefined;
  for (let i = live.results.length - 1; i >= 0 && !lastResult; i--) if (live.results[i]?.moved) lastResult = live.results[i];
  const reviewing = !live.ended && live.decision === null && lastResult !== undefined && lastResult.type !== 'session.undo';
  const last = lastConsequence(s, game.context.history);
  const decided = reviewing && last ? index.stages.get(last.stageId) : undefined;
  const timer = timerState(s, live.decision, live.session.timerMode);
  const optionIds = stage?.decision.options.map((o) => o.id) ?? [];
  const tally = live.decision ? tallyOf(live.decision.round, live.votes, optionIds) : null;
  const mine = viewer.kind === 'participant' ? live.votes.get(viewer.participantId) : undefined;
  const historical = all
    ? s.debrief.historical
        .filter((n) => n.stage === game.place)
        .map((n) => ({ text: n.text, option: n.option ?? null, today: n.today === true }))
    : [];
  return {
    place: game.place,
    done: game.done,
    ended: live.ended,
    clock: game.context.clock,
    bar:
      decided && last
        ? { clock: last.clock, ...(decided.phase ? { phase: decided.phase } : {}) }
        : { clock: game.context.clock, ...(stage?.phase ? { phase: stage.phase } : {}) },
    step: live.session.events.length,
    round: live.decision?.round ?? null,
    deciding: live.decision !== null && !game.done,
    reviewing,
    started: live.started,
    paused: live.pausedSince !== null,
    canUndo: canUndo(live),
    ...(stage
      ? {
          stage: {
            id: stage.id,
            title: stage.title,
            ...(stage.phase ? { phase: stage.phase } : {}),
            situation: stage.situation,
            prompt: stage.decision.prompt,
            clock: game.context.clock,
            ...(stage.decision.timeLimit !== undefined ? { timeLimit: stage.decision.timeLimit } : {}),
          },
        }
      : {}),
    ...(ending ? { ending: { id: ending.id, outcome: ending.outcome, title: ending.title, summary: ending.summary } } : {}),
    options,
    injects: injectFeed(s, live, viewer),
    pending: pendingInjects(s, live, viewer),
    metrics: metricViews(s, game),
    ...(last ? { last } : {}),
    timer: { ...timer, applies: timer.seconds !== null },
    tally: tally && (all || live.revealed) ? { ...tally, revealed: live.revealed } : null,
    myVote: mine ? { optionId: mine.optionId, confidence: mine.confidence } : null,
    participants: [...live.participants],
    notes: live.notes
      .filter((n) => n.visibility === 'room' || all)
      .map((n) => ({ seq: n.seq, text: n.text, author: n.author, visibility: n.visibility, clock: n.clock })),
    historical,
  };
}
