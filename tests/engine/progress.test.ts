// A team's progress for the course dashboard (progress.ts): its own decisions and their pace against the scenario's
// expected playing time, how long the open decision has waited, and each participant's votes and time, pauses left out.
import { describe, expect, it } from 'vitest';
import { lateStart } from '../../src/engine/play/fork';
import { expectedPerHour, paceOf, participantProgress, waitingMs } from '../../src/engine/play/progress';
import type { Scenario } from '../../src/engine/play/schema';
import { applyEvent, type EventInput, type Live, newSession, replay } from '../../src/engine/play/session';
import { loadFile } from './play';

const mini: Scenario = loadFile('tests/fixtures/mini.yaml');
const T0 = Date.parse('2026-03-02T09:00:00.000Z');
const at = (min: number) => new Date(T0 + min * 60_000).toISOString();

function run(
  steps: [number, EventInput][],
  live = replay(mini, newSession(mini, { role: 'ciso', timerMode: 'off', decisionMode: 'majority' })).live,
): Live {
  for (const [min, step] of steps) {
    const r = applyEvent(mini, live, { ...step, at: at(min) } as EventInput);
    if (!r.ok) throw new Error(r.reason.message);
    live = r.live;
  }
  return live;
}

describe('a team’s progress', () => {
  // mini: the historical path takes one decision (the attack stage names no historical option and has no waiting one);
  // its expected playing time is 5–10 minutes, 7.5 in the middle.
  it('expects the historical path’s decisions over the middle of the expected playing time', () => {
    expect(expectedPerHour(mini)).toBeCloseTo(1 / (7.5 / 60));
  });

  const live = run([
    [0, { type: 'session.start' }],
    [0, { type: 'participant.join', participantId: 'p1', name: 'Ann', role: 'ciso' }],
    [1, { type: 'participant.join', participantId: 'p2', name: 'Bob', role: 'comms' }],
    [2, { type: 'decision.open' }],
    [3, { type: 'vote.cast', participantId: 'p1', optionId: 'patch', confidence: 3, round: 4 }],
    [4, { type: 'vote.cast', participantId: 'p1', optionId: 'wait', confidence: 4, round: 4 }],
    [5, { type: 'decision.lock', optionId: 'wait', basis: 'majority' }],
    [6, { type: 'session.pause' }],
    [16, { type: 'session.resume' }],
    [20, { type: 'decision.open' }],
    [22, { type: 'session.pause' }],
  ]);

  it('counts the decisions per hour of play, pauses left out', () => {
    // 30 minutes on the clock, 10 + 8 of them paused: one decision in 12 minutes of play.
    const pace = paceOf(mini, live, T0 + 30 * 60_000);
    expect(pace).toMatchObject({ decisions: 1, minutes: 12, perHour: 5 });
    expect(pace.ratio).toBeCloseTo(5 / 8);
  });

  it('says how long the open decision has waited, standing still while paused', () => {
    expect(waitingMs(live, T0 + 30 * 60_000)).toBe(2 * 60_000);
    expect(waitingMs(run([[23, { type: 'session.resume' }]], live), T0 + 24 * 60_000)).toBe(3 * 60_000);
    expect(waitingMs(run([[23, { type: 'session.end' }]], live), T0 + 24 * 60_000)).toBeNull();
  });

  it('gives every participant their votes, the decisions they took part in and their time', () => {
    expect(participantProgress(live, T0 + 30 * 60_000)).toEqual([
      { participantId: 'p1', name: 'Ann', role: 'ciso', votes: 2, decisions: 1, minutes: 12 },
      { participantId: 'p2', name: 'Bob', role: 'comms', votes: 0, decisions: 0, minutes: 11 },
    ]);
    const ended = run(
      [
        [25, { type: 'session.resume' }],
        [26, { type: 'session.end' }],
      ],
      live,
    );
    expect(participantProgress(ended, T0 + 99 * 60_000)[0]?.minutes).toBe(13);
  });

  it('has no pace before the start, nor in its first minute', () => {
    const fresh = replay(mini, newSession(mini, { role: 'ciso', timerMode: 'off', decisionMode: 'majority' })).live;
    expect(paceOf(mini, fresh, T0)).toMatchObject({ decisions: 0, perHour: null, ratio: null });
    expect(paceOf(mini, run([[0, { type: 'session.start' }]]), T0 + 30_000)).toMatchObject({ perHour: null });
  });

  it('counts a late team’s own decisions from when it joined, not the copied ones', () => {
    const { events: _e, ...header } = newSession(mini, { role: 'ciso', timerMode: 'off', decisionMode: 'facilitator' });
    const r = lateStart(mini, live.session, header, { from: 'Rood', at: at(30) });
    if (!r.ok) throw new Error(r.reason.message);
    const late = run(
      [
        [31, { type: 'session.resume' }],
        [33, { type: 'decision.lock', optionId: 'cut', basis: 'facilitator' }],
      ],
      r.live,
    );
    expect(paceOf(mini, late, T0 + 36 * 60_000)).toMatchObject({ decisions: 1, minutes: 5, perHour: 12 });
  });
});
