// An ending's outcome class as a badge: a shape and a word, never colour alone.
import { useTranslation } from 'react-i18next';
import type { Outcome } from '../../engine/play/schema';

const shapes: Record<Outcome, string> = { good: '✓', mixed: '◐', bad: '✕' };

export function OutcomeBadge({ outcome }: { outcome: Outcome }) {
  const { t } = useTranslation('common');
  return (
    <span className={`badge badge-${outcome}`}>
      <span aria-hidden="true">{shapes[outcome]}</span> {t(`outcome.${outcome}`)}
    </span>
  );
}
