// The analysis on small scenarios whose answers are known by hand: statistics, path lengths and counts, best and worst
// endings, flag usage, the paths it lists (played through the session layer), limits, and speed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, listPaths } from '../../src/engine/analyse/analyse';
import type { Scenario } from '../../src/engine/play/schema';
import { newSession } from '../../src/engine/play/session';
import { bilingualStats } from '../checker/support';
import { build } from './build';
import { loadFile, soloMove } from './play';

const mini = loadFile(join(import.meta.dirname, '../fixtures/mini.yaml'));
const clockwork = loadFile(join(import.meta.dirname, 'fixtures/clockwork.yaml'));

/** Play a listed path through session.apply and return where it ends. */
function playPath(s: Scenario, steps: { optionId: string; kind: 'choice' | 'timeout' }[]) {
  let session = newSession(s, { role: s.roles[0]?.id ?? '', timerMode: 'realistic' });
  let place = s.initialStage;
  for (const step of steps) {
    const r = soloMove(
      s,
      session,
      step.kind === 'timeout' ? { type: 'decision.timeout' } : { type: 'decision.choose', optionId: step.optionId },
    );
    if (!r.ok) throw new Error(r.reason.message);
    session = r.session;
    place = r.game.place;
  }
  return place;
}

describe('analyse on the mini fixture', () => {
  const { findings, stats } = analyse(mini);

  it('finds no errors and warns about a flag nothing reads and a stage whose options all lead to the same place', () => {
    expect(findings).toEqual([
      { path: '/flags/1', kind: 'flag-never-read', severity: 'warning', message: 'flag "cut" is set but no condition reads it' },
      {
        path: '/stages/0/decision/options',
        kind: 'same-place',
        severity: 'warning',
        message: 'every option of stage "warning" leads to the same place',
      },
    ]);
  });

  it('counts what the scenario holds', () => {
    expect(stats).toMatchObject({
      ...bilingualStats(
        { stages: 2, decisions: 2, options: 5, injects: 3, roles: 2, metrics: 2 },
        { good: 1, mixed: 1, bad: 1 },
        { shortestPath: 2, longestPath: 2, timedDecisions: 1 },
      ),
      capped: false,
    });
  });

  it('counts the distinct decision paths into each ending (a timeout is a path of its own)', () => {
    expect(stats.pathsPerEnding).toEqual({ good: 2, mixed: 2, bad: 3 });
  });

  it('names the best and worst reachable endings with their metrics and a path to them', () => {
    expect(stats.best).toMatchObject({ endingId: 'good', outcome: 'good', metrics: { care: 75, data: 70 } });
    expect(stats.worst).toMatchObject({ endingId: 'bad', outcome: 'bad', metrics: { care: 80, data: 0 } });
    expect(playPath(mini, stats.best?.path ?? [])).toBe('good');
    expect(playPath(mini, stats.worst?.path ?? [])).toBe('bad');
  });
});

describe('listPaths', () => {
  it.each([
    ['mini', mini],
    ['clockwork', clockwork],
  ])('lists paths into every ending of %s, shortest first, and each plays to its ending', (_name, s) => {
    const paths = listPaths(s, 4);
    expect(Object.keys(paths).sort()).toEqual(s.endings.map((e) => e.id).sort());
    for (const [ending, list] of Object.entries(paths)) {
      expect(list.length).toBeGreaterThan(0);
      const lengths = list.map((p) => p.length);
      expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
      for (const path of list) expect(playPath(s, path)).toBe(ending);
    }
  });

  it('falls back to one shortest path per ending when the search budget runs out', () => {
    const paths = listPaths(clockwork, 1_000_000);
    expect(Object.keys(paths).sort()).toEqual(['steady', 'swamped', 'swift']);
  });
});

describe('analyse on clockwork: clock conditions and a loop the clock closes', () => {
  const { findings, stats } = analyse(clockwork);

  it('has no errors, and the loop back to recovery ends because the clock runs out', () => {
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(stats.shortestPath).toBe(3);
    expect(stats.longestPath).toBe(3);
    expect(stats.timedDecisions).toBe(1);
    expect(Object.values(stats.pathsPerEnding).every((n) => n > 1 && n < stats.pathCountCap)).toBe(true);
  });

  it('ranks the endings: good beats bad whatever the metrics', () => {
    expect(stats.best).toMatchObject({ endingId: 'swift', outcome: 'good' });
    expect(stats.worst).toMatchObject({ endingId: 'swamped', outcome: 'bad', metrics: { care: 40, backlog: 50 } });
  });
});

describe('loops', () => {
  const loop = build({
    stages: [
      {
        id: 'a',
        options: [
          { id: 'to-b', next: 'b' },
          { id: 'finish', next: 'good' },
        ],
      },
      {
        id: 'b',
        options: [
          { id: 'to-a', next: 'a', set: ['seen'] },
          { id: 'give-up', next: 'bad' },
        ],
      },
    ],
    endings: [
      ['good', 'good'],
      ['bad', 'bad'],
    ],
    flags: ['seen'],
  });

  it('the longest path enters no stage twice, though longer walks exist', () => {
    const { stats } = analyse(loop);
    expect(stats.longestPath).toBe(2);
    expect(stats.shortestPath).toBe(1);
  });

  it('a loop makes the number of paths endless: the count is the cap', () => {
    expect(analyse(loop).stats.pathsPerEnding).toEqual({ good: 10_000, bad: 10_000 });
  });

  it('warns about flags set and never read, read and never set, and never used', () => {
    const s = build({
      stages: [{ id: 'a', options: [{ id: 'x', next: 'good', set: ['written'], when: { not: { flag: 'read' } } }] }],
      endings: [['good', 'good']],
      flags: ['written', 'read', 'idle'],
    });
    expect(analyse(s).findings.map((f) => [f.kind, f.path, f.severity])).toEqual([
      ['flag-never-read', '/flags/0', 'warning'],
      ['flag-never-set', '/flags/1', 'warning'],
      ['flag-unused', '/flags/2', 'warning'],
    ]);
  });
});
