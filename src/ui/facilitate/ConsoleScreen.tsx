// The facilitator's console at /f/:id#k=…: everything about the session (stage, clock, situation, every inject and
// who got it, facilitator injects to release, the options and what each does, what really happened, the people and
// their connection, the live tally, notes) with the controls beside it. At the end it shows the debrief.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../engine/play/schema';
import type { OptionView } from '../../engine/play/view';
import { forkRoom } from '../../net/api';
import { type ConsoleKeys, consoleHash } from '../../net/links';
import type { ProposedEvent } from '../../net/protocol';
import type { ConnectedState } from '../../store/connected';
import { keepConsoleLink } from '../../store/facilitated';
import { ExerciseDocButtons } from '../common/ExerciseDocs';
import { InjectItem } from '../common/InjectItem';
import { Shell } from '../common/Shell';
import { type After, AfterSwitch } from '../common/session/AfterSwitch';
import { ForkNotice } from '../common/session/ForkNotice';
import { Gate } from '../common/session/Gate';
import { NoteForm } from '../common/session/NoteForm';
import { LastConsequence, NotesList, OptionsOverview, ParticipantsPanel, PendingInjects, StageSummary } from '../common/session/Overview';
import { SessionBar } from '../common/session/SessionBar';
import { TallyBars } from '../common/session/TallyBars';
import type { SessionScreenProps } from '../common/session/types';
import { useConnection } from '../common/session/useConnection';
import { useFollowFork } from '../common/session/useFollowFork';
import { useSender, useSessionView } from '../common/session/useSession';
import { useLang } from '../common/useLang';
import { Controls } from './Controls';
import { HotwashPanel } from './HotwashPanel';
import { InvitePanel } from './InvitePanel';
import { lockOffer } from './lockRule';
import { SessionReport } from './SessionReport';
import './facilitate.css';
import { apiProblem } from '../common/session/refusalText';

export type ConsoleScreenProps = SessionScreenProps & { sessionId: string; keys: ConsoleKeys | null };

export function ConsoleScreen({ sessionId, keys, loadScenario, renderDebrief }: ConsoleScreenProps) {
  const connection = useConnection(sessionId, keys?.facilitator ?? null, loadScenario);
  if (connection.phase !== 'ready' || !keys)
    return <Gate connection={connection.phase === 'ready' ? { phase: 'connecting' } : connection} />;
  return (
    <Console sessionId={sessionId} keys={keys} scenario={connection.scenario} store={connection.store} renderDebrief={renderDebrief} />
  );
}

export function Console({
  sessionId,
  keys,
  scenario,
  store,
  renderDebrief,
}: {
  sessionId: string;
  keys: ConsoleKeys;
  scenario: Scenario;
  store: StoreApi<ConnectedState>;
  renderDebrief: SessionScreenProps['renderDebrief'];
}) {
  const { t } = useTranslation('facilitate');
  const lang = useLang();
  const { state, view } = useSessionView(store, scenario);
  const sender = useSender();
  const online = useMemo(() => new Set(state.presence?.participants ?? []), [state.presence]);
  const [after, setAfter] = useState<After>('hotwash');
  const [forkProblem, setForkProblem] = useState<string | null>(null);
  useFollowFork(state.moved, (m) => {
    const link = `/f/${m.sessionId}${consoleHash({ facilitator: m.secret, projector: m.keys?.projector ?? '', observer: m.keys?.observer ?? '' })}`;
    keepConsoleLink(m.sessionId, link);
    return link;
  });
  if (!view || !state.live) return <Gate connection={{ phase: 'connecting' }} />;
  const session = state.live.session;
  if (view.ended) {
    // The room follows when the server says where the fork is (every screen hears it, this one included).
    const onFork = (seq: number, optionId: string) => {
      setForkProblem(null);
      void forkRoom(sessionId, keys.facilitator, { seq, optionId }).then((r) => {
        if (!r.ok) setForkProblem(apiProblem(t, r));
      });
      return true;
    };
    return (
      <Shell banner={<SessionBar scenario={scenario} view={view} lang={lang} state={state} title={t('console.title')} />}>
        <div className="page page-wide console">
          <AfterSwitch after={after} onChange={setAfter} modes={['hotwash', 'debrief', 'report']} />
          {sender.problem && (
            <p className="notice notice-error" role="alert">
              {t('console.refused', { message: sender.problem })}
            </p>
          )}
          {forkProblem && (
            <p className="notice notice-error" role="alert">
              {t('fork.failed', { message: forkProblem })}
            </p>
          )}
          {after === 'hotwash' ? (
            <>
              <h1 className="sr-only">{t('console.heading', { title: scenario.title[lang] })}</h1>
              <HotwashPanel
                view={view}
                scenario={scenario}
                lang={lang}
                author={t('notes.facilitatorName')}
                send={(e) => sender.run(state.send(e))}
              />
            </>
          ) : after === 'report' ? (
            <SessionReport
              scenario={scenario}
              session={session}
              sessionId={sessionId}
              lang={lang}
              send={(e) => void sender.run(state.send(e))}
            />
          ) : (
            renderDebrief({
              scenario,
              session,
              lang,
              audience: 'facilitator',
              onHome: () => window.location.assign('/'),
              onFork,
              // A rating override is a facilitator command: stamped with the seq this screen saw, refused if stale.
              onOverride: (objectiveId, rating, reason) =>
                sender.run(state.command({ type: 'rating.override', objectiveId, rating, reason })),
            })
          )}
        </div>
      </Shell>
    );
  }

  const command = (e: ProposedEvent) => sender.run(state.command(e));
  const offer = lockOffer(view, session.decisionMode, session.decidingRole);
  const lockButton = (o: OptionView) => {
    if (!view.deciding || !o.available) return null;
    if (offer.kind === 'any')
      return (
        <button
          type="button"
          className="button button-secondary small-button"
          onClick={() => void command({ type: 'decision.lock', optionId: o.id, basis: 'facilitator' })}
        >
          {t('lock.this', { option: o.label[lang] })}
        </button>
      );
    return null;
  };
  const chosenLabel = offer.kind === 'one' ? (view.options.find((o) => o.id === offer.optionId)?.label[lang] ?? offer.optionId) : '';

  return (
    <Shell banner={<SessionBar scenario={scenario} view={view} lang={lang} state={state} title={t('console.title')} />}>
      <div className="page page-wide console">
        <h1 className="sr-only">{t('console.heading', { title: scenario.title[lang] })}</h1>
        <ForkNotice scenario={scenario} session={session} lang={lang} />
        {(sender.problem || state.problem) && (
          <p className="notice notice-error" role="alert">
            {t('console.refused', { message: sender.problem ?? state.problem })}
          </p>
        )}
        <div className="console-grid">
          <div className="console-main">
            <Controls view={view} send={command} />
            {view.deciding && (
              <section className="panel" aria-labelledby="lock-heading">
                <h2 id="lock-heading">{t('lock.heading')}</h2>
                <p className="muted">
                  {t(`lock.mode.${session.decisionMode}`, {
                    role: scenario.roles.find((r) => r.id === session.decidingRole)?.name[lang] ?? '',
                  })}
                </p>
                {offer.kind === 'one' && (
                  <button
                    type="button"
                    className="button button-primary"
                    onClick={() => void command({ type: 'decision.lock', optionId: offer.optionId, basis: offer.basis })}
                  >
                    {offer.basis === 'majority'
                      ? t('lock.majority', { option: chosenLabel })
                      : t('lock.role', { option: chosenLabel, name: offer.by })}
                  </button>
                )}
                {offer.kind === 'wait' && <p>{t('lock.waiting', { name: offer.who })}</p>}
                {offer.kind === 'any' && session.decisionMode !== 'facilitator' && <p>{t('lock.fallback')}</p>}
                {view.tally && <TallyBars tally={view.tally} options={view.options} lang={lang} />}
              </section>
            )}
            <LastConsequence view={view} scenario={scenario} lang={lang} />
            <StageSummary view={view} scenario={scenario} lang={lang} />
            <OptionsOverview view={view} scenario={scenario} lang={lang} action={lockButton} />
            <PendingInjects
              pending={view.pending}
              lang={lang}
              action={(p) => (
                <button
                  type="button"
                  className="button button-secondary small-button"
                  onClick={() => void command({ type: 'inject.release', injectId: p.id })}
                >
                  {t('pending.release', { subject: p.subject[lang] })}
                </button>
              )}
            />
            <section className="panel" aria-labelledby="feed-all-heading">
              <h2 id="feed-all-heading">
                {t('feed.heading')} <span className="muted">({view.injects.length})</span>
              </h2>
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
            <InvitePanel sessionId={sessionId} keys={keys} />
            <section className="panel" aria-labelledby="docs-heading">
              <h2 id="docs-heading">{t('docs.heading')}</h2>
              <p className="muted">{t('docs.intro')}</p>
              <ExerciseDocButtons scenario={scenario} lang={lang} />
            </section>
            <ParticipantsPanel view={view} scenario={scenario} lang={lang} online={online} />
            <section className="panel" aria-labelledby="notes-heading">
              <h2 id="notes-heading">{t('notes.heading')}</h2>
              <NoteForm
                visibilities={['facilitator', 'room']}
                onAdd={(text, visibility) =>
                  sender.run(state.send({ type: 'note.add', text, visibility, author: t('notes.facilitatorName') }))
                }
              />
              <NotesList notes={view.notes} scenario={scenario} lang={lang} />
            </section>
          </div>
        </div>
      </div>
    </Shell>
  );
}
