// Small formatters for the dashboard: real minutes as "12 min" / "1 h 05 min", rates with one decimal in the
// page's language, and a pace ratio as behind / on pace / ahead.
import type { TFunction } from 'i18next';
import type { Language } from '../../engine/play/schema';

export function minutesText(t: TFunction<'course'>, minutes: number): string {
  const m = Math.floor(minutes);
  if (m < 60) return t('time.minutes', { count: m });
  return t('time.hours', { h: Math.floor(m / 60), m: String(m % 60).padStart(2, '0') });
}

const rates = new Map<Language, Intl.NumberFormat>();
export function rateText(lang: Language, v: number): string {
  let f = rates.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
    rates.set(lang, f);
  }
  return f.format(v);
}

/** Within a fifth of the expected pace counts as on pace. */
export const paceWord = (ratio: number): 'behind' | 'even' | 'ahead' => (ratio < 0.8 ? 'behind' : ratio > 1.25 ? 'ahead' : 'even');
