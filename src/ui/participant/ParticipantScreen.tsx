// A participant's screen at /s/:code (phone width first): the shared situation, the messages for everyone and for
// their role as they arrive, the vote with confidence while the decision is open, the tally once revealed, the
// consequence after, and the debrief at the end. A message that arrives while the screen is open also shows a note
// (InjectToasts); the facilitator's notes for the room are listed. Before joining (or when the kept place is gone) it
// shows the join form.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../engine/play/schema';
import type { ConnectedState } from '../../store/connected';
import { forgetSeat, keepSeat, readSeat, type Seat } from '../../store/facilitated';
import { InjectItem } from '../common/InjectItem';
import { Shell } from '../common/Shell';
import { type After, AfterSwitch } from '../common/session/AfterSwitch';
import { ForkNotice } from '../common/session/ForkNotice';
import { Gate } from '../common/session/Gate';
import { LastConsequence, NotesList } from '../common/session/Overview';
import { SessionBar } from '../common/session/SessionBar';
import { TallyBars } from '../common/session/TallyBars';
import type { SessionScreenProps } from '../common/session/types';
import { useConnection } from '../common/session/useConnection';
import { useFollowFork } from '../common/session/useFollowFork';
import { useSender, useSessionView } from '../common/session/useSession';
import { useLang } from '../common/useLang';
import { AfterSession } from './AfterSession';
import { Announcer } from './Announcer';
import { InjectToasts } from './InjectToasts';
import { JoinScreen } from './JoinScreen';
import { VoteForm } from './VoteForm';
import './participant.css';

export type ParticipantScreenProps = SessionScreenProps & { code: string };

export function ParticipantScreen({ code, loadScenario, renderDebrief }: ParticipantScreenProps) {
  const [seat, setSeat] = useState<Seat | null>(() => readSeat(code));
  if (!seat) return <JoinScreen code={code} onJoined={setSeat} />;
  return (
    <Seated
      key={seat.secret}
      seat={seat}
      loadScenario={loadScenario}
      renderDebrief={renderDebrief}
      onLost={() => {
        forgetSeat(code);
        setSeat(null);
      }}
    />
  );
}

function Seated({ seat, loadScenario, renderDebrief, onLost }: SessionScreenProps & { seat: Seat; onLost: () => void }) {
  const connection = useConnection(seat.sessionId, seat.secret, loadScenario);
  if (connection.phase === 'refused') {
    // The kept place is no longer valid (another database, a removed session): join again.
    queueMicrotask(onLost);
    return <Gate connection={{ phase: 'connecting' }} />;
  }
  if (connection.phase !== 'ready') return <Gate connection={connection} />;
  return <Participant seat={seat} scenario={connection.scenario} store={connection.store} renderDebrief={renderDebrief} />;
}

export function Participant({
  seat,
  scenario,
  store,
  renderDebrief,
}: {
  seat: Seat;
  scenario: Scenario;
  store: StoreApi<ConnectedState>;
  renderDebrief: SessionScreenProps['renderDebrief'];
}) {
  const { t } = useTranslation('facilitate');
  const lang = useLang();
  const { state, view } = useSessionView(store, scenario);
  const sender = useSender();
  const [after, setAfter] = useState<After>('hotwash');
  // A what-if for the room: this device keeps its place (name, role) in the fork, under the fork's own secret.
  useFollowFork(state.moved, (m) => {
    keepSeat({ ...seat, code: m.code, sessionId: m.sessionId, secret: m.secret });
    return `/s/${m.code}`;
  });
  if (!view || !state.live) return <Gate connection={{ phase: 'connecting' }} />;
  const role = scenario.roles.find((r) => r.id === seat.role)?.name[lang] ?? seat.role;
  if (view.ended)
    return (
      <Shell
        banner={
          <SessionBar scenario={scenario} view={view} lang={lang} state={state} title={t('participant.you', { name: seat.name, role })} />
        }
      >
        <div className="page participant">
          <AfterSwitch after={after} onChange={setAfter} />
          {after === 'debrief' ? (
            renderDebrief({
              scenario,
              session: state.live.session,
              lang,
              audience: 'participant',
              // The replay shows what this participant saw: their messages, the tally only once it was revealed.
              viewer: { kind: 'participant', role: seat.role, participantId: seat.participantId },
              onHome: () => window.location.assign('/'),
            })
          ) : (
            <AfterSession view={view} lang={lang} role={role} send={(e) => sender.run(state.send(e))} problem={sender.problem} />
          )}
        </div>
      </Shell>
    );
  const votes = state.outbox.filter((o) => o.event.type === 'vote.cast' && o.event.round === view.round);
  const vote = (optionId: string, confidence: number) =>
    void sender.run(state.send({ type: 'vote.cast', optionId, confidence, round: view.round }));
  return (
    <Shell
      banner={
        <SessionBar scenario={scenario} view={view} lang={lang} state={state} title={t('participant.you', { name: seat.name, role })} />
      }
    >
      <div className="page participant">
        <Announcer injects={view.injects} lang={lang} />
        <InjectToasts injects={view.injects} lang={lang} focusAfter="messages-heading" />
        <ForkNotice scenario={scenario} session={state.live.session} lang={lang} />
        {!view.started && (
          <p className="notice notice-info" role="status">
            {t('participant.waiting')}
          </p>
        )}
        <LastConsequence view={view} scenario={scenario} lang={lang} />
        {view.ending ? (
          <section className="panel" aria-labelledby="stage-heading">
            <h1 id="stage-heading">{view.ending.title[lang]}</h1>
            <p>{view.ending.summary[lang]}</p>
            <p className="muted">{t('participant.ending')}</p>
          </section>
        ) : (
          view.stage && (
            <section className="panel" aria-labelledby="stage-heading">
              {view.stage.phase && <p className="eyebrow">{view.stage.phase[lang]}</p>}
              <h1 id="stage-heading">{view.stage.title[lang]}</h1>
              <p className="situation-text">{view.stage.situation[lang]}</p>
            </section>
          )
        )}
        {view.deciding && <VoteForm key={view.round ?? 0} view={view} lang={lang} pending={votes} onVote={vote} />}
        {!view.deciding && view.started && !view.done && !view.reviewing && <p className="muted">{t('participant.readFirst')}</p>}
        {sender.problem && !view.deciding && (
          <p className="notice notice-error" role="alert">
            {sender.problem}
          </p>
        )}
        {view.tally?.revealed && (
          <div className="panel">
            <TallyBars tally={view.tally} options={view.options} lang={lang} headingLevel={2} />
          </div>
        )}
        {view.notes.length > 0 && (
          <section className="panel" aria-labelledby="room-notes-heading">
            <h2 id="room-notes-heading">{t('notes.heading')}</h2>
            <NotesList notes={view.notes} scenario={scenario} lang={lang} />
          </section>
        )}
        <section className="panel" aria-labelledby="messages-heading">
          <h2 id="messages-heading" tabIndex={-1}>
            {t('feed.heading')} <span className="muted">({view.injects.length})</span>
          </h2>
          {view.injects.length === 0 && <p className="muted">{t('feed.none')}</p>}
          <ol className="feed-list">
            {view.injects.map((i) => (
              <li key={i.id}>
                <InjectItem inject={i} scenario={scenario} lang={lang} />
              </li>
            ))}
          </ol>
        </section>
      </div>
    </Shell>
  );
}
