// The analysis at its edges: no reachable ending, dead ends, what counts as a decision, exploration limits and what
// a capped analysis may and may not claim, loops the longest path must count, and a larger scenario analysed in full.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analyse/analyse';
import { explore } from '../../src/engine/analyse/explore';
import { build } from './build';
import { loadFile } from './play';

const clockwork = loadFile(join(import.meta.dirname, 'fixtures/clockwork.yaml'));

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
