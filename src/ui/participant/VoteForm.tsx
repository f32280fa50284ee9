// A participant's vote: one option and how sure they are (1–5), changeable until the decision is locked. Shows
// whether the vote reached the server ("sent"), is waiting for the connection ("not sent yet"), or was refused.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../engine/play/schema';
import type { OptionView, PlayView } from '../../engine/play/view';
import type { Outgoing } from '../../net/client';
import { refusalText } from '../common/session/refusalText';

export type VoteFormProps = {
  view: PlayView;
  lang: Language;
  /** The vote submissions of this device in the open round, oldest first. */
  pending: readonly Outgoing[];
  onVote: (optionId: string, confidence: number) => void;
};

const levels = [1, 2, 3, 4, 5] as const;

export function VoteForm({ view, lang, pending, onVote }: VoteFormProps) {
  const { t } = useTranslation('facilitate');
  const id = useId();
  const [optionId, setOptionId] = useState<string | null>(view.myVote?.optionId ?? null);
  const [confidence, setConfidence] = useState<number>(view.myVote?.confidence ?? 3);
  const label = (o: OptionView | undefined, fallback: string) => o?.label[lang] ?? fallback;
  const latest = pending[pending.length - 1];
  const waiting = latest && (latest.status === 'queued' || latest.status === 'sent');
  const refused = latest?.status === 'refused' && latest.error ? refusalText(t, { ok: false, ...latest.error }) : null;
  const mine = view.myVote;
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (optionId) onVote(optionId, confidence);
  };
  return (
    <form className="panel vote" onSubmit={submit} aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('vote.heading')}</h2>
      <fieldset className="vote-options">
        <legend>{view.stage?.prompt[lang]}</legend>
        {view.options.map((o) => (
          <label key={o.id} className={o.available ? 'vote-option' : 'vote-option vote-option-off'}>
            <input
              type="radio"
              name={`${id}-option`}
              value={o.id}
              disabled={!o.available}
              checked={optionId === o.id}
              onChange={() => setOptionId(o.id)}
            />
            <span>
              {o.label[lang]}
              {!o.available && o.unavailable && <span className="muted small"> — {o.unavailable[lang]}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="confidence">
        <legend>{t('vote.confidence')}</legend>
        <div className="confidence-scale">
          {levels.map((n) => (
            <label key={n} className="confidence-level">
              <input
                type="radio"
                name={`${id}-confidence`}
                value={n}
                aria-label={`${n} – ${t(`vote.levels.${n}`)}`}
                checked={confidence === n}
                onChange={() => setConfidence(n)}
              />
              <span aria-hidden="true">{n}</span>
            </label>
          ))}
        </div>
        <p className="muted small confidence-ends" aria-hidden="true">
          <span>{t('vote.levels.1')}</span>
          <span>{t('vote.levels.5')}</span>
        </p>
      </fieldset>
      <button type="submit" className="button button-primary button-large" disabled={!optionId}>
        {mine ? t('vote.change') : t('vote.send')}
      </button>
      <p className="vote-status" role="status">
        {waiting
          ? t('vote.notSent')
          : refused
            ? t('vote.refused', { message: refused })
            : mine
              ? t('vote.sent', {
                  option: label(
                    view.options.find((o) => o.id === mine.optionId),
                    mine.optionId,
                  ),
                  confidence: mine.confidence,
                })
              : ''}
      </p>
    </form>
  );
}
