// The hot wash's shared parts: the objective that is up (with its place in the list), the strengths and areas for
// improvement collected under it, and the short form a participant (or the facilitator) sends a point with; and
// the view a phone or an observer follows the facilitator with.
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HotwashKind } from '../../../engine/play/events';
import type { Language } from '../../../engine/play/schema';
import type { HotwashItemView, HotwashView, PlayView } from '../../../engine/play/view';
import type { ProposedEvent } from '../../../net/protocol';
import './hotwash.css';

export function HotwashObjective({
  focus,
  lang,
  headingId,
  level = 2,
}: {
  focus: NonNullable<HotwashView['focus']>;
  lang: Language;
  headingId: string;
  level?: 1 | 2 | 3;
}) {
  const { t } = useTranslation('hotwash');
  const H = `h${level}` as 'h2';
  return (
    <>
      <p className="eyebrow">{t('hotwash.objective', { n: focus.index + 1, total: focus.total })}</p>
      <H id={headingId} className="hotwash-objective">
        {focus.text[lang]}
      </H>
    </>
  );
}

/** The items under one objective (null: those sent without one), strengths beside improvements. */
export function HotwashItems({
  items,
  objectiveId,
  action,
  level = 3,
}: {
  items: readonly HotwashItemView[];
  objectiveId: string | null;
  action?: (item: HotwashItemView, siblings: HotwashItemView[]) => ReactNode;
  level?: 2 | 3 | 4;
}) {
  const { t } = useTranslation('hotwash');
  const id = useId();
  const H = `h${level}` as 'h3';
  const mine = items.filter((i) => i.objectiveId === objectiveId);
  const column = (kind: HotwashKind) => {
    const list = mine.filter((i) => i.kind === kind);
    const heading = `${id}-${kind}`;
    return (
      <section className={`hotwash-column hotwash-${kind}`} aria-labelledby={heading}>
        <H id={heading}>
          {t(kind === 'strength' ? 'hotwash.strengths' : 'hotwash.improvements')} <span className="muted">({list.length})</span>
        </H>
        {list.length === 0 ? (
          <p className="muted">{t('hotwash.none')}</p>
        ) : (
          <ul className="hotwash-list">
            {list.map((i) => (
              <li key={i.seq}>
                <span className="hotwash-text">{i.text}</span>
                {i.merged > 0 && <span className="muted"> {t('hotwash.merged', { count: i.merged })}</span>}
                {i.author && <span className="hotwash-author"> — {i.author}</span>}
                {action?.(i, list)}
              </li>
            ))}
          </ul>
        )}
      </section>
    );
  };
  return (
    <div className="hotwash-columns">
      {column('strength')}
      {column('improvement')}
    </div>
  );
}

export function HotwashItemForm({
  onSend,
  level = 3,
}: {
  onSend: (kind: HotwashKind, text: string) => Promise<boolean>;
  level?: 2 | 3 | 4;
}) {
  const { t } = useTranslation('hotwash');
  const H = `h${level}` as 'h3';
  const id = useId();
  const [kind, setKind] = useState<HotwashKind>('strength');
  const [text, setText] = useState('');
  const [sent, setSent] = useState('');
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    const value = text.trim();
    if (!value) return;
    if (await onSend(kind, value)) {
      setText('');
      setSent(value);
    }
  };
  return (
    <form className="hotwash-form" aria-labelledby={`${id}-heading`} onSubmit={submit}>
      <H id={`${id}-heading`}>{t('hotwash.add.heading')}</H>
      <fieldset className="inline-choices">
        <legend>{t('hotwash.add.kind')}</legend>
        {(['strength', 'improvement'] as const).map((k) => (
          <label key={k}>
            <input type="radio" name={`${id}-kind`} checked={kind === k} onChange={() => setKind(k)} /> {t(`hotwash.add.${k}`)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-text`}>{t('hotwash.add.text')}</label>
      <textarea id={`${id}-text`} rows={2} maxLength={2000} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="button button-primary" disabled={!text.trim()}>
        {t('hotwash.add.send')}
      </button>
      <p role="status" className="muted small">
        {sent ? t('hotwash.add.sent', { text: sent }) : ''}
      </p>
    </form>
  );
}

/** The objective the facilitator has put up, the form, and what the room has sent; before that, a waiting line. */
export function HotwashFollow({
  view,
  lang,
  author,
  send,
}: {
  view: PlayView;
  lang: Language;
  /** The name a point is signed with; left out, the server signs it (a participant's own name). */
  author?: string;
  send: (e: ProposedEvent) => Promise<boolean>;
}) {
  const { t } = useTranslation('hotwash');
  const focus = view.hotwash.focus;
  return (
    <section className="panel" aria-labelledby="hotwash-heading">
      {focus ? (
        <>
          <HotwashObjective focus={focus} lang={lang} headingId="hotwash-heading" level={1} />
          <HotwashItemForm
            level={2}
            onSend={(kind, text) => send({ type: 'hotwash.item', kind, text, ...(author ? { author } : {}), objectiveId: focus.id })}
          />
          <HotwashItems items={view.hotwash.items} objectiveId={focus.id} level={2} />
        </>
      ) : (
        <>
          <h1 id="hotwash-heading">{t('hotwash.heading')}</h1>
          <p role="status">{t('hotwash.waiting')}</p>
          <HotwashItems items={view.hotwash.items} objectiveId={null} level={2} />
        </>
      )}
    </section>
  );
}
