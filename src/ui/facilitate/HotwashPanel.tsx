// The console's hot wash after the session: the facilitator walks the scenario's objectives one by one (previous,
// next, or straight to one), and every screen follows the objective put up; the items the room sends come in under
// it, the facilitator adds their own and removes or merges duplicates.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Scenario } from '../../engine/play/schema';
import type { HotwashItemView, PlayView } from '../../engine/play/view';
import type { ProposedEvent } from '../../net/protocol';
import { HotwashItemForm, HotwashItems, HotwashObjective } from '../common/session/Hotwash';

export type HotwashPanelProps = {
  view: PlayView;
  scenario: Scenario;
  lang: Language;
  send: (e: ProposedEvent) => Promise<boolean>;
  author: string;
};

export function HotwashPanel({ view, scenario, lang, send, author }: HotwashPanelProps) {
  const { t } = useTranslation('hotwash');
  const id = useId();
  const { focus, items } = view.hotwash;
  const objectives = scenario.objectives;
  const go = (objectiveId: string | undefined) => void send({ type: 'hotwash.focus', ...(objectiveId ? { objectiveId } : {}) });
  const actions = (item: HotwashItemView, siblings: HotwashItemView[]) => {
    const others = siblings.filter((x) => x.seq !== item.seq);
    return (
      <span className="hotwash-item-actions">
        <button
          type="button"
          className="button button-secondary small-button"
          aria-label={t('hotwash.remove', { text: item.text })}
          onClick={() => void send({ type: 'hotwash.drop', item: item.seq })}
        >
          {t('hotwash.removeShort')}
        </button>
        {others.length > 0 && (
          <select
            aria-label={t('hotwash.mergeLabel', { text: item.text })}
            value=""
            onChange={(e) => {
              if (e.target.value) void send({ type: 'hotwash.drop', item: item.seq, into: Number(e.target.value) });
            }}
          >
            <option value="">{t('hotwash.mergeInto')}</option>
            {others.map((o) => (
              <option key={o.seq} value={o.seq}>
                {o.text.length > 60 ? `${o.text.slice(0, 57)}…` : o.text}
              </option>
            ))}
          </select>
        )}
      </span>
    );
  };
  const general = items.some((i) => i.objectiveId === null);
  return (
    <section className="panel hotwash-panel" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('hotwash.heading')}</h2>
      <p className="muted">{t('hotwash.intro')}</p>
      <div className="hotwash-nav">
        {focus ? (
          <>
            <button
              type="button"
              className="button button-secondary"
              disabled={focus.index === 0}
              onClick={() => go(objectives[focus.index - 1]?.id)}
            >
              {t('hotwash.previous')}
            </button>
            <button
              type="button"
              className="button button-primary"
              disabled={focus.index >= focus.total - 1}
              onClick={() => go(objectives[focus.index + 1]?.id)}
            >
              {t('hotwash.next')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => go(undefined)}>
              {t('hotwash.close')}
            </button>
          </>
        ) : (
          <button type="button" className="button button-primary" onClick={() => go(objectives[0]?.id)}>
            {t('hotwash.begin')}
          </button>
        )}
      </div>
      <nav aria-label={t('hotwash.list')}>
        <ol className="hotwash-objectives">
          {objectives.map((o) => (
            <li key={o.id}>
              <button type="button" className="link-button" aria-current={focus?.id === o.id ? 'step' : undefined} onClick={() => go(o.id)}>
                {o.text[lang]} <span className="muted">({items.filter((i) => i.objectiveId === o.id).length})</span>
              </button>
            </li>
          ))}
        </ol>
      </nav>
      {focus && (
        <div className="hotwash-current">
          <HotwashObjective focus={focus} lang={lang} headingId={`${id}-objective`} level={3} />
          <HotwashItems items={items} objectiveId={focus.id} action={actions} level={4} />
          <HotwashItemForm level={4} onSend={(kind, text) => send({ type: 'hotwash.item', kind, text, author, objectiveId: focus.id })} />
        </div>
      )}
      {general && (
        <>
          <h3>{t('hotwash.general')}</h3>
          <HotwashItems items={items} objectiveId={null} action={actions} level={4} />
        </>
      )}
    </section>
  );
}
