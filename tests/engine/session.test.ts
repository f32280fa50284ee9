// Sessions as the player and the facilitator meet them: refused events change nothing and say why; undo reverses the
// last decision and steps over notes, votes and pauses; the decision timer follows from the log.
import { describe, expect, it } from 'vitest';
import { applyEvent, gameOf, newSession, replay } from '../../src/engine/play/session';
import { timeLeft, timerState } from '../../src/engine/play/timer';
import { viewFor } from '../../src/engine/play/view';
import { AT, at, choose, facilitated, mini, play, refused, sendAll, solo, T0, undo } from './session-support';

describe('refused events', () => {
  it('an unknown option is refused', () => {
    const live = sendAll(mini, solo(mini), [[0, { type: 'decision.open' }]]);
    expect(refused(mini, live, 1, { type: 'decision.choose', optionId: 'panic' })).toMatchObject({
      code: 'unknown-option',
      message: 'stage "warning" has no option "panic"',
    });
  });

  it('an unavailable option is refused with its reason text', () => {
    const { live } = play(mini, choose('wait'));
    const opened = sendAll(mini, live, [[0, { type: 'decision.open' }]]);
    expect(refused(mini, opened, 1, { type: 'decision.choose', optionId: 'monitor' })).toEqual({
      code: 'unavailable',
      message: 'option "monitor" is not available now',
      detail: { nl: 'Alleen na patchen', en: 'Only after patching' },
    });
  });

  it('a choice before the decision is open is refused', () => {
    expect(refused(mini, solo(mini), 0, { type: 'decision.choose', optionId: 'patch' })).toMatchObject({ code: 'not-open' });
  });

  it('a timeout where no timer runs is refused, and so is one in a session whose timer is off', () => {
    const { live } = play(mini, choose('patch'));
    const opened = sendAll(mini, live, [[0, { type: 'decision.open' }]]);
    expect(refused(mini, opened, 999, { type: 'decision.timeout' })).toMatchObject({
      code: 'no-timer',
      message: 'stage "attack" has no time limit',
    });
    const off = sendAll(mini, solo(mini, 'off'), [[0, { type: 'decision.open' }]]);
    expect(refused(mini, off, 999, { type: 'decision.timeout' })).toMatchObject({
      code: 'no-timer',
      message: 'the timer is off in this session',
    });
  });

  it('undo with nothing to undo is refused', () => {
    expect(refused(mini, solo(mini), 0, { type: 'session.undo' })).toMatchObject({ code: 'nothing-to-undo' });
  });

  it('a decision after the ending is refused, and anything but debrief material after the end', () => {
    const { live, game } = play(mini, choose('patch'), choose('monitor'));
    expect(game).toMatchObject({ place: 'good', done: true });
    expect(refused(mini, live, 0, { type: 'decision.open' })).toMatchObject({ code: 'finished' });
    const ended = sendAll(mini, live, [[0, { type: 'session.end' }]]);
    expect(refused(mini, ended, 0, { type: 'session.undo' })).toMatchObject({ code: 'ended' });
    expect(sendAll(mini, ended, [[0, { type: 'plan.item', text: 'Oefen de uitwijk' }]]).session.events.at(-1)?.type).toBe('plan.item');
  });

  it('an event recorded for another stage is refused on replay, naming both stages', () => {
    const session = { ...newSession(mini, { role: 'ciso', timerMode: 'off' }) };
    session.events = [{ seq: 1, type: 'decision.open', stageId: 'attack', at: AT }];
    expect(replay(mini, session)).toMatchObject({
      ok: false,
      index: 0,
      reason: { code: 'wrong-stage', message: 'event for stage "attack" but the session is in "warning"' },
    });
  });

  it('a stale event — its expected seq is not the next one — is refused with the seq the log is at', () => {
    const live = sendAll(mini, solo(mini), [[0, { type: 'decision.open' }]]);
    expect(refused(mini, live, 1, { type: 'decision.choose', optionId: 'patch' }, { expectedSeq: 1 })).toMatchObject({
      code: 'stale',
      seq: 2,
    });
    expect(applyEvent(mini, live, { type: 'decision.choose', optionId: 'patch', at: at(1) }, { expectedSeq: 2 }).ok).toBe(true);
  });

  it('a seq gap or repeat in a saved log is refused on replay', () => {
    const { session } = play(mini, choose('patch'));
    const gap = { ...session, events: session.events.map((e, i) => ({ ...e, seq: i === 1 ? 5 : e.seq })) };
    expect(replay(mini, gap)).toMatchObject({ ok: false, index: 1, reason: { code: 'stale' } });
  });

  it('a resent event with the same client id is refused as a duplicate, naming the event it repeats', () => {
    const live = sendAll(mini, solo(mini), [[0, { type: 'note.add', text: 'Bel Z-CERT', author: 'Anna', visibility: 'room', id: 'c-1' }]]);
    expect(refused(mini, live, 1, { type: 'note.add', text: 'Bel Z-CERT', author: 'Anna', visibility: 'room', id: 'c-1' })).toMatchObject({
      code: 'duplicate',
      seq: 1,
    });
  });

  it('a malformed event names the field', () => {
    const live = facilitated(mini, 'majority');
    expect(refused(mini, live, 2, { type: 'vote.cast', participantId: 'p1', optionId: 'patch', confidence: 9, round: 5 })).toMatchObject({
      code: 'invalid',
      message: expect.stringMatching(/^confidence: /),
    });
  });
});

describe('undo', () => {
  it('is appended to the log and restores the state before the choice', () => {
    const before = play(mini, choose('wait'));
    const after = play(mini, choose('wait'), choose('cut'), undo);
    expect(after.session.events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'decision.open'],
      [2, 'decision.choose'],
      [3, 'decision.open'],
      [4, 'decision.choose'],
      [5, 'session.undo'],
    ]);
    expect(after.game).toEqual(before.game);
    expect(after.canUndo).toBe(true);
    const back = play(mini, choose('wait'), undo);
    expect(back.canUndo).toBe(false);
    expect(back.game.place).toBe('warning');
  });

  it('steps over a note, a pause and a resume: after "choose, note, undo" the note stays and the choice is undone', () => {
    const live = sendAll(mini, solo(mini), [
      [0, { type: 'decision.open' }],
      [5, { type: 'decision.choose', optionId: 'patch' }],
      [6, { type: 'note.add', text: 'Patch ging snel', author: 'Anna', visibility: 'room' }],
      [7, { type: 'session.pause' }],
      [8, { type: 'session.resume' }],
      [9, { type: 'session.undo' }],
    ]);
    expect(gameOf(live).place).toBe('warning');
    expect(live.undone.get(2)).toBe(6);
    const view = viewFor(mini, live, { kind: 'solo', role: 'ciso' });
    expect(view.notes.map((n) => n.text)).toEqual(['Patch ging snel']);
    expect(view).toMatchObject({ deciding: true, reviewing: false, canUndo: false });
    expect(live.results.map((r) => [r.type, r.moved, r.reverses ?? null])).toEqual([
      ['decision.open', false, null],
      ['decision.choose', true, null],
      ['note.add', false, null],
      ['session.pause', false, null],
      ['session.resume', false, null],
      ['session.undo', true, 2],
    ]);
  });

  it('steps over votes: a locked decision is undone, the decision reopens as a new round and old votes no longer count', () => {
    let live = facilitated(mini, 'majority');
    live = sendAll(mini, live, [
      [2, { type: 'vote.cast', participantId: 'p1', optionId: 'patch', confidence: 4, round: 5 }],
      [3, { type: 'vote.cast', participantId: 'p2', optionId: 'patch', confidence: 2, round: 5 }],
      [4, { type: 'decision.lock', optionId: 'patch', basis: 'majority' }],
      [5, { type: 'note.add', text: 'Te snel besloten?', author: 'facilitator', visibility: 'facilitator' }],
      [6, { type: 'session.undo' }],
    ]);
    expect(gameOf(live).place).toBe('warning');
    expect(live.decision?.round).toBe(10);
    expect(viewFor(mini, live, { kind: 'facilitator' }).tally).toMatchObject({ round: 10, total: 0 });
    expect(refused(mini, live, 7, { type: 'vote.cast', participantId: 'p1', optionId: 'patch', confidence: 4, round: 5 })).toMatchObject({
      code: 'round',
    });
  });
});

describe('the decision timer follows from the log', () => {
  // mini's first decision: 30 simulated minutes → realistic 60 real seconds.
  const opened = () => sendAll(mini, solo(mini), [[0, { type: 'decision.open' }]]);

  it('a timeout before the deadline is refused; at the deadline it is taken', () => {
    expect(timerState(mini, opened().decision, 'realistic')).toMatchObject({ seconds: 60, deadline: T0 + 60_000 });
    expect(refused(mini, opened(), 59, { type: 'decision.timeout' })).toMatchObject({ code: 'early' });
    expect(gameOf(sendAll(mini, opened(), [[60, { type: 'decision.timeout' }]])).place).toBe('attack');
  });

  it('after a reload the countdown shows the time that is left, not the full time again', () => {
    const live = sendAll(mini, opened(), [[20, { type: 'note.add', text: 'x', author: 'y', visibility: 'room' }]]);
    const reloaded = replay(mini, live.session);
    if (!reloaded.ok) throw new Error('replay');
    const view = viewFor(mini, reloaded.live, { kind: 'solo', role: 'ciso' });
    expect(timeLeft(view.timer, T0 + 25_000)).toBe(35_000);
  });

  it('stands still while paused and goes on after the resume; no timeout while paused', () => {
    const paused = sendAll(mini, opened(), [[10, { type: 'session.pause' }]]);
    const view = viewFor(mini, paused, { kind: 'solo', role: 'ciso' });
    expect(view.paused).toBe(true);
    expect(timeLeft(view.timer, T0 + 500_000)).toBe(50_000);
    expect(refused(mini, paused, 500, { type: 'decision.timeout' })).toMatchObject({ code: 'paused' });
    const resumed = sendAll(mini, paused, [[100, { type: 'session.resume' }]]);
    // 10 s used before the pause, 90 s paused: the deadline moves to 150 s.
    expect(timerState(mini, resumed.decision, 'realistic').deadline).toBe(T0 + 150_000);
    expect(refused(mini, resumed, 149, { type: 'decision.timeout' })).toMatchObject({ code: 'early' });
    expect(gameOf(sendAll(mini, resumed, [[150, { type: 'decision.timeout' }]])).place).toBe('attack');
  });

  it('a decision opened while paused starts counting at the resume', () => {
    const live = sendAll(mini, solo(mini), [
      [0, { type: 'session.pause' }],
      [30, { type: 'decision.open' }],
      [90, { type: 'session.resume' }],
    ]);
    expect(timerState(mini, live.decision, 'realistic').deadline).toBe(T0 + 150_000);
  });
});
