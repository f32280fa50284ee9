// The simulated clock: minutes since the scenario's start, always shown in Dutch time.
import type { Language, Scenario } from './schema.ts';

export const timeZone = 'Europe/Amsterdam';

/** Minutes from the scenario's start to an ISO date-time (a stage's or inject's time). */
export function minutesFromStart(scenario: Pick<Scenario, 'start'>, iso: string): number {
  return Math.round((Date.parse(iso) - Date.parse(scenario.start)) / 60000);
}

export function clockDate(scenario: Pick<Scenario, 'start'>, minutes: number): Date {
  return new Date(Date.parse(scenario.start) + minutes * 60000);
}

const locales: Record<Language, string> = { nl: 'nl-NL', en: 'en-GB' };

const styles = {
  clock: { timeZone, weekday: 'short', day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  time: { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' },
  date: { timeZone, day: 'numeric', month: 'long', year: 'numeric' },
  day: { timeZone, day: 'numeric', month: 'short' },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();
/**
 * One formatter per language and style, made once: building an Intl.DateTimeFormat costs far more than formatting
 * with it (a trace of a decision found most of its time in making them, a chart makes dozens per render).
 */
function formatter(lang: Language, style: keyof typeof styles): Intl.DateTimeFormat {
  const key = `${lang}/${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locales[lang], styles[style]);
    formatters.set(key, f);
  }
  return f;
}

/** "di 14 jan. 21:40" / "Tue 14 Jan 21:40" in Europe/Amsterdam, whatever the machine's zone. */
export function formatClock(scenario: Pick<Scenario, 'start'>, minutes: number, lang: Language): string {
  return formatter(lang, 'clock').format(clockDate(scenario, minutes));
}

export function formatTime(scenario: Pick<Scenario, 'start'>, minutes: number, lang: Language): string {
  return formatter(lang, 'time').format(clockDate(scenario, minutes));
}

/** "14 jan." / "14 Jan": the calendar day in Amsterdam, e.g. to label a chart's axis. */
export function formatDay(scenario: Pick<Scenario, 'start'>, minutes: number, lang: Language): string {
  return formatter(lang, 'day').format(clockDate(scenario, minutes));
}

export function formatDate(iso: string, lang: Language): string {
  return formatter(lang, 'date').format(new Date(iso));
}
