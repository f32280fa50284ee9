// Conditions and effects as scenario authors write them: every comparison, flags, all/any/not, the clock, clamping.
import { describe, expect, it } from 'vitest';
import { applyEffects, applyFlags, compare, holds, reads } from '../../src/engine/play/conditions';
import type { Metric } from '../../src/engine/play/schema';

const facts = { metrics: { care: 50 }, flags: ['cut'], clock: 90 };

describe('conditions', () => {
  it.each([
    ['<', 49, false],
    ['<', 51, true],
    ['<=', 50, true],
    ['>', 50, false],
    ['>=', 50, true],
    ['==', 50, true],
    ['!=', 50, false],
  ] as const)('care %s %i is %s at 50', (op, value, expected) => {
    expect(holds({ metric: 'care', op, value }, facts)).toBe(expected);
    expect(compare(50, op, value)).toBe(expected);
  });

  it('reads flags, all, any, not and the clock', () => {
    expect(holds(undefined, facts)).toBe(true);
    expect(holds({ flag: 'cut' }, facts)).toBe(true);
    expect(holds({ flag: 'patched' }, facts)).toBe(false);
    expect(holds({ all: [{ flag: 'cut' }, { clockAtLeast: 90 }] }, facts)).toBe(true);
    expect(holds({ all: [{ flag: 'cut' }, { clockBefore: 90 }] }, facts)).toBe(false);
    expect(holds({ any: [{ flag: 'patched' }, { not: { flag: 'patched' } }] }, facts)).toBe(true);
    expect(holds({}, facts)).toBe(false);
  });

  it('lists what a condition reads', () => {
    const r = reads({ all: [{ flag: 'a' }, { any: [{ metric: 'care', op: '>', value: 1 }, { not: { clockBefore: 5 } }] }] });
    expect([...r.flags]).toEqual(['a']);
    expect([...r.metrics]).toEqual(['care']);
    expect(r.clock).toBe(true);
  });
});

describe('effects', () => {
  const defs: Metric[] = [{ id: 'care', label: { nl: 'Zorg', en: 'Care' }, start: 50, min: 0, max: 100, good: 'higher' }];

  it('clamp to the range and report only the change that really happened', () => {
    expect(applyEffects({ care: 95 }, { care: 10 }, defs)).toEqual({ metrics: { care: 100 }, changes: { care: 5 } });
    expect(applyEffects({ care: 0 }, { care: -10 }, defs)).toEqual({ metrics: { care: 0 }, changes: {} });
    expect(applyEffects({}, { care: -10 }, defs)).toEqual({ metrics: { care: 40 }, changes: { care: -10 } });
    expect(applyEffects({ care: 1 }, { ghost: 3 }, defs)).toEqual({ metrics: { care: 1 }, changes: {} });
    expect(applyEffects({ care: 1 }, undefined, defs)).toEqual({ metrics: { care: 1 }, changes: {} });
  });

  it('set and clear flags, sorted', () => {
    expect(applyFlags(['b'], ['c', 'a'], ['b'])).toEqual(['a', 'c']);
    expect(applyFlags(['b'], undefined, undefined)).toEqual(['b']);
  });
});
