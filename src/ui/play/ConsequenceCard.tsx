// After every choice or timeout: what was chosen, what happened, how the scores moved, and any delayed
// consequence of an earlier choice with its cause. It takes focus; Continue moves on to the next stage.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../engine/play/clock';
import type { Language, Scenario } from '../../engine/play/schema';
import type { ConsequenceView, MetricChange } from '../../engine/play/view';
import { Icon } from '../common/Icon';
import { useFocusOnMount } from '../common/useFocusOnMount';
import { arrow, signed } from './MetricsPanel';

function Changes({ changes, lang }: { changes: MetricChange[]; lang: Language }) {
  const { t } = useTranslation('play');
  if (changes.length === 0) return <p className="muted">{t('consequence.none')}</p>;
  return (
    <ul className="changes">
      {changes.map((c) => (
        <li key={c.metricId} className={c.better ? 'change change-better' : 'change change-worse'}>
          <span aria-hidden="true">{arrow(c.delta)} </span>
          {t('consequence.change', {
            label: c.label[lang],
            delta: signed(c.delta),
            verdict: t(c.better ? 'metrics.better' : 'metrics.worse'),
          })}
        </li>
      ))}
    </ul>
  );
}

export type ConsequenceCardProps = {
  consequence: ConsequenceView;
  scenario: Scenario;
  lang: Language;
  ended: boolean;
  canUndo: boolean;
  onContinue: () => void;
  onUndo: () => void;
};

export function ConsequenceCard({ consequence: c, scenario, lang, ended, canUndo, onContinue, onUndo }: ConsequenceCardProps) {
  const { t } = useTranslation('play');
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading);
  return (
    <section className="consequence" aria-labelledby="consequence-heading">
      <h1 id="consequence-heading" ref={heading} tabIndex={-1}>
        {t(c.kind === 'timeout' ? 'consequence.headingTimeout' : 'consequence.heading')}
      </h1>
      <p className="consequence-choice">
        {t(c.kind === 'timeout' ? 'consequence.timeout' : 'consequence.chose', { option: c.optionLabel[lang] })}
      </p>
      <p className="muted">{t('consequence.at', { time: formatClock(scenario, c.clock, lang), stage: c.stageTitle[lang] })}</p>
      <p className="consequence-text">{c.text[lang]}</p>
      <h2>{t('consequence.changes')}</h2>
      <Changes changes={c.changes} lang={lang} />
      {c.delayed.length > 0 && (
        <section className="delayed" aria-labelledby="delayed-heading">
          <h2 id="delayed-heading">
            <Icon name="repeat" />
            {t('consequence.delayed', { count: c.delayed.length })}
          </h2>
          <ul className="delayed-list">
            {c.delayed.map((d) => (
              <li key={d.id}>
                <p className="consequence-text">{d.text[lang]}</p>
                {d.causes.map((cause) => (
                  <p className="cause" key={`${cause.stageId}/${cause.optionId ?? ''}`}>
                    {cause.optionLabel
                      ? t('consequence.because', { when: formatClock(scenario, cause.clock, lang), option: cause.optionLabel[lang] })
                      : t('consequence.becauseStage', { when: formatClock(scenario, cause.clock, lang), stage: cause.stageTitle[lang] })}
                  </p>
                ))}
                <Changes changes={d.changes} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="actions">
        <button type="button" className="button button-primary button-large" onClick={onContinue}>
          {ended ? t('consequence.toDebrief') : t('consequence.continue')}
          <span aria-hidden="true"> →</span>
        </button>
        {canUndo && (
          <button type="button" className="button button-secondary" onClick={onUndo}>
            <span aria-hidden="true">↶ </span>
            {t('consequence.undo')}
          </button>
        )}
      </div>
    </section>
  );
}
