// The live state of a session after its log (the machine's snapshots for undo, and what the other events recorded),
// what one event did, and why an event was refused: the types every handler, view and report reads.
import type { SnapshotFrom } from 'xstate';
import type { GameMachine } from './compile.ts';
import type { EventOf, EventType, LockBasis, Session, SessionEvent } from './events.ts';
import type { GameContext, HistoryEntry } from './rules.ts';
import type { Text } from './schema.ts';
import type { Participant, Tally, Vote } from './tally.ts';
import type { OpenDecision } from './timer.ts';

export type Game = {
  /** Current stage or ending id. */
  place: string;
  done: boolean;
  context: GameContext;
};

export type RejectCode =
  | 'invalid'
  | 'stale'
  | 'duplicate'
  | 'finished'
  | 'ended'
  | 'not-started'
  | 'wrong-stage'
  | 'unknown-option'
  | 'unavailable'
  | 'no-timer'
  | 'early'
  | 'paused'
  | 'not-paused'
  | 'not-open'
  | 'already-open'
  | 'nothing-to-undo'
  | 'no-route'
  | 'mode'
  | 'lock-basis'
  | 'unknown-participant'
  | 'joined'
  | 'unknown-role'
  | 'round'
  | 'unknown-inject'
  | 'already-shown'
  | 'unknown-objective'
  | 'unknown-item';
export type Rejection = { code: RejectCode; message: string; detail?: Text; seq?: number };

export type Snap = SnapshotFrom<GameMachine>;

/** What one event did. The views, the timeline and the report read these instead of working anything out again. */
export type EventResult = {
  seq: number;
  type: EventType;
  /** True for events that moved the machine (choice, timeout, lock) and for undo. */
  moved: boolean;
  /** The place before and after, for events that moved the machine. */
  from?: string;
  to?: string;
  /** History entries this event added: the choice and the delayed consequences it set off. */
  history: readonly HistoryEntry[];
  /** For an undo: the seq of the event it reversed. */
  reverses?: number;
  /** For a lock: the tally it closed and its basis. */
  tally?: Tally;
  basis?: LockBasis;
};

export type Released = { seq: number; injectId: string; stageId: string; clock: number; trailIndex: number };
export type CustomInject = {
  seq: number;
  kind: EventOf<'inject.custom'>['kind'];
  from: string;
  subject: string;
  body: string;
  clock: number;
  trailIndex: number;
};
export type HotwashEntry = {
  seq: number;
  kind: EventOf<'hotwash.item'>['kind'];
  text: string;
  author: string | null;
  objectiveId: string | null;
  /** The seqs of the items merged into this one as duplicates. */
  merged: readonly number[];
};
export type Hotwash = { focus: string | null; items: readonly HotwashEntry[] };
export type Note = { seq: number; text: string; author: string; visibility: 'room' | 'facilitator'; clock: number; at: string };

/** The state of a session after its log: the machine's snapshots (for undo) and what the other events recorded. */
export type Live = {
  session: Session;
  /** Machine snapshots: the start, then one per machine-moving event still in force. */
  snaps: readonly Snap[];
  /** The seq of the event behind each snapshot after the first. */
  moves: readonly number[];
  results: readonly EventResult[];
  /** seq of a machine-moving event → seq of the undo that reversed it. */
  undone: ReadonlyMap<number, number>;
  decision: OpenDecision | null;
  pausedSince: number | null;
  started: boolean;
  ended: boolean;
  /** Votes of the open decision's round, by participant. */
  votes: ReadonlyMap<string, Vote>;
  revealed: boolean;
  participants: readonly Participant[];
  released: readonly Released[];
  customs: readonly CustomInject[];
  notes: readonly Note[];
  /** The hot wash after the session: the objective every screen shows, and the items still in (dropped ones removed). */
  hotwash: Hotwash;
  /** client event id → seq. Shared between the lives of one log (see `seen`). */
  ids: Map<string, number>;
};

export type ApplyOk = { ok: true; live: Live; result: EventResult; event: SessionEvent };
export type ApplyFail = { ok: false; reason: Rejection };
export type ApplyOutcome = ApplyOk | ApplyFail;
