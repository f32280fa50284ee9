// The inject feed: every message that has reached the played role, newest on top; the messages of earlier
// stages fold away under a disclosure so the decision stays in reach.
import { memo, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Scenario } from '../../engine/play/schema';
import type { InjectView } from '../../engine/play/view';
import { InjectItem } from '../common/InjectItem';

type InjectFeedProps = { injects: InjectView[]; scenario: Scenario; lang: Language };

/** The view is rebuilt on every event; the feed only redraws when a message arrived or moved to "earlier". */
function sameFeed(a: InjectFeedProps, b: InjectFeedProps): boolean {
  return (
    a.scenario === b.scenario &&
    a.lang === b.lang &&
    a.injects.length === b.injects.length &&
    a.injects.every((i, k) => {
      const n = b.injects[k];
      return n !== undefined && i.id === n.id && i.fresh === n.fresh && i.personal === n.personal;
    })
  );
}

export const InjectFeed = memo(function InjectFeed({ injects, scenario, lang }: InjectFeedProps) {
  const { t } = useTranslation('play');
  const fresh = injects.filter((i) => i.fresh);
  const earlier = injects.filter((i) => !i.fresh);
  // The earlier messages are folded away while there are new ones: they are built when the fold is opened, not on
  // every Continue (at a late stage they were most of the work between the key and the next stage on screen).
  const folded = fresh.length > 0;
  const [unfolded, setUnfolded] = useState(false);
  return (
    <section className="feed" aria-labelledby="feed-heading">
      <h2 id="feed-heading">
        {t('feed.heading')} <span className="count">({injects.length})</span>
      </h2>
      {injects.length === 0 && <p className="muted">{t('feed.empty')}</p>}
      {fresh.length > 0 && (
        <ol className="feed-list">
          {fresh.map((i) => (
            <li key={i.id}>
              <InjectItem inject={i} scenario={scenario} lang={lang} />
            </li>
          ))}
        </ol>
      )}
      {earlier.length > 0 && (
        <details className="feed-earlier" open={!folded} onToggle={(e) => setUnfolded(e.currentTarget.open)}>
          <summary className="feed-earlier-summary">{t('feed.earlier', { count: earlier.length })}</summary>
          {(!folded || unfolded) && (
            <ol className="feed-list">
              {earlier.map((i) => (
                <li key={i.id}>
                  <InjectItem inject={i} scenario={scenario} lang={lang} />
                </li>
              ))}
            </ol>
          )}
        </details>
      )}
    </section>
  );
}, sameFeed);

/**
 * Announces the messages that just arrived (politely), once per stage; older messages stay silent.
 * The text is set after mounting so screen readers notice the change, and only when `step` moves on.
 */
export function FeedAnnouncer({ injects, lang, active, step }: { injects: InjectView[]; lang: Language; active: boolean; step: number }) {
  const { t } = useTranslation('play');
  const [text, setText] = useState('');
  const latest = useRef({ injects, lang, t });
  latest.current = { injects, lang, t };
  // biome-ignore lint/correctness/useExhaustiveDependencies: `step` is the trigger: announce once per new stage, not on every render.
  useEffect(() => {
    if (!active) {
      setText('');
      return;
    }
    const { injects: all, lang: l, t: tr } = latest.current;
    const fresh = all.filter((i) => i.fresh);
    const list = fresh.map((i) => tr('feed.item', { kind: tr(`kinds.${i.kind}`), from: i.from[l], subject: i.subject[l] })).join('; ');
    setText(fresh.length > 0 ? tr('feed.announce', { count: fresh.length, list }) : '');
  }, [active, step]);
  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true">
      {text}
    </div>
  );
}
