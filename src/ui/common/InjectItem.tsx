// One message in the feed, shaped like the real thing: a news item, an e-mail, a phone call, a chat, a ticket,
// a social post, an advisory or a memo. Each kind has its own label, pictogram and layout, not only a colour.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock } from '../../engine/play/clock';
import type { Language, Scenario } from '../../engine/play/schema';
import type { InjectView } from '../../engine/play/view';
import { InjectIcon } from './InjectIcon';
import './inject.css';

function Sender({ label, name }: { label: string; name: string }) {
  return (
    <p className="inject-from">
      <span className="inject-from-label">{label}:</span> {name}
    </p>
  );
}

type InjectItemProps = { inject: InjectView; scenario: Scenario; lang: Language };

/** Views are rebuilt on every event; a message already in a feed only redraws when what it shows changed. */
function sameInject(a: InjectItemProps, b: InjectItemProps): boolean {
  const [x, y, l] = [a.inject, b.inject, a.lang];
  return (
    a.scenario === b.scenario &&
    l === b.lang &&
    x.id === y.id &&
    x.fresh === y.fresh &&
    x.personal === y.personal &&
    x.clock === y.clock &&
    x.kind === y.kind &&
    x.subject[l] === y.subject[l] &&
    x.body[l] === y.body[l] &&
    x.from[l] === y.from[l] &&
    x.to?.[l] === y.to?.[l]
  );
}

export const InjectItem = memo(function InjectItem({ inject, scenario, lang }: InjectItemProps) {
  const { t } = useTranslation('play');
  const from = inject.from[lang];
  const headingId = `inject-${inject.id.replace(/[^a-z0-9_-]/gi, '-')}`;
  const body = <p className="inject-body">{inject.body[lang]}</p>;
  const subject = (
    <h3 className="inject-subject" id={headingId}>
      {inject.subject[lang]}
    </h3>
  );
  let content: React.ReactNode;
  switch (inject.kind) {
    case 'news':
      content = (
        <>
          <p className="inject-outlet">{from}</p>
          {subject}
          {body}
        </>
      );
      break;
    case 'email':
      content = (
        <>
          <Sender label={t('feed.from')} name={from} />
          <h3 className="inject-subject" id={headingId}>
            <span className="inject-from-label">{t('feed.subject')}:</span> {inject.subject[lang]}
          </h3>
          {body}
        </>
      );
      break;
    case 'phone':
      content = (
        <>
          <Sender label={t('feed.caller')} name={from} />
          {subject}
          <blockquote className="inject-body inject-transcript">{inject.body[lang]}</blockquote>
        </>
      );
      break;
    case 'social':
      content = (
        <>
          <p className="inject-handle">
            <span className="inject-avatar" aria-hidden="true">
              {from.slice(0, 1).toUpperCase()}
            </span>
            {from}
          </p>
          {subject}
          {body}
        </>
      );
      break;
    default:
      content = (
        <>
          <Sender label={t('feed.from')} name={from} />
          {subject}
          {body}
        </>
      );
  }
  return (
    <article className={`inject inject-${inject.kind}${inject.fresh ? ' inject-fresh' : ''}`} aria-labelledby={headingId}>
      <div className="inject-head">
        <span className="inject-kind">
          <InjectIcon kind={inject.kind} />
          {t(`kinds.${inject.kind}`)}
        </span>
        {inject.fresh && <span className="badge badge-new">{t('feed.fresh')}</span>}
        {inject.personal && <span className="badge badge-neutral">{t('feed.personal')}</span>}
        {!inject.personal && inject.to && <span className="badge badge-neutral badge-wrap">{t('feed.to', { role: inject.to[lang] })}</span>}
        <time className="inject-time">{formatClock(scenario, inject.clock, lang)}</time>
      </div>
      <div className="inject-content">{content}</div>
    </article>
  );
}, sameInject);
