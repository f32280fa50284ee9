// How a rating on the four-point exercise scale reads on every screen and in every export: its icon (so it never
// rests on colour alone), its label and its count; an objective a session still under way has not reached yet reads
// "not rated yet" instead of "unable to be performed".
import type { Rating } from '../../../engine/play/report';

type Translate = (key: string, options?: Record<string, unknown>) => string;
type Rated = { rating: Rating; performed: number; opportunities: number; notYet: boolean };

export const ratingIcon: Record<Rating, string> = { performed: '●', some: '◕', major: '◔', not: '○' };

export const ratingIconOf = (r: Rated): string => (r.notYet ? '–' : ratingIcon[r.rating]);

/** The rating's class for styling: the rating, or `pending` when there is nothing to rate yet. */
export const ratingClass = (r: Rated): string => (r.notYet ? 'pending' : r.rating);

export function ratingLabel(r: Rated, t: Translate): string {
  return t(r.notYet ? 'objectives.notYet' : `objectives.${r.rating}`, { ns: 'debrief' });
}

export function ratingCount(r: Rated, t: Translate): string {
  return r.notYet
    ? t('objectives.notYetCount', { ns: 'debrief' })
    : t('objectives.count', { ns: 'debrief', performed: r.performed, opportunities: r.opportunities });
}
