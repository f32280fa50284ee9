// The projector at /p/:id#k=…: what the whole room sees on the second screen. The clock and time left, the
// situation, the messages for everyone, the options while deciding, the tally once revealed, the consequence after.
// Read-only; the type shrinks only as far as needed to fit the screen without scrolling.
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { StoreApi } from 'zustand/vanilla';
import { formatClock } from '../../engine/play/clock';
import type { Scenario } from '../../engine/play/schema';
import type { ConnectedState } from '../../store/connected';
import { InjectIcon } from '../common/InjectIcon';
import { Gate } from '../common/session/Gate';
import { ConnectionBadge } from '../common/session/SessionBar';
import { SessionTimer } from '../common/session/SessionTimer';
import { TallyBars } from '../common/session/TallyBars';
import type { SessionScreenProps } from '../common/session/types';
import { useConnection } from '../common/session/useConnection';
import { useFollowFork } from '../common/session/useFollowFork';
import { useSessionView } from '../common/session/useSession';
import { useLang } from '../common/useLang';
import { useFit } from './useFit';
import './projector.css';

export type ProjectorScreenProps = Pick<SessionScreenProps, 'loadScenario'> & {
  sessionId: string;
  secret: string | null;
  code: string | null;
};

export function ProjectorScreen({ sessionId, secret, code, loadScenario }: ProjectorScreenProps) {
  const connection = useConnection(sessionId, secret, loadScenario);
  if (connection.phase !== 'ready') return <Gate connection={connection} />;
  return <Projector scenario={connection.scenario} store={connection.store} code={code} />;
}

export function Projector({ scenario, store, code }: { scenario: Scenario; store: StoreApi<ConnectedState>; code: string | null }) {
  const { t } = useTranslation('facilitate');
  const lang = useLang();
  const { state, view } = useSessionView(store, scenario);
  useFollowFork(state.moved, (m) => `/p/${m.sessionId}#k=${m.secret}&c=${m.code}`);
  const body = useRef<HTMLElement>(null);
  useFit(body, `${view?.step}-${lang}`);
  if (!view) return <Gate connection={{ phase: 'connecting' }} />;
  const everyone = view.injects.filter((i) => i.to === null && i.fresh).slice(0, 3);
  const showCard = view.reviewing && view.last;
  return (
    <div className="projector" lang={lang}>
      <header className="projector-head">
        <p className="projector-title">{scenario.title[lang]}</p>
        <p className="projector-clock">{formatClock(scenario, view.bar.clock, lang)}</p>
        {view.deciding && <SessionTimer timer={view.timer} offset={state.clockOffset} paused={view.paused} />}
        {code && (
          <p className="projector-code">
            {t('projector.code')} <strong>{code}</strong>
          </p>
        )}
        <ConnectionBadge status={state.status} />
      </header>
      <main className="projector-body" ref={body}>
        {view.ended || view.ending ? (
          <section className="projector-main">
            <h1>{view.ending?.title[lang] ?? t('projector.ended')}</h1>
            {view.ending && <p>{view.ending.summary[lang]}</p>}
          </section>
        ) : showCard && view.last ? (
          <section className="projector-main projector-consequence">
            <p className="eyebrow">{t('projector.decided')}</p>
            <h1>{view.last.optionLabel[lang]}</h1>
            <p>{view.last.text[lang]}</p>
            {view.last.delayed.map((d) => (
              <p key={d.id}>{d.text[lang]}</p>
            ))}
          </section>
        ) : !view.started || !view.stage ? (
          <section className="projector-main">
            <h1>{t('projector.waiting')}</h1>
            {code && <p>{t('projector.join', { code, url: `${window.location.host}/s/${code}` })}</p>}
          </section>
        ) : (
          <div className="projector-grid">
            <section className="projector-main" aria-labelledby="projector-stage">
              {view.stage.phase && <p className="eyebrow">{view.stage.phase[lang]}</p>}
              <h1 id="projector-stage">{view.stage.title[lang]}</h1>
              <p className="projector-situation">{view.stage.situation[lang]}</p>
              {everyone.length > 0 && (
                <ul className="projector-injects" aria-label={t('projector.messages')}>
                  {everyone.map((i) => (
                    <li key={i.id}>
                      <InjectIcon kind={i.kind} /> <strong>{i.subject[lang]}</strong> — {i.from[lang]}
                    </li>
                  ))}
                </ul>
              )}
            </section>
            {view.deciding && (
              <section className="projector-side" aria-labelledby="projector-options">
                <h2 id="projector-options">{view.stage.prompt[lang]}</h2>
                {view.tally?.revealed ? (
                  <TallyBars tally={view.tally} options={view.options} lang={lang} headingLevel={2} />
                ) : (
                  <ol className="projector-options" aria-labelledby="projector-options">
                    {view.options
                      .filter((o) => o.available)
                      .map((o) => (
                        <li key={o.id}>{o.label[lang]}</li>
                      ))}
                  </ol>
                )}
              </section>
            )}
          </div>
        )}
      </main>
    </div>
  );
}
