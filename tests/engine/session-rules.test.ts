// Sessions by the rules of the room and the clock: votes and locks keep to the decision mode, the simulated clock and
// delayed consequences follow the scenario, and saves load (format 1 too) or fail clearly.
import { describe, expect, it } from 'vitest';
import { parseSave, resume } from '../../src/engine/play/save';
import type { Scenario } from '../../src/engine/play/schema';
import { applyEvent, gameOf, newSession, start } from '../../src/engine/play/session';
import { viewFor } from '../../src/engine/play/view';
import { AT, at, choose, clockwork, facilitated, mini, play, refused, sendAll, solo, timeout } from './session-support';

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
