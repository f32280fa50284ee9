// The condition language of scenarios: flags, all/any/not, metric comparisons and points on the simulated clock.
// Plain data with exactly one kind per object, so the checker can read every condition and nothing runs as code.
import { z } from 'zod';
import { MAX_METRIC } from './limits.ts';
import { Id, minutes, num } from './schema-basics.ts';

export const comparisons = ['<', '<=', '>', '>=', '==', '!='] as const;

/**
 * A condition is exactly one of: a flag that is set, all/any of a list, the negation of one,
 * a metric comparison, or a point on the simulated clock (minutes since the scenario's start).
 */
export type Condition = {
  flag?: string;
  all?: Condition[];
  any?: Condition[];
  not?: Condition;
  metric?: string;
  op?: (typeof comparisons)[number];
  value?: number;
  clockAtLeast?: number;
  clockBefore?: number;
};
const conditionKinds = ['flag', 'all', 'any', 'not', 'metric', 'clockAtLeast', 'clockBefore'] as const;

export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z
    .strictObject(
      {
        flag: Id.optional(),
        all: z.array(Condition).min(1, 'an "all" needs at least one condition').optional(),
        any: z.array(Condition).min(1, 'an "any" needs at least one condition').optional(),
        not: Condition.optional(),
        metric: Id.optional(),
        op: z.enum(comparisons, { error: `op must be one of ${comparisons.join(' ')}` }).optional(),
        value: num('value')
          .refine((v) => Math.abs(v) <= MAX_METRIC, `value may be at most ${MAX_METRIC.toLocaleString('en')} either side of 0`)
          .optional(),
        clockAtLeast: minutes('clockAtLeast').min(0).optional(),
        clockBefore: minutes('clockBefore').min(0).optional(),
      },
      { error: 'expected a condition object (flag, all, any, not, metric, clockAtLeast or clockBefore)' },
    )
    .superRefine((c, ctx) => {
      const kinds = conditionKinds.filter((k) => c[k] !== undefined);
      if (kinds.length !== 1) {
        ctx.addIssue({
          code: 'custom',
          message: `a condition needs exactly one of ${conditionKinds.join(', ')} (found ${kinds.length ? kinds.join(', ') : 'none'})`,
        });
        return;
      }
      if (kinds[0] === 'metric' && (c.op === undefined || c.value === undefined)) {
        ctx.addIssue({ code: 'custom', message: 'a metric condition needs "op" and "value"' });
      }
      if (kinds[0] !== 'metric' && (c.op !== undefined || c.value !== undefined)) {
        ctx.addIssue({ code: 'custom', message: '"op" and "value" belong only in a metric condition' });
      }
    }),
);
