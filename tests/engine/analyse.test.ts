// The analysis on small scenarios whose answers are known by hand: statistics, path lengths and counts, best and worst
// endings, flag usage, the paths it lists (played through the session layer), limits, and speed.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse, listPaths } from '../../src/engine/analyse/analyse';
import { explore } from '../../src/engine/analyse/explore';
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

describe('edge cases', () => {
  it('a scenario where no ending can be reached has no path lengths and no best or worst', () => {
    const s = build({
      stages: [
        { id: 'a', options: [{ id: 'on', next: 'b' }] },
        { id: 'b', options: [{ id: 'back', next: 'a' }] },
      ],
      endings: [['good', 'good']],
    });
    const { findings, stats } = analyse(s);
    expect(stats).toMatchObject({ shortestPath: null, longestPath: null, best: null, worst: null, pathsPerEnding: {} });
    expect(findings.map((f) => f.kind)).toEqual(['unreachable-ending', 'no-ending']);
    expect(findings[1]?.message).toMatch(/stages "a", "b" can be entered at the start but never reach an ending/);
  });

  it('a dead end at the very start names no earlier choice', () => {
    const s = build({
      stages: [{ id: 'a', options: [{ id: 'x', next: 'good', when: { metric: 'm', op: '>', value: 60 } }] }],
      endings: [['good', 'good']],
    });
    expect(analyse(s).findings).toContainEqual(
      expect.objectContaining({
        kind: 'dead-end',
        path: '/stages/0/decision/options',
        message: expect.stringContaining('"a" at the start (flags: none)'),
      }),
    );
  });

  it('a single "continue" is not a decision, a timeout always is', () => {
    const s = build({
      stages: [
        { id: 'a', options: [{ id: 'go', next: 'b' }] },
        { id: 'b', timeLimit: 10, options: [{ id: 'wait', noDecision: true, next: 'good' }] },
      ],
      endings: [['good', 'good']],
    });
    const { stats } = analyse(s);
    expect(stats).toMatchObject({ decisions: 1, shortestPath: 0, longestPath: 1, timedDecisions: 1 });
    expect(stats.pathsPerEnding).toEqual({ good: 2 });
  });

  it('says so when a limit cuts the exploration short, and leaves out what it could not establish', () => {
    const cut = analyse(clockwork, { maxStates: 3 });
    expect(cut.stats).toMatchObject({
      capped: true,
      incomplete: ['situations'],
      shortestPath: null,
      longestPath: null,
      best: null,
      worst: null,
      pathsPerEnding: {},
    });
    // Branching warnings come from the scenario's structure, not from the exploration, so they still hold.
    expect(cut.findings.filter((f) => f.kind !== 'same-place')).toEqual([
      expect.objectContaining({
        kind: 'analysis-incomplete',
        message: expect.stringMatching(/^analysis incomplete: stopped after 3 situations/),
      }),
    ]);
    const short = analyse(clockwork, { maxFullStates: 2, longestBudget: 1 });
    expect(short.stats).toMatchObject({ incomplete: ['longest-path', 'best-worst'], longestPath: null, best: null, worst: null });
    expect(short.findings.filter((f) => f.kind === 'analysis-incomplete').map((f) => f.message)).toEqual([
      expect.stringMatching(/longest path is not reported/),
      expect.stringMatching(/best\/worst ending search hit its limit/),
    ]);
  });

  it('a capped analysis reports no dead end where it only stopped following the moves', () => {
    const s = build({
      metrics: [{ id: 'n', start: 0, max: 1000 }],
      stages: [
        {
          id: 'count',
          options: [
            {
              id: 'tick',
              effects: { n: 1 },
              next: [{ when: { metric: 'n', op: '>=', value: 1000 }, to: 'good' }, { to: 'count' }],
            },
          ],
        },
      ],
      endings: [['good', 'good']],
    });
    const { findings, stats } = analyse(s, { maxStates: 50 });
    expect(findings.map((f) => f.kind)).toEqual(['analysis-incomplete']);
    expect(stats.capped).toBe(true);
    // The same scenario without the cap: it ends, every path goes round the loop, and the longest path says so.
    const full = analyse(s);
    expect(full.findings).toEqual([]);
    expect(full.stats).toMatchObject({ shortestPath: 0, longestPath: 0, longestBasis: 'situation', incomplete: [] });
  });

  it('the longest path counts situations when reaching an ending needs a stage twice', () => {
    const s = build({
      flags: ['ready'],
      stages: [
        {
          id: 'a',
          options: [
            { id: 'prepare', next: 'b' },
            { id: 'finish', next: 'good', when: { flag: 'ready' } },
          ],
        },
        {
          id: 'b',
          options: [
            { id: 'arm', set: ['ready'], next: 'a' },
            { id: 'skip', next: 'a' },
          ],
        },
      ],
      endings: [['good', 'good']],
    });
    expect(analyse(s).stats).toMatchObject({ shortestPath: 2, longestPath: 2, longestBasis: 'situation' });
  });

  it('keys states only on what routing reads: metrics no condition reads do not multiply them', () => {
    const s = build({
      stages: [
        {
          id: 'a',
          options: [
            { id: 'x', next: 'b', effects: { unread: 5 } },
            { id: 'y', next: 'b', effects: { unread: -5 } },
          ],
        },
        { id: 'b', options: [{ id: 'z', next: 'good' }] },
      ],
      endings: [['good', 'good']],
      metrics: [{ id: 'unread', start: 50 }],
    });
    expect(explore(s).states.map((st) => st.place)).toEqual(['a', 'b', 'good']);
    expect(analyse(s).stats.best?.metrics).toEqual({ unread: 55 });
    expect(analyse(s).stats.worst?.metrics).toEqual({ unread: 45 });
  });

  // How long it takes is measured by `npm run bench`, never asserted here.
  it('analyses a 20-stage scenario with flags and metric routes completely', () => {
    const n = 20;
    const s = build({
      stages: Array.from({ length: n }, (_, i) => ({
        id: `s${i}`,
        ...(i % 4 === 0 ? { timeLimit: 15 } : {}),
        options: [
          { id: 'bold', effects: { risk: 10 }, set: [`f${i % 5}`], next: i === n - 1 ? 'good' : `s${i + 1}` },
          {
            id: 'careful',
            effects: { risk: -5 },
            cost: 20,
            next: i === n - 1 ? [{ when: { metric: 'risk', op: '>', value: 60 }, to: 'bad' }, { to: 'mixed' }] : `s${i + 1}`,
          },
          { id: 'wait', noDecision: true, when: undefined, next: i === n - 1 ? 'bad' : `s${i + 1}` },
          ...(i % 3 === 0 ? [{ id: 'escalate', when: { flag: `f${(i + 1) % 5}` }, next: i === n - 1 ? 'good' : `s${i + 1}` }] : []),
        ],
      })),
      endings: [
        ['good', 'good'],
        ['mixed', 'mixed'],
        ['bad', 'bad'],
      ],
      metrics: [
        { id: 'risk', start: 40 },
        { id: 'care', start: 70 },
      ],
      flags: ['f0', 'f1', 'f2', 'f3', 'f4'],
    });
    const { stats } = analyse(s);
    expect(stats.capped).toBe(false);
    expect(stats.shortestPath).toBe(n);
    expect(stats.longestPath).toBe(n);
  });
});
