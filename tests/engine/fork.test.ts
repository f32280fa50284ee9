// What-if forks and time travel on mini.yaml: a fork leaves its parent alone, replays like live play, forks again,
// compares side by side with the historical path; every moment of a log shows the play screen as it was.
import { describe, expect, it } from 'vitest';
import { compareFork, forkPoints, forkSession, historicalPath, parentOf } from '../../src/engine/play/fork';
import { buildReport } from '../../src/engine/play/report';
import { parseSave } from '../../src/engine/play/save';
import type { Scenario } from '../../src/engine/play/schema';
import { apply, type EventInput, gameOf, newSession, replay, type Session } from '../../src/engine/play/session';
import { travel } from '../../src/engine/play/travel';
import { viewFor } from '../../src/engine/play/view';
import { loadFile, soloMove } from './play';

const mini: Scenario = loadFile('tests/fixtures/mini.yaml');
const AT = '2024-03-01T10:00:00.000Z';

function play(steps: EventInput[], from: Session = newSession(mini, { role: 'ciso', timerMode: 'off' })): Session {
  let session = from;
  for (const step of steps) {
    const r = soloMove(mini, session, step, AT);
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
  }
  const end = apply(mini, session, { type: 'session.end' }, AT);
  return end.ok ? end.session : session;
}
const choose = (optionId: string): EventInput => ({ type: 'decision.choose', optionId });
const liveOfSession = (s: Session) => {
  const r = replay(mini, s);
  if (!r.ok) throw new Error(r.reason.message);
  return r.live;
};

describe('what-if forks', () => {
  const original = play([choose('wait'), choose('cut')]);
  const frozen = JSON.stringify(original);
  const [first, second] = forkPoints(mini, liveOfSession(original));

  it('offer every decision with the options that were not taken', () => {
    expect(first).toMatchObject({ seq: 2, stageId: 'warning', chosen: 'wait' });
    expect(first?.alternatives.map((a) => a.id)).toEqual(['patch']);
    expect(second?.alternatives.map((a) => [a.id, a.available])).toEqual([
      ['monitor', false],
      ['ignore', true],
    ]);
  });

  const forked = forkSession(mini, original, { seq: 2, optionId: 'patch', at: AT, saveId: 'orig1' });
  if (!forked.ok) throw new Error(forked.reason.message);
  const fork = forked.session;

  it('change nothing in their parent', () => {
    expect(JSON.stringify(original)).toBe(frozen);
  });

  it('copy the events before the decision, then take the other option, and remember the parent', () => {
    expect(fork.events.map((e) => e.type)).toEqual(['decision.open', 'decision.choose']);
    expect(fork.events[1]).toMatchObject({ type: 'decision.choose', optionId: 'patch', seq: 2 });
    expect(fork.parent).toMatchObject({ saveId: 'orig1', seq: 2, copied: 1, optionId: 'patch', depth: 1 });
    expect(parentOf(fork)?.events).toEqual(original.events);
  });

  it('replay to the same state as playing the same moves live', () => {
    const live = play([choose('patch'), choose('monitor')]);
    const continued = play([choose('monitor')], fork);
    expect(gameOf(liveOfSession(continued))).toEqual(gameOf(liveOfSession(live)));
    expect(continued.parent?.seq).toBe(2);
  });

  it('save and load like any session, and old saves without a parent still parse', () => {
    const parsed = parseSave(JSON.stringify(fork));
    expect(parsed.ok && parsed.session.parent?.optionId).toBe('patch');
    const plain = parseSave(JSON.stringify(original));
    expect(plain.ok && plain.session.parent).toBeUndefined();
  });

  it('can be forked again, one level deeper', () => {
    const child = play([choose('monitor')], fork);
    const points = forkPoints(mini, liveOfSession(child));
    const again = forkSession(mini, child, { seq: points[1]?.seq ?? 0, optionId: 'ignore', at: AT });
    expect(again.ok && again.session.parent).toMatchObject({ depth: 2, optionId: 'ignore' });
    expect(again.ok && gameOf(again.live).place).toBe('bad');
  });

  it('refuse an option that was not open then, or a seq that is no decision', () => {
    expect(forkSession(mini, original, { seq: 4, optionId: 'monitor', at: AT })).toMatchObject({
      ok: false,
      reason: { code: 'unavailable' },
    });
    expect(forkSession(mini, original, { seq: 1, optionId: 'patch', at: AT })).toMatchObject({ ok: false, reason: { code: 'not-open' } });
    expect(forkSession(mini, original, { seq: 2, optionId: 'wait', at: AT })).toMatchObject({
      ok: false,
      reason: { code: 'unknown-option' },
    });
  });

  it('set original and fork side by side: the split, both endings and curves, and the historical path', () => {
    const finished = play([choose('monitor')], fork);
    const c = compareFork(mini, finished);
    expect(c?.split).toMatchObject({ seq: 2, stageId: 'warning', original: 'wait', fork: 'patch' });
    expect(c?.original.report.ending?.id).toBe('mixed');
    expect(c?.fork.report.ending?.id).toBe('good');
    expect(c?.fork.after.map((i) => i.option?.id)).toEqual(['patch', 'monitor']);
    expect(c?.original.after.map((i) => i.option?.id)).toEqual(['wait', 'cut']);
    expect(c?.original.report.series.length).toBeGreaterThan(1);
    expect(c?.historical.after[0]?.option?.id).toBe('patch');
    expect(compareFork(mini, original)).toBeNull();
  });
});

describe('forks of facilitated sessions', () => {
  const header = newSession(mini, { role: 'ciso', timerMode: 'off', decisionMode: 'majority' });
  const steps: EventInput[] = [
    { type: 'session.start' },
    { type: 'participant.join', participantId: 'p1', name: 'An', role: 'ciso' },
    { type: 'decision.open' },
    { type: 'vote.cast', participantId: 'p1', optionId: 'wait', confidence: 3, round: 3 },
    { type: 'decision.lock', optionId: 'wait', basis: 'majority' },
  ];
  let room = header;
  for (const step of steps) {
    const r = apply(mini, room, step, AT);
    if (!r.ok) throw new Error(r.reason.message);
    room = r.session;
  }

  it('play on solo with the locks as choices and without the votes', () => {
    const f = forkSession(mini, room, { seq: 5, optionId: 'patch', at: AT });
    expect(f.ok && f.session.decisionMode).toBe('solo');
    expect(f.ok && f.session.events.map((e) => e.type)).toEqual(['session.start', 'participant.join', 'decision.open', 'decision.choose']);
  });

  it('or stay with the room, the facilitator locking the other option', () => {
    const f = forkSession(mini, room, { seq: 5, optionId: 'patch', at: AT, decisionMode: 'majority' });
    expect(f.ok && f.session.events.at(-1)).toMatchObject({ type: 'decision.lock', basis: 'facilitator', optionId: 'patch' });
  });
});

describe('the historical path', () => {
  it('plays the options the real organisation took, waiting where the scenario names none', () => {
    const h = historicalPath(mini, 'ciso');
    expect(h.guessed).toEqual(['attack']);
    expect(h.complete).toBe(false);
    expect(buildReport(mini, h.session).timeline.map((i) => i.option?.id)).toEqual(['patch']);
  });
});

describe('time travel', () => {
  const session = play([choose('wait'), choose('cut')]);
  const t = travel(mini, session);

  it('has a moment before the first event and one after each event', () => {
    expect(t.moments).toHaveLength(session.events.length + 1);
    expect(t.moments.map((m) => m.type)).toEqual([
      null,
      'decision.open',
      'decision.choose',
      'decision.open',
      'decision.choose',
      'session.end',
    ]);
  });

  it('shows the play screen as it was: stage, clock, messages and metrics', () => {
    const atStart = t.viewAt(1, { kind: 'solo', role: 'ciso' });
    expect(atStart).toMatchObject({ place: 'warning', deciding: true, clock: 0 });
    const afterWait = t.viewAt(3, { kind: 'solo', role: 'ciso' });
    expect(afterWait.place).toBe('attack');
    expect(afterWait.injects.some((i) => i.id.endsWith(':alert'))).toBe(true);
    expect(afterWait.metrics.find((m) => m.id === 'data')?.value).toBe(40);
  });

  it('ends at the same view as the whole log, and clamps steps outside it', () => {
    const whole = viewFor(mini, liveOfSession(session), { kind: 'solo', role: 'ciso' });
    expect(t.viewAt(99, { kind: 'solo', role: 'ciso' })).toEqual(whole);
    expect(t.viewAt(-3, { kind: 'solo', role: 'ciso' }).step).toBe(0);
  });

  it('stops at an event that no longer fits', () => {
    const broken = {
      ...session,
      events: [...session.events.slice(0, 2), { ...session.events[2], stageId: 'nowhere' } as Session['events'][number]],
    };
    expect(travel(mini, broken).moments).toHaveLength(3);
  });
});

describe('rating overrides', () => {
  it('replace the computed rating in the report, keeping it beside the reason', () => {
    const session = play([choose('wait'), choose('cut')]);
    const r = apply(mini, session, { type: 'rating.override', objectiveId: 'contain', rating: 'some', reason: 'Cut within the hour' }, AT);
    if (!r.ok) throw new Error(r.reason.message);
    const o = buildReport(mini, r.session).objectives[0];
    expect(o).toMatchObject({ rating: 'some', override: { rating: 'some', reason: 'Cut within the hour' } });
    expect(o?.computed).not.toBeNull();
    expect(apply(mini, session, { type: 'rating.override', objectiveId: 'nope', rating: 'some', reason: 'x' }, AT)).toMatchObject({
      ok: false,
      reason: { code: 'unknown-objective' },
    });
  });
});
