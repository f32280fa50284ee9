// Sessions: a scenario plus an append-only event log. `applyEvent` checks one event against the live state and
// continues from the last snapshot (one transition, never a replay); every event yields one result that the views
// and the report read. `replay` folds a whole log the same way. Nothing is ever half-applied.
import { initialTransition } from 'xstate';
import type { z } from 'zod';
import {
  type DecisionMode,
  type EventInput,
  type EventType,
  isMoving,
  SAVE_FORMAT,
  type Session,
  SessionEvent,
  type TimerMode,
} from './events.ts';
import { handlers } from './handlers.ts';
import { contentHash } from './hash.ts';
import type { ApplyFail, ApplyOutcome, EventResult, Game, Live, Rejection, Snap } from './live.ts';
import { machineFor } from './machine.ts';
import type { Scenario } from './schema.ts';

export type { DecisionMode, EventInput, EventType, TimerMode } from './events.ts';
export { SAVE_FORMAT, Session, SessionEvent, timerModes } from './events.ts';
export type {
  ApplyFail,
  ApplyOk,
  ApplyOutcome,
  CustomInject,
  EventResult,
  Game,
  Hotwash,
  HotwashEntry,
  Live,
  Note,
  RejectCode,
  Rejection,
  Released,
  Snap,
} from './live.ts';
export { machineFor } from './machine.ts';

const hashes = new WeakMap<Scenario, string>();
/** Cached per scenario object: hashing the whole scenario costs tens of milliseconds on a phone, and it does not change. */
export function scenarioHash(s: Scenario): string {
  let h = hashes.get(s);
  if (h === undefined) {
    h = contentHash(s);
    hashes.set(s, h);
  }
  return h;
}

export type NewSessionOptions = {
  role: string;
  timerMode: TimerMode;
  seed?: number;
  decisionMode?: DecisionMode;
  decidingRole?: string;
};

export function newSession(s: Scenario, opts: NewSessionOptions): Session {
  return {
    format: SAVE_FORMAT,
    scenario: { id: s.id, version: s.version, hash: scenarioHash(s) },
    seed: opts.seed ?? 1,
    role: opts.role,
    timerMode: opts.timerMode,
    decisionMode: opts.decisionMode ?? 'solo',
    ...(opts.decidingRole ? { decidingRole: opts.decidingRole } : {}),
    events: [],
  };
}

export function gameOf(live: Live): Game {
  const snap = live.snaps[live.snaps.length - 1] as Snap;
  return { place: String(snap.value), done: snap.status === 'done', context: snap.context };
}

/** The live state of a session with no events yet. */
export function start(s: Scenario, header: Session): Live {
  const [snap] = initialTransition(machineFor(s));
  return {
    session: { ...header, events: [] as SessionEvent[] },
    snaps: [snap],
    moves: [],
    results: [],
    undone: new Map(),
    decision: null,
    pausedSince: null,
    started: false,
    ended: false,
    votes: new Map(),
    revealed: false,
    participants: [],
    released: [],
    customs: [],
    notes: [],
    hotwash: { focus: null, items: [] },
    ids: new Map(),
  };
}

/** A client id already in this log: the map is shared by a log's lives, so check the entry against this log's own event. */
function seen(live: Live, id: string): number | undefined {
  const seq = live.ids.get(id);
  const events = live.session.events;
  return seq !== undefined && seq <= events.length && (events[seq - 1] as { id?: string } | undefined)?.id === id ? seq : undefined;
}

const stagedTypes: ReadonlySet<EventType> = new Set([
  'decision.open',
  'decision.choose',
  'decision.timeout',
  'decision.lock',
  'session.undo',
]);
/** After `session.end` only the debrief's own material may still be added. */
const afterEnd: ReadonlySet<EventType> = new Set([
  'note.add',
  'observation.add',
  'rating.override',
  'feedback.submit',
  'hotwash.item',
  'hotwash.focus',
  'hotwash.drop',
  'plan.item',
  'redacted',
]);

function where(issue: z.core.$ZodIssue | undefined): string {
  return issue?.path.length ? issue.path.map(String).join('.') : '(event)';
}

export type ApplyOptions = {
  /** The seq the sender expects this event to get: refused as stale when the log has moved on. */
  expectedSeq?: number;
  /** Internal to `replay`: the live state's arrays are its own, so the event is appended in place. */
  owned?: boolean;
};

/** Check one event against the live state and, if it fits, return the state after it. The input is never changed. */
export function applyEvent(s: Scenario, live: Live, input: EventInput | SessionEvent, opts: ApplyOptions = {}): ApplyOutcome {
  const seq = live.session.events.length + 1;
  if (opts.expectedSeq !== undefined && opts.expectedSeq !== seq)
    return {
      ok: false,
      reason: { code: 'stale', message: `expected to be event ${opts.expectedSeq} but the session is at event ${seq}`, seq },
    };
  const given = input as { seq?: unknown; at?: unknown; stageId?: unknown };
  if (given.seq !== undefined && given.seq !== seq)
    return { ok: false, reason: { code: 'stale', message: `event ${String(given.seq)} is out of order: the next is ${seq}`, seq } };
  const place = gameOf(live).place;
  const draft = {
    ...input,
    seq,
    ...(stagedTypes.has(input.type) && given.stageId === undefined ? { stageId: place } : {}),
  };
  const parsed = SessionEvent.safeParse(draft);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return { ok: false, reason: { code: 'invalid', message: `${where(issue)}: ${issue?.message ?? 'invalid event'}` } };
  }
  const event = parsed.data;
  if (event.type !== 'redacted' && event.id !== undefined) {
    const earlier = seen(live, event.id);
    if (earlier !== undefined)
      return { ok: false, reason: { code: 'duplicate', message: `event id "${event.id}" is already event ${earlier}`, seq: earlier } };
  }
  if (live.ended && !afterEnd.has(event.type)) return { ok: false, reason: { code: 'ended', message: 'the session has ended' } };
  if ('stageId' in event && event.stageId !== place)
    return { ok: false, reason: { code: 'wrong-stage', message: `event for stage "${event.stageId}" but the session is in "${place}"` } };

  const handler = handlers[event.type] as (ctx: HandlerContext<SessionEvent>) => Step | Rejection;
  const step = handler({ s, live, event, at: event.at ? Date.parse(event.at) : Number.NaN, game: gameOf(live) });
  if ('code' in step) return { ok: false, reason: step };
  const result: EventResult = {
    seq,
    type: event.type,
    moved: isMoving(event.type) || event.type === 'session.undo',
    history: [],
    ...step.result,
  };
  // A replay owns the arrays it builds and appends in place, so folding a log is linear; everyone else gets new arrays.
  const owned = opts.owned === true;
  const events = owned ? live.session.events : [...live.session.events];
  const results = owned ? (live.results as EventResult[]) : [...live.results];
  events.push(event);
  results.push(result);
  const next: Live = { ...live, ...step.live, session: { ...live.session, events }, results };
  if (event.type !== 'redacted' && event.id !== undefined) live.ids.set(event.id, seq);
  return { ok: true, live: next, result, event };
}

/** What a handler gives back: the changed parts of the live state and of the event's result. */
export type Step = { live: Partial<Live>; result?: Partial<EventResult> };
export type HandlerContext<E extends SessionEvent> = { s: Scenario; live: Live; event: E; at: number; game: Game };

export type ReplayOutcome =
  | { ok: true; live: Live; game: Game; canUndo: boolean }
  | { ok: false; index: number; reason: Rejection; live: Live };

/** Fold a session's events from the start. A refused event stops the fold; the state before it is returned too. */
export function replay(s: Scenario, session: Session): ReplayOutcome {
  let live = start(s, session);
  for (let i = 0; i < session.events.length; i++) {
    const event = session.events[i] as SessionEvent;
    if (event.seq !== i + 1)
      return { ok: false, index: i, live, reason: { code: 'stale', message: `event ${i + 1} has seq ${event.seq}: a gap or a repeat` } };
    const next = applyEvent(s, live, event, { owned: true });
    if (!next.ok) return { ok: false, index: i, reason: next.reason, live };
    live = next.live;
  }
  return { ok: true, live, game: gameOf(live), canUndo: canUndo(live) };
}

/** Live states keyed by the session object they belong to, so `apply` on a session it returned continues from there. */
const lives = new WeakMap<Session, Live>();

export function liveOf(s: Scenario, session: Session): ReplayOutcome {
  const cached = lives.get(session);
  if (cached) return { ok: true, live: cached, game: gameOf(cached), canUndo: canUndo(cached) };
  const r = replay(s, session);
  if (r.ok) lives.set(session, r.live);
  return r;
}

export type ApplyResult = { ok: true; session: Session; live: Live; game: Game; canUndo: boolean; result: EventResult } | ApplyFail;

/**
 * Append one event to a session (convenience over `applyEvent` for callers that hold a session): continues from the
 * cached live state of that session object, so a chain of applies replays nothing.
 */
export function apply(s: Scenario, session: Session, input: EventInput, at: string, opts: ApplyOptions = {}): ApplyResult {
  const base = liveOf(s, session);
  if (!base.ok) return { ok: false, reason: base.reason };
  const r = applyEvent(s, base.live, { ...input, at }, opts);
  if (!r.ok) return r;
  lives.set(r.live.session, r.live);
  return { ok: true, session: r.live.session, live: r.live, game: gameOf(r.live), canUndo: canUndo(r.live), result: r.result };
}

export const canUndo = (live: Live): boolean => live.snaps.length > 1 && !live.ended;

export function remember(live: Live): Live {
  lives.set(live.session, live);
  return live;
}
