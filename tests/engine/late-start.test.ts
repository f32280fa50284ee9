// A late team in a course brought to where its reference team is (fork.ts `lateStart`): the course of play copied in
// as a marked prefix in the late team's own decision mode, without the other team's people, votes and notes.
import { describe, expect, it } from 'vitest';
import { lateStart } from '../../src/engine/play/fork';
import type { Scenario } from '../../src/engine/play/schema';
import { applyEvent, type EventInput, gameOf, type Live, newSession, replay, type Session } from '../../src/engine/play/session';
import { viewFor } from '../../src/engine/play/view';
import { loadFile } from './play';

const mini: Scenario = loadFile('tests/fixtures/mini.yaml');
const AT = '2026-03-02T09:00:00.000Z';

function run(session: Session, steps: EventInput[]): Live {
  let live = replay(mini, session).live;
  for (const step of steps) {
    const r = applyEvent(mini, live, { at: AT, ...step } as EventInput);
    if (!r.ok) throw new Error(r.reason.message);
    live = r.live;
  }
  return live;
}

const majority = newSession(mini, { role: 'ciso', timerMode: 'off', decisionMode: 'majority' });
const reference = run(majority, [
  { type: 'session.start' },
  { type: 'participant.join', participantId: 'p1', name: 'Ann', role: 'ciso' },
  { type: 'decision.open' },
  { type: 'vote.cast', participantId: 'p1', optionId: 'patch', confidence: 4, round: 3 },
  { type: 'tally.reveal', round: 3 },
  { type: 'decision.lock', optionId: 'patch', basis: 'majority' },
  { type: 'note.add', text: 'Ann was sure', author: 'Ann', visibility: 'room' },
  { type: 'inject.custom', kind: 'email', from: 'Trainer', subject: 'Press', body: 'A journalist calls.' },
  { type: 'decision.open', id: 'open-2' },
]).session;
const { events: _none, ...header } = newSession(mini, { role: 'ciso', timerMode: 'off', decisionMode: 'majority' });

describe('a late team brought to the course’s current point', () => {
  const r = lateStart(mini, reference, header, { from: 'Team 1', sessionId: 's-ref', at: AT });
  if (!r.ok) throw new Error(r.reason.message);

  it('copies the course of play and marks it as a prefix', () => {
    expect(r.session.events.map((e) => e.type)).toEqual([
      'session.start',
      'decision.open',
      'decision.lock',
      'inject.custom',
      'decision.open',
    ]);
    expect(r.session.events.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5]);
    expect(r.session.prefix).toEqual({ from: 'Team 1', sessionId: 's-ref', scenarioHash: reference.scenario.hash, copied: 5, at: AT });
    expect(r.session.events.some((e) => 'id' in e)).toBe(false);
  });

  it('stands where the reference team stands, with the decision open and nobody of the other team in it', () => {
    expect(gameOf(r.live).place).toBe('attack');
    const view = viewFor(mini, r.live, { kind: 'facilitator' });
    expect(view.deciding).toBe(true);
    expect(view.participants).toEqual([]);
    expect(view.notes).toEqual([]);
    expect(r.live.session.events.find((e) => e.type === 'decision.lock')).toMatchObject({ basis: 'facilitator', optionId: 'patch' });
  });

  it('plays on from there as a session of its own', () => {
    const next = applyEvent(mini, r.live, { type: 'decision.lock', optionId: 'ignore', basis: 'facilitator', at: AT });
    expect(next.ok && gameOf(next.live).place).toBe('bad');
  });

  it('gives a solo team the reference’s locks as choices', () => {
    const { events: _e, ...solo } = newSession(mini, { role: 'ciso', timerMode: 'off' });
    const s = lateStart(mini, reference, solo, { from: 'Team 1', at: AT });
    expect(s.ok && s.session.events.filter((e) => e.type === 'decision.choose').map((e) => e.seq)).toEqual([3]);
    expect(s.ok && s.session.prefix?.sessionId).toBeUndefined();
  });

  it('turns a solo reference’s choices into the facilitator’s locks', () => {
    const soloRef = run(newSession(mini, { role: 'ciso', timerMode: 'off' }), [
      { type: 'decision.open' },
      { type: 'decision.choose', optionId: 'wait' },
    ]).session;
    const s = lateStart(mini, soloRef, header, { from: 'Laptop', at: AT });
    // A facilitated session needs a start before a decision opens, and the solo log has none: said plainly.
    expect(s.ok).toBe(false);
    expect(!s.ok && s.reason.message).toMatch(/do not replay in this team's session: .*not started/);
    const started = run(newSession(mini, { role: 'ciso', timerMode: 'off', decisionMode: 'facilitator' }), [
      { type: 'session.start' },
      { type: 'decision.open' },
      { type: 'decision.lock', optionId: 'wait', basis: 'facilitator' },
    ]).session;
    const again = lateStart(mini, started, { ...header, decisionMode: 'facilitator' }, { from: 'Team 2', at: AT });
    expect(again.ok && gameOf(again.live).place).toBe('attack');
  });

  it('opens the decision that is open for the late team at its arrival, with the whole time on it', () => {
    const t = (s: number) => new Date(Date.parse(AT) + s * 1000).toISOString();
    const { events: _e, ...timed } = newSession(mini, { role: 'ciso', timerMode: 'realistic', decisionMode: 'facilitator' });
    const deliberating = run({ ...timed, events: [] }, [
      { type: 'session.start', at: t(0) },
      { type: 'decision.open', at: t(0) },
    ]).session;
    const late = lateStart(mini, deliberating, timed, { from: 'Team 1', at: t(50) });
    if (!late.ok) throw new Error(late.reason.message);
    const timer = viewFor(mini, late.live, { kind: 'facilitator' }).timer;
    // The warning stage allows 30 simulated minutes: 60 real seconds in realistic mode, counted from the copy.
    expect(timer.deadline).toBe(Date.parse(t(110)));

    const paused = run(deliberating, [{ type: 'session.pause', at: t(20) }]).session;
    const latePaused = lateStart(mini, paused, timed, { from: 'Team 1', at: t(600) });
    if (!latePaused.ok) throw new Error(latePaused.reason.message);
    expect(viewFor(mini, latePaused.live, { kind: 'facilitator' }).timer.pausedLeft).toBe(60_000);
  });

  it('refuses a reference log that does not replay, saying so', () => {
    const broken = { ...reference, events: reference.events.slice(1).map((e, i) => ({ ...e, seq: i + 1 })) } as Session;
    const s = lateStart(mini, broken, header, { from: 'Team 1', at: AT });
    expect(!s.ok && s.reason.message).toMatch(/reference team's session does not replay/);
  });
});
