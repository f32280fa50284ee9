// The tally of the open decision: votes per option as text and a bar, with the mean confidence (1–5).
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../engine/play/schema';
import type { OptionView, TallyView } from '../../../engine/play/view';
import './session.css';

export function TallyBars({
  tally,
  options,
  lang,
  headingLevel = 3,
}: {
  tally: TallyView;
  options: OptionView[];
  lang: Language;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('facilitate');
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const max = Math.max(1, ...tally.options.map((o) => o.votes));
  const label = (id: string) => options.find((o) => o.id === id)?.label[lang] ?? id;
  return (
    <section className="tally" aria-labelledby="tally-heading">
      <H id="tally-heading">
        {t('tally.heading')} <span className="muted">{t('tally.total', { count: tally.total })}</span>
      </H>
      <ul className="tally-list">
        {tally.options.map((o) => (
          <li key={o.optionId} className={tally.leader === o.optionId ? 'tally-item tally-leader' : 'tally-item'}>
            <span className="tally-label">{label(o.optionId)}</span>
            <span className="tally-bar" aria-hidden="true">
              <span className="tally-fill" style={{ width: `${(o.votes / max) * 100}%` }} />
            </span>
            <span className="tally-count">
              {t('tally.votes', { count: o.votes })}
              {o.meanConfidence !== null && ` · ${t('tally.confidence', { value: o.meanConfidence.toFixed(1) })}`}
            </span>
          </li>
        ))}
      </ul>
      {tally.total > 0 && tally.meanConfidence !== null && (
        <p className="muted">{t('tally.mean', { value: tally.meanConfidence.toFixed(1) })}</p>
      )}
      {tally.total > 0 && tally.leader === null && <p className="muted">{t('tally.tie')}</p>}
    </section>
  );
}
