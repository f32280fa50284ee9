// What a screen is given to show a session: the view types of the play screen, the console, the projector and the
// phones, built by view.ts for one viewer. Plain data, so a screen needs nothing of the engine to render them.
import type { HotwashKind } from './events.ts';
import type { FeedbackEntry } from './feedback.ts';
import type { MetricChange } from './lookup.ts';
import type { InjectKind, Metric, Outcome, Text } from './schema.ts';
import type { Participant, Tally } from './tally.ts';
import type { TimerState } from './timer.ts';

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
  hotwash: HotwashView;
  /** A participant's own latest feedback answer (the form shows it again; a resend replaces it). */
  myFeedback: FeedbackEntry | null;
};

export type HotwashItemView = {
  seq: number;
  kind: HotwashKind;
  text: string;
  author: string | null;
  objectiveId: string | null;
  /** How many duplicates were merged into it. */
  merged: number;
};

/** The hot wash: the objective every screen shows now (and where it is in the list), and the items collected. */
export type HotwashView = {
  focus: { id: string; text: Text; index: number; total: number } | null;
  items: HotwashItemView[];
};
