// Sessions as the player and the facilitator meet them: refused events change nothing and say why; undo reverses the
// last decision and steps over notes, votes and pauses; the decision timer follows from the log; stale and early
// events are refused; votes and locks keep to the decision mode; saves load (format 1 too) or fail clearly.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventInput } from '../../src/engine/play/events';
import type { Scenario } from '../../src/engine/play/schema';
import { applyEvent, gameOf, type Live, newSession, parseSave, replay, resume, type Session, start } from '../../src/engine/play/session';
import { timeLeft, timerState } from '../../src/engine/play/timer';
import { viewFor } from '../../src/engine/play/view';
import { loadFile, soloMove } from './play';

const mini = loadFile(join(import.meta.dirname, '../fixtures/mini.yaml'));
const clockwork = loadFile(join(import.meta.dirname, 'fixtures/clockwork.yaml'));
const T0 = Date.parse('2024-01-01T10:00:00.000Z');
const at = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();
const AT = at(0);

type Move = Parameters<typeof soloMove>[2];
function play(s: Scenario, ...inputs: Move[]) {
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
const choose = (optionId: string): Move => ({ type: 'decision.choose', optionId });
const timeout: Move = { type: 'decision.timeout' };
const undo: Move = { type: 'session.undo' };

/** Send events to a live state one by one, each at the given second; every one must be accepted. */
function sendAll(s: Scenario, live: Live, events: [number, EventInput][]): Live {
  let current = live;
  for (const [second, input] of events) {
    const r = applyEvent(s, current, { ...input, at: at(second) } as EventInput);
    if (!r.ok) throw new Error(`${input.type}: ${r.reason.message}`);
    current = r.live;
  }
  return current;
}
function refused(s: Scenario, live: Live, second: number, input: EventInput, opts = {}) {
  const before = JSON.stringify(live.session);
  const r = applyEvent(s, live, { ...input, at: at(second) } as EventInput, opts);
  expect(JSON.stringify(live.session)).toBe(before);
  if (r.ok) throw new Error(`${input.type} was accepted`);
  return r.reason;
}
const solo = (s: Scenario, timerMode: Session['timerMode'] = 'realistic') =>
  start(s, newSession(s, { role: s.roles[0]?.id ?? '', timerMode }));
const facilitated = (s: Scenario, decisionMode: 'facilitator' | 'majority' | 'role', decidingRole?: string) =>
  sendAll(s, start(s, newSession(s, { role: 'ciso', timerMode: 'realistic', decisionMode, ...(decidingRole ? { decidingRole } : {}) })), [
    [0, { type: 'participant.join', participantId: 'p1', name: 'Anna', role: 'ciso' }],
    [0, { type: 'participant.join', participantId: 'p2', name: 'Bram', role: 'comms' }],
    [0, { type: 'participant.join', participantId: 'p3', name: 'Cor', role: 'comms' }],
    [0, { type: 'session.start' }],
    [1, { type: 'decision.open' }],
  ]);

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

describe('votes and locks', () => {
  it('a majority lock must follow the majority; a tie goes to the facilitator', () => {
    let live = facilitated(mini, 'majority');
    live = sendAll(mini, live, [
      [2, { type: 'vote.cast', participantId: 'p1', optionId: 'patch', confidence: 5, round: 5 }],
      [3, { type: 'vote.cast', participantId: 'p2', optionId: 'wait', confidence: 3, round: 5 }],
    ]);
    expect(refused(mini, live, 4, { type: 'decision.lock', optionId: 'patch', basis: 'majority' })).toMatchObject({ code: 'lock-basis' });
    live = sendAll(mini, live, [[5, { type: 'vote.cast', participantId: 'p3', optionId: 'patch', confidence: 4, round: 5 }]]);
    expect(refused(mini, live, 6, { type: 'decision.lock', optionId: 'wait', basis: 'majority' })).toMatchObject({ code: 'lock-basis' });
    const locked = applyEvent(mini, live, { type: 'decision.lock', optionId: 'patch', basis: 'majority', at: at(7) });
    if (!locked.ok) throw new Error(locked.reason.message);
    expect(locked.result.tally).toMatchObject({ total: 3, leader: 'patch', meanConfidence: 4 });
    expect(gameOf(locked.live).place).toBe('attack');
  });

  it('a changed vote counts once, with its latest option', () => {
    const live = sendAll(mini, facilitated(mini, 'majority'), [
      [2, { type: 'vote.cast', participantId: 'p1', optionId: 'wait', confidence: 2, round: 5 }],
      [3, { type: 'vote.cast', participantId: 'p1', optionId: 'patch', confidence: 5, round: 5 }],
    ]);
    expect(viewFor(mini, live, { kind: 'facilitator' }).tally).toMatchObject({ total: 1, leader: 'patch', revealed: false });
  });

  it('in role mode the one person in the deciding role decides; with two in it the facilitator does', () => {
    const one = sendAll(mini, facilitated(mini, 'role', 'ciso'), [
      [2, { type: 'vote.cast', participantId: 'p2', optionId: 'wait', confidence: 5, round: 5 }],
      [3, { type: 'vote.cast', participantId: 'p1', optionId: 'patch', confidence: 3, round: 5 }],
    ]);
    expect(refused(mini, one, 4, { type: 'decision.lock', optionId: 'wait', basis: 'role' })).toMatchObject({ code: 'lock-basis' });
    expect(applyEvent(mini, one, { type: 'decision.lock', optionId: 'patch', basis: 'role', at: at(4) }).ok).toBe(true);
    const two = facilitated(mini, 'role', 'comms');
    expect(refused(mini, two, 4, { type: 'decision.lock', optionId: 'patch', basis: 'role' })).toMatchObject({ code: 'lock-basis' });
    expect(applyEvent(mini, two, { type: 'decision.lock', optionId: 'patch', basis: 'facilitator', at: at(4) }).ok).toBe(true);
  });

  it('a solo choice is refused in a facilitated session, a lock and votes in a solo one', () => {
    expect(refused(mini, facilitated(mini, 'facilitator'), 2, { type: 'decision.choose', optionId: 'patch' })).toMatchObject({
      code: 'mode',
    });
    const live = sendAll(mini, solo(mini), [[0, { type: 'decision.open' }]]);
    expect(refused(mini, live, 1, { type: 'decision.lock', optionId: 'patch', basis: 'facilitator' })).toMatchObject({ code: 'mode' });
  });

  it('votes from someone who has not joined, or after the lock, are refused', () => {
    const live = facilitated(mini, 'facilitator');
    expect(refused(mini, live, 2, { type: 'vote.cast', participantId: 'ghost', optionId: 'patch', confidence: 3, round: 5 })).toMatchObject(
      {
        code: 'unknown-participant',
      },
    );
    const locked = sendAll(mini, live, [[3, { type: 'decision.lock', optionId: 'patch', basis: 'facilitator' }]]);
    expect(refused(mini, locked, 4, { type: 'vote.cast', participantId: 'p1', optionId: 'cut', confidence: 3, round: 5 })).toMatchObject({
      code: 'not-open',
    });
  });

  it('a decision cannot open before the facilitator starts the session', () => {
    const live = start(mini, newSession(mini, { role: 'ciso', timerMode: 'off', decisionMode: 'facilitator' }));
    expect(refused(mini, live, 0, { type: 'decision.open' })).toMatchObject({ code: 'not-started' });
  });
});

describe('the clock and consequences', () => {
  it('entering a stage sets the clock to the later of its own time and clock + cost', () => {
    // recover is at 08:00 (120 min): a 10-minute choice waits for it, a 200-minute one runs past it.
    expect(play(clockwork, choose('fast')).game.context.clock).toBe(120);
    expect(play(clockwork, choose('slow')).game.context.clock).toBe(200);
    // review has no time of its own: the clock moves by the cost, and a timeout costs the whole time limit.
    expect(play(clockwork, choose('fast'), choose('reboot')).game.context.clock).toBe(125);
    expect(play(clockwork, choose('fast'), choose('hold')).game.context.clock).toBe(120);
    expect(play(clockwork, choose('fast'), timeout).game.context.clock).toBe(165);
  });

  it('a timeout takes the no-decision option and is recorded as a timeout', () => {
    const { game } = play(mini, timeout);
    expect(game.context.history.map((h) => [h.kind, h.optionId ?? h.consequenceId])).toEqual([
      ['timeout', 'wait'],
      ['delayed', 'breach'],
    ]);
    expect(game.context.metrics).toEqual({ care: 80, data: 40 });
  });

  it('a delayed consequence records the earlier choice that caused it', () => {
    const { game } = play(clockwork, choose('slow'));
    const delayed = game.context.history.find((h) => h.kind === 'delayed');
    expect(delayed).toMatchObject({
      stageId: 'recover',
      consequenceId: 'complaints',
      changes: { backlog: 15 },
      causes: [{ flag: 'exposed', stageId: 'triage', optionId: 'slow', clock: 0 }],
    });
  });

  it('routes read the context after the option’s own effects, and the clock', () => {
    expect(play(clockwork, choose('fast'), choose('reboot'), choose('close')).game.place).toBe('swift');
    expect(play(clockwork, choose('slow'), choose('reboot'), choose('close')).game.place).toBe('steady');
    expect(play(clockwork, choose('slow'), choose('hold'), choose('close')).game).toMatchObject({
      place: 'swamped',
      context: { metrics: { backlog: 35, care: 40 } },
    });
  });

  it('injects arrive only when their condition holds on entry', () => {
    expect(play(clockwork, choose('fast')).game.context.trail[1]?.injects).toEqual(['vendor-fix']);
    expect(play(clockwork, choose('slow')).game.context.trail[1]?.injects).toEqual(['vendor-fix', 'board-call']);
  });
});

describe('saves', () => {
  const saved = () => play(mini, choose('patch')).session;

  it('parses a save it wrote', () => {
    const s = saved();
    expect(parseSave(JSON.stringify(s))).toEqual({ ok: true, session: s, migratedFrom: null });
  });

  it('reports damaged JSON without throwing', () => {
    expect(parseSave('{"format": 2, "scen')).toMatchObject({ ok: false, message: expect.stringMatching(/^not valid JSON/) });
  });

  it('says a save of a newer format, or with an event type it does not know, was made by a newer Draaiboek', () => {
    expect(parseSave(JSON.stringify({ ...saved(), format: 3 }))).toMatchObject({
      ok: false,
      newer: true,
      message: expect.stringMatching(/newer Draaiboek/),
    });
    const future = { ...saved(), events: [...saved().events, { seq: 3, type: 'drone.launch', at: AT }] };
    expect(parseSave(JSON.stringify(future))).toMatchObject({
      ok: false,
      newer: true,
      message: expect.stringMatching(/^events\.2\.type: .*newer/),
    });
  });

  it('names the field that is wrong', () => {
    const bad = { ...saved(), events: [{ seq: 0, type: 'decision.open', stageId: 'warning', at: AT }] };
    expect(parseSave(JSON.stringify(bad))).toMatchObject({ ok: false, message: expect.stringMatching(/^events\.0\.seq: /) });
    const badDate = { ...saved(), events: [{ seq: 1, type: 'decision.open', stageId: 'warning', at: 'yesterday' }] };
    expect(parseSave(JSON.stringify(badDate))).toMatchObject({ ok: false, message: expect.stringMatching(/^events\.0\.at: /) });
    expect(parseSave('[]')).toMatchObject({ ok: false, message: expect.stringMatching(/^\(top level\): /) });
  });

  it('resumes on the same scenario', () => {
    const r = resume(mini, saved());
    expect(r).toMatchObject({ ok: true, scenarioChanged: false, canUndo: true, game: { place: 'attack' } });
  });

  it('resumes on a changed scenario whose events still fit, and says it changed; a changed version is noticed too', () => {
    const edited: Scenario = { ...mini, title: { nl: 'Andere titel', en: 'Other title' } };
    const r = resume(edited, saved());
    expect(r).toMatchObject({ ok: true, scenarioChanged: true, game: { place: 'attack' } });
    if (r.ok) expect(r.session.scenario.hash).not.toBe(saved().scenario.hash);
    const older = { ...saved(), scenario: { ...saved().scenario, version: 0 } };
    expect(resume(mini, older)).toMatchObject({ ok: true, scenarioChanged: true });
  });

  it('refuses a changed scenario the events no longer fit, naming the event', () => {
    const stages = mini.stages.map((st) =>
      st.id === 'warning' ? { ...st, decision: { ...st.decision, options: st.decision.options.filter((o) => o.id !== 'patch') } } : st,
    );
    expect(resume({ ...mini, stages }, saved())).toEqual({
      ok: false,
      kind: 'incompatible',
      message: 'event 2 no longer fits the scenario: stage "warning" has no option "patch"',
    });
  });

  it('refuses a save for another scenario, a role the scenario does not have, or a scenario that is not available', () => {
    expect(resume(clockwork, saved())).toMatchObject({
      ok: false,
      kind: 'incompatible',
      message: expect.stringMatching(/for scenario "mini"/),
    });
    expect(resume(mini, { ...saved(), role: 'janitor' })).toMatchObject({
      ok: false,
      kind: 'incompatible',
      message: expect.stringMatching(/role "janitor"/),
    });
    expect(resume(undefined, saved())).toEqual({ ok: false, kind: 'unknown-scenario', message: 'scenario "mini" is not available' });
  });
});
