// @vitest-environment node
// The comparison of sessions: three sessions of one scenario with different choices give three paths on one timeline,
// the first split and every later one, their endings and metric series, and the historical path beside them.
import { describe, expect, it } from 'vitest';
import { compareSessions, splitsAt } from '../../src/engine/compare/compare';
import type { Scenario } from '../../src/engine/play/schema';
import { apply, type EventInput, newSession, type Session } from '../../src/engine/play/session';
import { plan, seededScenarios } from '../e2e/support/scenarios';
import { loadFile, soloMove } from './play';

const mini: Scenario = loadFile('tests/fixtures/mini.yaml');
const AT = '2024-03-01T10:00:00.000Z';
const choose = (optionId: string): EventInput => ({ type: 'decision.choose', optionId });

function play(s: Scenario, steps: EventInput[], role = 'ciso'): Session {
  let session = newSession(s, { role, timerMode: 'off' });
  for (const step of steps) {
    const r = soloMove(s, session, step, AT);
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
  }
  const end = apply(s, session, { type: 'session.end' }, AT);
  return end.ok ? end.session : session;
}

describe('comparing three sessions of the small exercise', () => {
  const a = play(mini, [choose('wait'), choose('cut')]);
  const b = play(mini, [choose('wait'), choose('ignore')]);
  const c = play(mini, [choose('patch'), choose('monitor')]);
  const result = compareSessions(mini, [
    { label: 'Team A', session: a },
    { label: 'Team B', session: b },
    { label: 'Team C', session: c },
  ]);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const cmp = result.comparison;

  it('gives one path per session with its decisions in order', () => {
    expect(cmp.paths.map((p) => p.label)).toEqual(['Team A', 'Team B', 'Team C']);
    expect(cmp.paths.map((p) => p.steps.map((x) => x.optionId))).toEqual([
      ['wait', 'cut'],
      ['wait', 'ignore'],
      ['patch', 'monitor'],
    ]);
    expect(cmp.rows).toBe(2);
  });

  it('finds the first split where the choices differ and the later split of the sessions that went on together', () => {
    expect(cmp.splits).toHaveLength(2);
    const [first, later] = cmp.splits;
    expect(first).toMatchObject({ index: 0, stageId: 'warning', first: true, sessions: [0, 1, 2] });
    expect(first?.branches.map((x) => [x.optionId, x.sessions])).toEqual([
      ['wait', [0, 1]],
      ['patch', [2]],
    ]);
    expect(later).toMatchObject({ index: 1, stageId: 'attack', first: false, sessions: [0, 1] });
    expect(later?.branches.map((x) => [x.optionId, x.sessions])).toEqual([
      ['cut', [0]],
      ['ignore', [1]],
    ]);
    expect(splitsAt(cmp, 1)).toEqual([later]);
  });

  it('keeps each ending and each metric series', () => {
    expect(cmp.paths.map((p) => p.ending?.id)).toEqual(['mixed', 'bad', 'good']);
    expect(cmp.paths.map((p) => p.series.at(-1)?.values.data)).toEqual([50, 0, 70]);
  });

  it('plays the historical path beside them, as far as the scenario names the real choices', () => {
    expect(cmp.historical.steps.map((x) => x.optionId)).toEqual(['patch']);
    expect(cmp.historical.complete).toBe(false);
  });
});

describe('sessions that do not compare', () => {
  const a = play(mini, [choose('wait'), choose('cut')]);
  it('are refused when they are fewer than two', () => {
    const r = compareSessions(mini, [{ label: 'a.json', session: a }]);
    expect(r.ok ? [] : r.problems.map((p) => p.message)).toEqual(['a comparison needs two or more sessions, got 1']);
  });
  it('are refused, by name, when one is of another scenario', () => {
    const other = { ...a, scenario: { ...a.scenario, id: 'citrix-2020' } };
    const r = compareSessions(mini, [
      { label: 'a.json', session: a },
      { label: 'b.json', session: other },
    ]);
    expect(r.ok ? [] : r.problems).toEqual([{ label: 'b.json', message: 'is a session of scenario "citrix-2020", not of "mini"' }]);
  });
  it('are refused, by name, when one no longer replays', () => {
    const broken: Session = { ...a, events: [...a.events.slice(0, 1), { ...a.events[1], optionId: 'nope' } as Session['events'][number]] };
    const r = compareSessions(mini, [
      { label: 'a.json', session: a },
      { label: 'b.json', session: broken },
    ]);
    expect(r.ok ? [] : r.problems.map((p) => p.label)).toEqual(['b.json']);
  });
  it('that chose alike everywhere have no split', () => {
    const r = compareSessions(mini, [
      { label: 'a', session: a },
      { label: 'b', session: play(mini, [choose('wait'), choose('cut')]) },
    ]);
    expect(r.ok && r.comparison.splits).toEqual([]);
  });
});

describe.each(seededScenarios().map((s) => [s.id, s] as const))('comparing three strategies in %s', (_id, s) => {
  const sessions = (['historical', 'first', 'last'] as const).map((strategy) => ({
    label: strategy,
    session: plan(s, 'nl', strategy).session,
  }));
  const r = compareSessions(s, sessions);
  it('gives three paths, each split among sessions that had chosen alike until then', () => {
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    expect(r.comparison.paths).toHaveLength(3);
    for (const split of r.comparison.splits) {
      const [one, ...rest] = split.sessions.map((i) => r.comparison.paths[i]?.steps.slice(0, split.index).map((x) => x.optionId));
      for (const other of rest) expect(other).toEqual(one);
      expect(split.branches.length).toBeGreaterThan(1);
    }
  });
});
