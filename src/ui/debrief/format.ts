// Text helpers shared by the debrief screen and its Markdown export, so both say the same thing the same way.
import type { MetricChange } from '../../engine/play/report';
import type { Language, Outcome } from '../../engine/play/schema';

/** A translation function bound to the 'debrief' namespace and one language. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** Icons beside the outcome class, so the class never rests on colour alone. */
export const outcomeIcon: Record<Outcome, string> = { good: '✓', mixed: '◐', bad: '✕' };

export function changeText(t: Translate, c: MetricChange, lang: Language): string {
  return t(c.delta > 0 ? 'change.up' : 'change.down', {
    metric: c.label[lang],
    delta: c.delta > 0 ? c.delta : `−${-c.delta}`,
    value: c.after,
    judgement: t(c.better ? 'change.better' : 'change.worse'),
  });
}

/** A stage title in quotes, unless the title is itself a quotation (a headline such as "Your patients are …"). */
export function quoted(title: string, lang: Language): string {
  if (/^["“„'‘]/.test(title)) return title;
  return lang === 'nl' ? `„${title}”` : `“${title}”`;
}

/** A file name from the scenario id and the date played, e.g. "mini-2024-03-01". */
export function fileStem(scenarioId: string, iso: string | null): string {
  const day = (iso ?? new Date().toISOString()).slice(0, 10);
  return `${scenarioId}-${day}`;
}

export { download } from '../common/download';

/** A source address fit to be a link: http or https only (the schema refuses others; this guards older saves' scenarios). */
export function webAddress(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : null;
  } catch {
    return null;
  }
}
