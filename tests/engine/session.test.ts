// Sessions as the player meets them: rejected events change nothing and say why, undo restores, the clock and delayed
// consequences follow the rules, and saves load, or fail with a clear message, without losing data.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/play/schema';
import { apply, newSession, parseSave, replay, resume, type Session, type SessionEvent } from '../../src/engine/play/session';
import { loadFile } from './play';

const mini = loadFile(join(import.meta.dirname, '../fixtures/mini.yaml'));
const clockwork = loadFile(join(import.meta.dirname, 'fixtures/clockwork.yaml'));
const AT = '2024-01-01T10:00:00.000Z';

type Input = Parameters<typeof apply>[2];
function play(s: Scenario, ...inputs: Input[]) {
  let session = newSession(s, { role: s.roles[0]?.id ?? '', timerMode: 'realistic' });
  for (const input of inputs) {
    const r = apply(s, session, input, AT);
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
  }
  const r = replay(s, session.events);
  if (!r.ok) throw new Error('replay failed');
  return { session, game: r.game, canUndo: r.canUndo };
}
const choose = (optionId: string): Input => ({ type: 'decision.choose', optionId });
const timeout: Input = { type: 'decision.timeout' };
const undo: Input = { type: 'session.undo' };

describe('rejected events', () => {
  const expectRejected = (session: Session, input: Input, code: string, message: RegExp) => {
    const before = JSON.stringify(session);
    const r = apply(mini, session, input, AT);
    expect(r).toMatchObject({ ok: false, reason: { code, message: expect.stringMatching(message) } });
    expect(JSON.stringify(session)).toBe(before);
  };

  it('an unknown option is refused', () => {
    expectRejected(play(mini).session, choose('panic'), 'unknown-option', /stage "warning" has no option "panic"/);
  });

  it('an unavailable option is refused with its reason text', () => {
    const { session } = play(mini, choose('wait'));
    const r = apply(mini, session, choose('monitor'), AT);
    expect(r).toEqual({
      ok: false,
      reason: {
        code: 'unavailable',
        message: 'option "monitor" is not available now',
        detail: { nl: 'Alleen na patchen', en: 'Only after patching' },
      },
    });
  });

  it('a timeout where no timer runs is refused', () => {
    expectRejected(play(mini, choose('patch')).session, timeout, 'no-timer', /stage "attack" has no time limit/);
  });

  it('undo with nothing to undo is refused', () => {
    expectRejected(play(mini).session, undo, 'nothing-to-undo', /no choice to undo/);
  });

  it('an event after the end is refused', () => {
    const { session, game } = play(mini, choose('patch'), choose('monitor'));
    expect(game).toMatchObject({ place: 'good', done: true });
    expectRejected(session, choose('cut'), 'finished', /the scenario has ended/);
  });

  it('an event recorded for another stage is refused on replay, naming both stages', () => {
    const events: SessionEvent[] = [{ seq: 1, type: 'decision.choose', stageId: 'attack', optionId: 'cut', at: AT }];
    expect(replay(mini, events)).toMatchObject({
      ok: false,
      index: 0,
      reason: { code: 'wrong-stage', message: 'event for stage "attack" but the session is in "warning"' },
    });
  });

  it('an undo recorded for another stage is refused on replay', () => {
    const { session } = play(mini, choose('patch'));
    const events: SessionEvent[] = [...session.events, { seq: 2, type: 'session.undo', stageId: 'warning', at: AT }];
    expect(replay(mini, events)).toMatchObject({ ok: false, index: 1, reason: { code: 'wrong-stage' } });
  });
});

describe('undo', () => {
  it('is appended to the log and restores the state before the choice', () => {
    const before = play(mini, choose('wait'));
    const after = play(mini, choose('wait'), choose('cut'), undo);
    expect(after.session.events.map((e) => [e.seq, e.type, e.stageId, e.optionId])).toEqual([
      [1, 'decision.choose', 'warning', 'wait'],
      [2, 'decision.choose', 'attack', 'cut'],
      [3, 'session.undo', 'mixed', undefined],
    ]);
    expect(after.game).toEqual(before.game);
    expect(after.canUndo).toBe(true);
    const back = play(mini, choose('wait'), undo);
    expect(back.canUndo).toBe(false);
    expect(back.game.place).toBe('warning');
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
    const trail = (s: Session) =>
      (replay(clockwork, s.events) as { game: { context: { trail: { injects: string[] }[] } } }).game.context.trail;
    expect(trail(play(clockwork, choose('fast')).session)[1]?.injects).toEqual(['vendor-fix']);
    expect(trail(play(clockwork, choose('slow')).session)[1]?.injects).toEqual(['vendor-fix', 'board-call']);
  });
});

describe('saves', () => {
  const saved = () => play(mini, choose('patch')).session;

  it('parses a save it wrote', () => {
    const s = saved();
    expect(parseSave(JSON.stringify(s))).toEqual({ ok: true, session: s });
  });

  it('reports damaged JSON without throwing', () => {
    expect(parseSave('{"format": 1, "scen')).toMatchObject({ ok: false, message: expect.stringMatching(/^not valid JSON/) });
  });

  it('reports an unknown format', () => {
    expect(parseSave(JSON.stringify({ ...saved(), format: 2 }))).toEqual({
      ok: false,
      message: 'format: unknown save format (this version reads format 1)',
    });
  });

  it('names the field that is wrong', () => {
    const bad = { ...saved(), events: [{ seq: 0, type: 'decision.choose', stageId: 'warning', at: AT }] };
    expect(parseSave(JSON.stringify(bad))).toMatchObject({ ok: false, message: expect.stringMatching(/^events\.0\.seq: /) });
    expect(parseSave('[]')).toMatchObject({ ok: false, message: expect.stringMatching(/^\(top level\): /) });
  });

  it('resumes on the same scenario', () => {
    const r = resume(mini, saved());
    expect(r).toMatchObject({ ok: true, scenarioChanged: false, canUndo: true, game: { place: 'attack' } });
  });

  it('resumes on a changed scenario whose events still fit, and says it changed', () => {
    const edited: Scenario = { ...mini, title: { nl: 'Andere titel', en: 'Other title' } };
    const r = resume(edited, saved());
    expect(r).toMatchObject({ ok: true, scenarioChanged: true, game: { place: 'attack' } });
    if (r.ok) expect(r.session.scenario.hash).not.toBe(saved().scenario.hash);
  });

  it('refuses a changed scenario the events no longer fit, naming the event', () => {
    const stages = mini.stages.map((st) =>
      st.id === 'warning' ? { ...st, decision: { ...st.decision, options: st.decision.options.filter((o) => o.id !== 'patch') } } : st,
    );
    expect(resume({ ...mini, stages }, saved())).toEqual({
      ok: false,
      kind: 'incompatible',
      message: 'event 1 no longer fits the scenario: stage "warning" has no option "patch"',
    });
  });

  it('refuses a save for a scenario that is not available', () => {
    expect(resume(undefined, saved())).toEqual({ ok: false, kind: 'unknown-scenario', message: 'scenario "mini" is not available' });
  });
});
