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

/** "di 14 jan. 21:40" / "Tue 14 Jan 21:40" in Europe/Amsterdam, whatever the machine's zone. */
export function formatClock(scenario: Pick<Scenario, 'start'>, minutes: number, lang: Language): string {
  return new Intl.DateTimeFormat(locales[lang], {
    timeZone,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(clockDate(scenario, minutes));
}

export function formatTime(scenario: Pick<Scenario, 'start'>, minutes: number, lang: Language): string {
  return new Intl.DateTimeFormat(locales[lang], { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(
    clockDate(scenario, minutes),
  );
}

export function formatDate(iso: string, lang: Language): string {
  return new Intl.DateTimeFormat(locales[lang], { timeZone, day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(iso));
}
