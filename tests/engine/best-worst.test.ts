// The best and worst reachable endings against brute force: every complete path played through the compiled machine,
// on random small scenarios (clamped effects, flag and metric conditions, onEnter consequences) and the fixtures.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { initialTransition, transition } from 'xstate';
import { analyse } from '../../src/engine/analyse/analyse';
import { compile } from '../../src/engine/play/compile';
import type { Scenario } from '../../src/engine/play/schema';
import { build } from './build';
import { legalMoves, loadFile } from './play';

const rank = { good: 2, mixed: 1, bad: 0 } as const;

/** Every ending reached by every legal path, with its final metrics (no loops in these scenarios). */
function allEndings(s: Scenario): { outcome: keyof typeof rank; score: number }[] {
  const machine = compile(s);
  const out: { outcome: keyof typeof rank; score: number }[] = [];
  const walk = (snap: ReturnType<typeof initialTransition>[0], depth: number) => {
    const game = { place: String(snap.value), done: snap.status === 'done', context: snap.context };
    if (game.done) {
      const outcome = s.endings.find((e) => e.id === game.place)?.outcome ?? 'bad';
      const score = s.metrics.reduce(
        (n, m) => n + (m.good === 'higher' ? (game.context.metrics[m.id] ?? 0) - m.min : m.max - (game.context.metrics[m.id] ?? 0)),
        0,
      );
      out.push({ outcome, score });
      return;
    }
    if (depth > 12) return;
    for (const move of legalMoves(s, game)) walk(transition(machine, snap, move)[0], depth + 1);
  };
  walk(initialTransition(machine)[0], 0);
  return out;
}

function expectAgrees(s: Scenario) {
  const all = allEndings(s);
  const { best, worst } = analyse(s).stats;
  const key = (x: { outcome: keyof typeof rank; score: number }) => rank[x.outcome] * 1e6 + x.score;
  const keys = all.map(key);
  if (all.length === 0) {
    expect(best).toBeNull();
    return;
  }
  expect(best && key(best)).toBe(Math.max(...keys));
  expect(worst && key(worst)).toBe(Math.min(...keys));
}

const option = fc.record({
  up: fc.integer({ min: -40, max: 40 }),
  down: fc.integer({ min: -40, max: 40 }),
  flag: fc.boolean(),
  gate: fc.constantFrom('none', 'flag', 'metric'),
  route: fc.boolean(),
  threshold: fc.integer({ min: 0, max: 100 }),
  skip: fc.integer({ min: 1, max: 2 }),
});
const shape = fc.record({
  stages: fc.array(fc.record({ options: fc.array(option, { minLength: 1, maxLength: 3 }), onEnter: fc.boolean(), timed: fc.boolean() }), {
    minLength: 1,
    maxLength: 5,
  }),
  starts: fc.tuple(fc.integer({ min: 0, max: 100 }), fc.integer({ min: 0, max: 100 })),
});

function randomScenario(spec: typeof shape extends fc.Arbitrary<infer T> ? T : never): Scenario {
  const n = spec.stages.length;
  const next = (i: number, skip: number) => (i + skip < n ? `s${i + skip}` : 'good');
  return build({
    stages: spec.stages.map((st, i) => ({
      id: `s${i}`,
      ...(st.timed ? { timeLimit: 10 } : {}),
      ...(st.onEnter ? { onEnter: [{ id: `c${i}`, when: { flag: 'f' }, effects: { a: -15, b: 10 }, text: { nl: 'x', en: 'x' } }] } : {}),
      options: [
        ...st.options.map((o, k) => ({
          id: `o${k}`,
          effects: { a: o.up, b: o.down },
          ...(o.flag ? { set: ['f'] } : {}),
          ...(o.gate === 'flag'
            ? { when: { flag: 'f' } }
            : o.gate === 'metric'
              ? { when: { metric: 'a', op: '>=' as const, value: o.threshold } }
              : {}),
          next: o.route
            ? [{ when: { metric: 'b', op: '<' as const, value: o.threshold }, to: 'bad' }, { to: next(i, o.skip) }]
            : next(i, o.skip),
        })),
        ...(st.timed ? [{ id: 'wait', noDecision: true, effects: { a: -5 }, next: i + 1 < n ? `s${i + 1}` : 'mixed' }] : []),
      ],
    })),
    endings: [
      ['good', 'good'],
      ['mixed', 'mixed'],
      ['bad', 'bad'],
    ],
    metrics: [
      { id: 'a', start: spec.starts[0] },
      { id: 'b', start: spec.starts[1], good: 'lower' },
    ],
    flags: ['f'],
  });
}

describe('best and worst reachable endings', () => {
  it.each([
    ['mini', join(import.meta.dirname, '../fixtures/mini.yaml')],
    ['clockwork', join(import.meta.dirname, 'fixtures/clockwork.yaml')],
  ])('agree with brute force on %s', (_name, file) => {
    expectAgrees(loadFile(file));
  });

  it('agree with brute force on random scenarios', () => {
    fc.assert(
      fc.property(shape, (spec) => {
        expectAgrees(randomScenario(spec));
      }),
      { numRuns: 150 },
    );
  });
});
