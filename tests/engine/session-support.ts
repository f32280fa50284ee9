// Shared by the session tests: the fixture scenarios, a clock in seconds from T0, solo play by moves, sending
// events to a live state, and refusals that must leave the log untouched.
import { join } from 'node:path';
import { expect } from 'vitest';
import type { EventInput } from '../../src/engine/play/events';
import type { Scenario } from '../../src/engine/play/schema';
import { applyEvent, type Live, newSession, replay, type Session, start } from '../../src/engine/play/session';
import { loadFile, soloMove } from './play';

export const mini = loadFile(join(import.meta.dirname, '../fixtures/mini.yaml'));
export const clockwork = loadFile(join(import.meta.dirname, 'fixtures/clockwork.yaml'));
export const T0 = Date.parse('2024-01-01T10:00:00.000Z');
export const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
export const AT = at(0);

export type Move = Parameters<typeof soloMove>[2];
export function play(s: Scenario, ...inputs: Move[]) {
  let session = newSession(s, { role: s.roles[0]?.id ?? '', timerMode: 'realistic' });
  for (const input of inputs) {
    const r = soloMove(s, session, input, AT);
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
  }
  const r = replay(s, session);
  if (!r.ok) throw new Error('replay failed');
  return { session, game: r.game, canUndo: r.canUndo, live: r.live };
}
export const choose = (optionId: string): Move => ({ type: 'decision.choose', optionId });
export const timeout: Move = { type: 'decision.timeout' };
export const undo: Move = { type: 'session.undo' };

/** Send events to a live state one by one, each at the given second; every one must be accepted. */
export function sendAll(s: Scenario, live: Live, events: [number, EventInput][]): Live {
  let current = live;
  for (const [second, input] of events) {
    const r = applyEvent(s, current, { ...input, at: at(second) } as EventInput);
    if (!r.ok) throw new Error(`${input.type}: ${r.reason.message}`);
    current = r.live;
  }
  return current;
}
export function refused(s: Scenario, live: Live, second: number, input: EventInput, opts = {}) {
  const before = JSON.stringify(live.session);
  const r = applyEvent(s, live, { ...input, at: at(second) } as EventInput, opts);
  expect(JSON.stringify(live.session)).toBe(before);
  if (r.ok) throw new Error(`${input.type} was accepted`);
  return r.reason;
}
export const solo = (s: Scenario, timerMode: Session['timerMode'] = 'realistic') =>
  start(s, newSession(s, { role: s.roles[0]?.id ?? '', timerMode }));
export const facilitated = (s: Scenario, decisionMode: 'facilitator' | 'majority' | 'role', decidingRole?: string) =>
  sendAll(s, start(s, newSession(s, { role: 'ciso', timerMode: 'realistic', decisionMode, ...(decidingRole ? { decidingRole } : {}) })), [
    [0, { type: 'participant.join', participantId: 'p1', name: 'Anna', role: 'ciso' }],
    [0, { type: 'participant.join', participantId: 'p2', name: 'Bram', role: 'comms' }],
    [0, { type: 'participant.join', participantId: 'p3', name: 'Cor', role: 'comms' }],
    [0, { type: 'session.start' }],
    [1, { type: 'decision.open' }],
  ]);
