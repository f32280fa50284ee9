// The building blocks of the scenario format: ids, bounded numbers and strings, and the two-language text. Their
// messages name the cause (a YAML .nan, a text past the limit) because an author reads them in the checker's output.
import { z } from 'zod';
import { MAX_METRIC, MAX_MINUTES, MAX_TEXT } from './limits.ts';

export const languages = ['nl', 'en'] as const;
export type Language = (typeof languages)[number];

export const Id = z
  .string({ error: 'expected an id (text)' })
  .regex(/^[a-z][a-z0-9_-]*$/i, 'an id starts with a letter and holds only letters, digits, "-" and "_"');

export const tooLong = `a text may hold at most ${MAX_TEXT.toLocaleString('en')} characters`;
/** A plain string field (names, publishers), held to the same length limit as a text. */
export const Str = () => z.string().max(MAX_TEXT, tooLong);

/**
 * A number that names the cause when it is not finite: YAML's .nan and .inf parse as numbers, and zod's own message
 * ("expected number, received NaN") hides that the file says so. Other mistakes keep zod's message.
 */
export const num = (what: string) =>
  z.number({
    error: (iss) =>
      typeof iss.input === 'number' && !Number.isFinite(iss.input)
        ? `${what} is ${String(iss.input)} (YAML .nan or .inf); it must be a finite number`
        : undefined,
  });
export const minutes = (what: string) =>
  num(what)
    .int(`${what} is a whole number of minutes`)
    .max(MAX_MINUTES, `${what} may be at most ${MAX_MINUTES.toLocaleString('en')} minutes (ten years)`);
export const metricValue = (what: string) =>
  num(what)
    .int(`${what} is a whole number`)
    .min(-MAX_METRIC, `${what} may be at least ${(-MAX_METRIC).toLocaleString('en')}`)
    .max(MAX_METRIC, `${what} may be at most ${MAX_METRIC.toLocaleString('en')}`);

/** Every text a player reads, in Dutch and English. */
export const Text = z.strictObject(
  {
    nl: z.string({ error: 'Dutch text (nl) is missing' }).trim().min(1, 'Dutch text (nl) is empty').max(MAX_TEXT, tooLong),
    en: z.string({ error: 'English text (en) is missing' }).trim().min(1, 'English text (en) is empty').max(MAX_TEXT, tooLong),
  },
  { error: 'expected a text with "nl" and "en"' },
);
export type Text = z.infer<typeof Text>;

/** ISO date-time with an explicit offset, e.g. 2020-01-14T21:40:00+01:00. */
export const DateTime = z.iso.datetime({
  offset: true,
  local: false,
  error: 'expected a date-time with offset, e.g. 2020-01-14T21:40:00+01:00',
});
