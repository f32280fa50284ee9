// The one place the server calls the engine: headers for new sessions, restoring a session from its log, checking
// and applying one event, the decision deadline, and which events are facilitator-only. The server computes no game
// state of its own; everything it knows about a session comes through these functions.
import { eventTypes, facilitatorOnly, type SessionEvent } from '../src/engine/play/events.ts';
import type { Scenario } from '../src/engine/play/schema.ts';
import {
  type ApplyOutcome,
  applyEvent,
  type EventInput,
  gameOf,
  type Live,
  newSession,
  replay,
  type Session,
} from '../src/engine/play/session.ts';
import { timerState } from '../src/engine/play/timer.ts';
import type { DecisionMode } from '../src/net/protocol.ts';

export type { Live } from '../src/engine/play/session.ts';
export type EngineEvent = SessionEvent;
export type EngineInput = EventInput;

export type HeaderOptions = {
  timerMode: 'off' | 'relaxed' | 'realistic';
  decisionMode: DecisionMode;
  decidingRole?: string | undefined;
};

/** The save header of a new facilitated session (format 2, no events). */
export function newHeader(s: Scenario, opts: HeaderOptions): Omit<Session, 'events'> | { error: string } {
  const first = s.roles[0];
  if (!first) return { error: `scenario "${s.id}" has no roles` };
  if (opts.decisionMode === 'role') {
    if (!opts.decidingRole) return { error: 'decidingRole: "one role decides" needs the deciding role' };
    if (!s.roles.some((r) => r.id === opts.decidingRole))
      return { error: `decidingRole: "${opts.decidingRole}" is not a role of scenario "${s.id}"` };
  }
  const { events: _none, ...header } = newSession(s, {
    role: opts.decisionMode === 'role' && opts.decidingRole ? opts.decidingRole : first.id,
    timerMode: opts.timerMode,
    decisionMode: opts.decisionMode,
    ...(opts.decisionMode === 'role' && opts.decidingRole ? { decidingRole: opts.decidingRole } : {}),
  });
  return header;
}

export type Restored = { ok: true; live: Live } | { ok: false; message: string };

/** The live state after a stored log; a log the engine refuses is reported with the event that broke it. */
export function restore(s: Scenario, header: Record<string, unknown>, events: readonly unknown[]): Restored {
  const session = { ...header, events } as Session;
  const r = replay(s, session);
  if (r.ok) return { ok: true, live: r.live };
  return { ok: false, message: `event ${r.index + 1}: ${r.reason.message}` };
}

/** Check one event against the scenario and the session; the engine assigns its seq. */
export function applyOne(s: Scenario, live: Live, input: Record<string, unknown>, expectedSeq?: number): ApplyOutcome {
  return applyEvent(s, live, input as EngineInput, expectedSeq === undefined ? {} : { expectedSeq });
}

export const lastSeq = (live: Live): number => live.session.events.length;
export const placeOf = (live: Live): string => gameOf(live).place;
export const isOver = (live: Live): boolean => live.ended;

/** When the open decision's time runs out (ms since the epoch), or null: no timer, paused, ended or decided. */
export function deadlineOf(s: Scenario, live: Live): number | null {
  if (live.ended || gameOf(live).done) return null;
  return timerState(s, live.decision, live.session.timerMode).deadline;
}

export const knownType = (type: string): boolean => (eventTypes as string[]).includes(type);

export const hiddenFromRoom = (event: EngineEvent): boolean => facilitatorOnly(event);

/** A participant's name and role, once they have joined. */
export function participantOf(live: Live, participantId: string): { name: string; role: string } | undefined {
  const p = live.participants.find((x) => x.participantId === participantId);
  return p ? { name: p.name, role: p.role } : undefined;
}

export const roleIds = (s: Scenario): string[] => s.roles.map((r) => r.id);
