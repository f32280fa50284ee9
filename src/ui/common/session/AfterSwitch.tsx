// After a facilitated session: the hot wash (with the feedback form on a phone), the debrief, or (for the facilitator)
// the after-action report, one at a time.
import { useTranslation } from 'react-i18next';

export type After = 'hotwash' | 'debrief' | 'report';

const labels: Record<After, string> = { hotwash: 'hotwash.showHotwash', debrief: 'hotwash.showDebrief', report: 'hotwash.showReport' };

/** After the end: the hot wash or the debrief, one at a time (a toggle pair, so the choice is announced). */
export function AfterSwitch({
  after,
  onChange,
  modes = ['hotwash', 'debrief'],
}: {
  after: After;
  onChange: (a: After) => void;
  modes?: readonly After[];
}) {
  const { t } = useTranslation('hotwash');
  return (
    // biome-ignore lint/a11y/useSemanticElements: a pair of toggle buttons, not a form field set.
    <div className="control-row hotwash-mode" role="group" aria-label={t('hotwash.mode')}>
      {modes.map((a) => (
        <button
          key={a}
          type="button"
          className={a === after ? 'button button-primary' : 'button button-secondary'}
          aria-pressed={a === after}
          onClick={() => onChange(a)}
        >
          {t(labels[a])}
        </button>
      ))}
    </div>
  );
}
