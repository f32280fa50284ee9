// The observer at /o/:id#k=…: what the facilitator sees, without the controls, and a form to record observations
// per learning objective (they go into the debrief). Observers' notes are for the facilitator's side only. After the
// end: the hot wash (following the facilitator, with points of their own) or the debrief, beside the observations;
// observers are the evaluators, so their debrief lets them override a rating with a reason.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../engine/play/schema';
import type { ConnectedState } from '../../store/connected';
import { InjectItem } from '../common/InjectItem';
import { Shell } from '../common/Shell';
import { type After, AfterSwitch } from '../common/session/AfterSwitch';
import { Gate } from '../common/session/Gate';
import { HotwashFollow } from '../common/session/Hotwash';
import { LastConsequence, OptionsOverview, ParticipantsPanel, PendingInjects, StageSummary } from '../common/session/Overview';
import { SessionBar } from '../common/session/SessionBar';
import { TallyBars } from '../common/session/TallyBars';
import type { SessionScreenProps } from '../common/session/types';
import { useConnection } from '../common/session/useConnection';
import { useFollowFork } from '../common/session/useFollowFork';
import { useSender, useSessionView } from '../common/session/useSession';
import { useLang } from '../common/useLang';
import { ObservationForm } from './ObservationForm';
import './observer.css';

export type ObserverScreenProps = SessionScreenProps & { sessionId: string; secret: string | null };

export function ObserverScreen({ sessionId, secret, loadScenario, renderDebrief }: ObserverScreenProps) {
  const connection = useConnection(sessionId, secret, loadScenario);
  if (connection.phase !== 'ready') return <Gate connection={connection} />;
  return <Observer scenario={connection.scenario} store={connection.store} renderDebrief={renderDebrief} />;
}

export function Observer({
  scenario,
  store,
  renderDebrief,
}: {
  scenario: Scenario;
  store: StoreApi<ConnectedState>;
  renderDebrief: SessionScreenProps['renderDebrief'];
}) {
  const { t } = useTranslation('facilitate');
  const lang = useLang();
  const { state, view } = useSessionView(store, scenario);
  useFollowFork(state.moved, (m) => `/o/${m.sessionId}#k=${m.secret}`);
  const sender = useSender();
  const [author, setAuthor] = useState('');
  const [after, setAfter] = useState<After>('hotwash');
  const online = useMemo(() => new Set(state.presence?.participants ?? []), [state.presence]);
  if (!view || !state.live) return <Gate connection={{ phase: 'connecting' }} />;
  const session = state.live.session;
  const observations = session.events.flatMap((e) => (e.type === 'observation.add' ? [e] : []));
  const signed = author.trim() || t('observe.anonymous');
  const objective = (id: string) => scenario.objectives.find((o) => o.id === id)?.text[lang] ?? id;
  const observe = (
    <section className="panel" aria-labelledby="observe-heading">
      <h2 id="observe-heading">{t('observe.heading')}</h2>
      <div className="form-row">
        <label htmlFor="observer-name">{t('observe.name')}</label>
        <input id="observer-name" value={author} maxLength={80} onChange={(e) => setAuthor(e.target.value)} />
      </div>
      {sender.problem && (
        <p className="notice notice-error" role="alert">
          {sender.problem}
        </p>
      )}
      <ObservationForm
        scenario={scenario}
        lang={lang}
        onAdd={(objectiveId, text) => sender.run(state.send({ type: 'observation.add', objectiveId, text, author: signed }))}
      />
      <ul className="plain-list notes">
        {[...observations].reverse().map((o) => (
          <li key={o.seq}>
            <span className="muted small">
              {objective(o.objectiveId)} · {o.author}
            </span>
            <p>{o.text}</p>
          </li>
        ))}
      </ul>
    </section>
  );
  if (view.ended)
    return (
      <Shell>
        {after === 'hotwash' ? (
          <div className="page page-wide">
            <AfterSwitch after={after} onChange={setAfter} />
            <div className="console-grid">
              <div className="console-main">
                <HotwashFollow view={view} lang={lang} author={signed} send={(e) => sender.run(state.send(e))} />
              </div>
              <div className="console-side">{observe}</div>
            </div>
          </div>
        ) : (
          <>
            <div className="page page-wide">
              <AfterSwitch after={after} onChange={setAfter} />
              {observe}
            </div>
            {renderDebrief({
              scenario,
              session,
              lang,
              audience: 'observer',
              onHome: () => window.location.assign('/'),
              // Observers are the evaluators: they override a rating with a reason, as the facilitator does.
              onOverride: (objectiveId, rating, reason) =>
                sender.run(state.command({ type: 'rating.override', objectiveId, rating, reason })),
            })}
          </>
        )}
      </Shell>
    );
  return (
    <Shell banner={<SessionBar scenario={scenario} view={view} lang={lang} state={state} title={t('observe.title')} />}>
      <div className="page page-wide console">
        <h1 className="sr-only">{t('observe.pageHeading', { title: scenario.title[lang] })}</h1>
        <div className="console-grid">
          <div className="console-main">
            {view.tally && (
              <section className="panel">
                <TallyBars tally={view.tally} options={view.options} lang={lang} headingLevel={2} />
              </section>
            )}
            <LastConsequence view={view} scenario={scenario} lang={lang} />
            <StageSummary view={view} scenario={scenario} lang={lang} />
            <OptionsOverview view={view} scenario={scenario} lang={lang} />
            <PendingInjects pending={view.pending} lang={lang} />
            <section className="panel" aria-labelledby="feed-all-heading">
              <h2 id="feed-all-heading">{t('feed.heading')}</h2>
              <ol className="feed-list">
                {view.injects.map((i) => (
                  <li key={i.id}>
                    <InjectItem inject={i} scenario={scenario} lang={lang} />
                  </li>
                ))}
              </ol>
            </section>
          </div>
          <div className="console-side">
            {observe}
            <ParticipantsPanel view={view} scenario={scenario} lang={lang} online={online} />
          </div>
        </div>
      </div>
    </Shell>
  );
}
