// An observer's screen during the hot wash: the objective the facilitator has put up, what the room has sent under
// it, and the same form the phones have, signed with the observer's own name. Evaluators are often the ones who
// noticed most, so they add their points where everyone else does instead of only in their own observations.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../engine/play/schema';
import type { PlayView } from '../../engine/play/view';
import type { ProposedEvent } from '../../net/protocol';
import { HotwashItemForm, HotwashItems, HotwashObjective } from '../common/session/Hotwash';

export function ObserverHotwash({
  view,
  lang,
  author,
  send,
}: {
  view: PlayView;
  lang: Language;
  author: string;
  send: (e: ProposedEvent) => Promise<boolean>;
}) {
  const { t } = useTranslation('hotwash');
  const focus = view.hotwash.focus;
  return (
    <section className="panel" aria-labelledby="hotwash-heading">
      {focus ? (
        <>
          <HotwashObjective focus={focus} lang={lang} headingId="hotwash-heading" level={1} />
          <HotwashItemForm level={2} onSend={(kind, text) => send({ type: 'hotwash.item', kind, text, author, objectiveId: focus.id })} />
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
