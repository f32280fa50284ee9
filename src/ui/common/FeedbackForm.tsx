// The feedback form exercise programmes use after an exercise: the respondent's role, their top three strengths and
// top three areas for improvement, four 1–5 statements as radio groups, and free remarks. Shown on a participant's
// phone after the end and on the solo debrief; a resend replaces the earlier answer, so the form starts from it.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FeedbackAnswer, type FeedbackEntry, type FeedbackStatement, feedbackStatements } from '../../engine/play/feedback';
import type { Language } from '../../engine/play/schema';
import './feedback.css';

const three = (list: readonly string[] | undefined) => [0, 1, 2].map((i) => list?.[i] ?? '');
const levels = [1, 2, 3, 4, 5] as const;

export type FeedbackFormProps = {
  /** The earlier answer of this respondent, if any. */
  previous: FeedbackEntry | null;
  /** The role to suggest when there is no earlier answer. */
  role: string;
  onSend: (answer: FeedbackAnswer) => Promise<boolean> | boolean;
  /** 0: no heading of its own (the section around it has one); the form is then named by the same words. */
  headingLevel?: 0 | 2 | 3;
  /** The language of the page around it (the debrief can be shown in a language other than the app's). */
  lang?: Language;
};

export function FeedbackForm({ previous, role: suggested, onSend, headingLevel = 2, lang }: FeedbackFormProps) {
  const { t } = useTranslation('hotwash', lang ? { lng: lang } : {});
  const id = useId();
  const [role, setRole] = useState(previous?.role ?? suggested);
  const [strengths, setStrengths] = useState(() => three(previous?.strengths));
  const [improvements, setImprovements] = useState(() => three(previous?.improvements));
  const [statements, setStatements] = useState<Partial<Record<FeedbackStatement, number>>>(previous?.statements ?? {});
  const [text, setText] = useState(previous?.text ?? '');
  const [status, setStatus] = useState<'idle' | 'sent' | 'empty' | 'failed'>('idle');
  const H = headingLevel === 3 ? 'h3' : 'h2';

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const answer: FeedbackAnswer = {
      ...(role.trim() ? { role: role.trim() } : {}),
      strengths: strengths.map((x) => x.trim()).filter(Boolean),
      improvements: improvements.map((x) => x.trim()).filter(Boolean),
      statements,
      ...(text.trim() ? { text: text.trim() } : {}),
    };
    if (!answer.strengths.length && !answer.improvements.length && !Object.keys(statements).length && !answer.text) {
      setStatus('empty');
      return;
    }
    setStatus((await onSend(answer)) ? 'sent' : 'failed');
  };

  const list = (what: 'strengths' | 'improvements', values: string[], set: (v: string[]) => void) => (
    <fieldset className="feedback-list">
      <legend>{t(`feedback.${what}`)}</legend>
      {values.map((v, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: three fixed places, never reordered.
        <div className="feedback-line" key={i}>
          <label htmlFor={`${id}-${what}-${i}`}>
            <span aria-hidden="true">{t('feedback.item', { n: i + 1 })}</span>
            <span className="sr-only">{t('feedback.itemLabel', { what: t(`feedback.${what}`), n: i + 1 })}</span>
          </label>
          <input
            id={`${id}-${what}-${i}`}
            type="text"
            maxLength={500}
            value={v}
            onChange={(e) => set(values.map((x, j) => (j === i ? e.target.value : x)))}
          />
        </div>
      ))}
    </fieldset>
  );

  return (
    <form
      className="panel feedback-form"
      {...(headingLevel ? { 'aria-labelledby': `${id}-heading` } : { 'aria-label': t('feedback.heading') })}
      onSubmit={submit}
    >
      {headingLevel !== 0 && <H id={`${id}-heading`}>{t('feedback.heading')}</H>}
      <p className="muted">{previous ? t('feedback.sentBefore') : t('feedback.intro')}</p>
      <label htmlFor={`${id}-role`}>{t('feedback.role')}</label>
      <input id={`${id}-role`} type="text" maxLength={120} value={role} onChange={(e) => setRole(e.target.value)} />
      {list('strengths', strengths, setStrengths)}
      {list('improvements', improvements, setImprovements)}
      <fieldset className="feedback-statements">
        <legend>{t('feedback.statementsLegend')}</legend>
        {feedbackStatements.map((s) => (
          <fieldset key={s} className="feedback-statement">
            <legend>{t(`feedback.statements.${s}`)}</legend>
            <div className="feedback-scale">
              {levels.map((n) => (
                <label key={n} title={t(`feedback.levels.${n}`)}>
                  <input
                    type="radio"
                    name={`${id}-${s}`}
                    value={n}
                    checked={statements[s] === n}
                    onChange={() => setStatements({ ...statements, [s]: n })}
                  />
                  <span>{n}</span>
                  <span className="sr-only"> – {t(`feedback.levels.${n}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
      </fieldset>
      <label htmlFor={`${id}-text`}>{t('feedback.remarks')}</label>
      <textarea id={`${id}-text`} rows={3} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="button button-primary">
        {previous || status === 'sent' ? t('feedback.resend') : t('feedback.send')}
      </button>
      <p role="status" className={status === 'empty' || status === 'failed' ? 'feedback-problem' : 'muted'}>
        {status === 'sent' ? t('feedback.sent') : status === 'empty' ? t('feedback.empty') : ''}
      </p>
    </form>
  );
}
