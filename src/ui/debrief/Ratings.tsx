// Ratings that explain themselves: each objective on the four-point exercise scale with the decisions behind it, and
// an evaluator's override with its reason (a rating.override event in the log), shown beside the computed rating.
import { useId, useState } from 'react';
import { type ObjectiveResult, type Rating, type Report, ratings } from '../../engine/play/report';
import type { Language } from '../../engine/play/schema';
import { ratingClass, ratingCount, ratingIconOf, ratingLabel } from '../common/report/rating';
import type { Translate } from './format';

type Props = {
  report: Report;
  lang: Language;
  t: Translate;
  /** Records the override; a connected session answers when the server took it (false: refused). */
  onOverride?: (objectiveId: string, rating: Rating, reason: string) => boolean | Promise<boolean>;
};

function OverrideForm({
  objective,
  lang,
  t,
  onOverride,
}: {
  objective: ObjectiveResult;
  lang: Language;
  t: Translate;
  onOverride: NonNullable<Props['onOverride']>;
}) {
  const id = useId();
  const [rating, setRating] = useState<Rating>(objective.rating);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <details className="rating__override no-print">
      <summary>{t('ratings.override', { objective: objective.text[lang] })}</summary>
      <form
        onSubmit={async (e) => {
          e.preventDefault();
          if (!reason.trim()) return setError(t('ratings.reasonMissing'));
          setBusy(true);
          const taken = await onOverride(objective.id, rating, reason.trim());
          setBusy(false);
          if (taken) {
            setReason('');
            setError('');
          } else setError(t('ratings.refused'));
        }}
      >
        <label htmlFor={`${id}-rating`}>{t('ratings.newRating')}</label>
        <select id={`${id}-rating`} value={rating} onChange={(e) => setRating(e.target.value as Rating)}>
          {ratings.map((r) => (
            <option key={r} value={r}>
              {t(`objectives.${r}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-reason`}>{t('ratings.reason')}</label>
        <textarea id={`${id}-reason`} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} aria-invalid={error !== ''} />
        {error && (
          <p className="field__error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="button button-secondary" disabled={busy}>
          {t('ratings.save')}
        </button>
      </form>
    </details>
  );
}

export function Ratings({ report, lang, t, onOverride }: Props) {
  return (
    <>
      <ul className="objectives">
        {report.objectives.map((o) => (
          <li key={o.id} className={`objective objective--${ratingClass(o)}`}>
            <span className="objective__text">{o.text[lang]}</span>
            <span className="objective__rating">
              <span aria-hidden="true">{ratingIconOf(o)} </span>
              {ratingLabel(o, t)}
            </span>
            <span className="objective__count">{ratingCount(o, t)}</span>
            {o.override && (
              <p className="objective__override">
                {t('ratings.overridden', { computed: t(`objectives.${o.computed ?? o.rating}`), reason: o.override.reason })}
              </p>
            )}
            {o.reasons.length > 0 && (
              <ul className="objective__reasons" aria-label={t('ratings.reasons', { objective: o.text[lang] })}>
                {o.reasons.map((r) => (
                  <li key={r.seq}>
                    <span aria-hidden="true">{r.performed ? '✓ ' : '✗ '}</span>
                    {r.stage.title[lang]}: {r.timeout ? t('timeline.timeout') : (r.option?.label[lang] ?? '')} —{' '}
                    {t(r.performed ? 'ratings.performed' : 'ratings.missed')}
                  </li>
                ))}
              </ul>
            )}
            {onOverride && <OverrideForm objective={o} lang={lang} t={t} onOverride={onOverride} />}
          </li>
        ))}
      </ul>
      <p className="hint">{t('objectives.explain')}</p>
    </>
  );
}
