// The play screen: clock and stage in the banner, situation, inject feed, decision, metrics, and the
// consequence card after each step. It renders the store's session through the engine's view; when the game
// has ended (and its last consequence has been read) it shows the debrief that App hands in.
import { type ReactNode, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockDate, formatClock } from '../../engine/play/clock';
import { indexOf } from '../../engine/play/index';
import type { Language, Scenario } from '../../engine/play/schema';
import { metricSeries } from '../../engine/play/series';
import type { Session } from '../../engine/play/session';
import { viewFor } from '../../engine/play/view';
import { useSessionStore } from '../../store/session';
import { Icon } from '../common/Icon';
import { Shell } from '../common/Shell';
import { useFocusOnMount } from '../common/useFocusOnMount';
import { useLang } from '../common/useLang';
import { ConsequenceCard } from './ConsequenceCard';
import { DecisionPanel } from './DecisionPanel';
import { FeedAnnouncer, InjectFeed } from './InjectFeed';
import { MetricsPanel } from './MetricsPanel';
import './play.css';

export type DebriefRenderProps = { scenario: Scenario; session: Session; lang: Language; onHome: () => void; onPlayAgain: () => void };

export type PlayScreenProps = {
  focusHeading: boolean;
  onLeave: () => void;
  onPlayAgain: (scenario: Scenario) => void;
  renderDebrief: (props: DebriefRenderProps) => ReactNode;
};

export function PlayScreen({ focusHeading, onLeave, onPlayAgain, renderDebrief }: PlayScreenProps) {
  const { t } = useTranslation('play');
  const lang = useLang();
  const scenario = useSessionStore((s) => s.scenario);
  const live = useSessionStore((s) => s.live);
  const session = useSessionStore((s) => s.session);
  const game = useSessionStore((s) => s.game);
  const canUndo = useSessionStore((s) => s.canUndo);
  const rejection = useSessionStore((s) => s.rejection);
  const replayed = useSessionStore((s) => s.replayed);
  const store = useSessionStore.getState;
  const [focusStage, setFocusStage] = useState(focusHeading);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const [barSlot, setBarSlot] = useState<HTMLDivElement | null>(null);

  const view = useMemo(
    () => (scenario && live ? viewFor(scenario, live, { kind: 'solo', role: live.session.role }) : null),
    [scenario, live],
  );
  const series = useMemo(() => (scenario && game ? metricSeries(scenario, game.context) : []), [scenario, game]);
  const showCard = view?.reviewing === true && view.last !== undefined;
  useFocusOnMount(heading, focusStage && !showCard, view?.round);

  // Time is data: while the page is hidden the log says so, and the decision timer stands still.
  useEffect(() => {
    const onVisibility = () => {
      const actions = useSessionStore.getState();
      if (document.hidden) actions.pause();
      else actions.resume();
    };
    document.addEventListener('visibilitychange', onVisibility);
    return () => document.removeEventListener('visibilitychange', onVisibility);
  }, []);

  if (!scenario || !session || !game || !view) return null;

  const leave = () => {
    store().quit();
    onLeave();
  };

  if (game.done && !showCard) {
    return (
      <Shell>
        {renderDebrief({
          scenario,
          session,
          lang,
          onHome: leave,
          onPlayAgain: () => {
            store().quit();
            onPlayAgain(scenario);
          },
        })}
      </Shell>
    );
  }

  const choose = (id: string) => {
    setStatus('');
    store().choose(id);
  };
  const undo = () => {
    if (store().undo()) {
      setFocusStage(true);
      setStatus(t('undone'));
    }
  };
  const proceed = () => {
    setFocusStage(true);
    store().proceed();
  };
  const role = indexOf(scenario).roles.get(session.role);

  const banner = (
    <div className="playbar">
      <div className="playbar-inner">
        <div className="playbar-where">
          <p className="playbar-scenario">{scenario.title[lang]}</p>
          <p className="playbar-meta">
            {role && <span>{t('role', { role: role.name[lang] })}</span>}
            {view.bar.phase && <span>{t('phase', { phase: view.bar.phase[lang] })}</span>}
          </p>
        </div>
        <div className="playbar-status">
          <p className="clock">
            <span className="clock-label">{t('clock')}</span>
            <time className="clock-time" dateTime={clockDate(scenario, view.bar.clock).toISOString()}>
              {formatClock(scenario, view.bar.clock, lang)}
            </time>
          </p>
          <div className="bar-timer-slot" ref={setBarSlot} />
        </div>
        <nav className="playbar-nav" aria-label={t('gameNav')}>
          <button type="button" className="button button-on-dark" aria-label={t('saveLeave')} onClick={leave}>
            <span className="leave-long">{t('saveLeave')}</span>
            <span className="leave-short">{t('saveLeaveShort')}</span>
          </button>
        </nav>
      </div>
    </div>
  );

  return (
    <Shell banner={banner}>
      <div className="page page-wide">
        {replayed && (
          <div className="notice notice-info" role="status">
            <p>{t('replayed')}</p>
            <button type="button" className="button button-secondary" onClick={() => store().dismissReplayed()}>
              {t('dismiss')}
            </button>
          </div>
        )}
        {rejection && (
          <p className="notice notice-error" role="alert">
            {t('rejected', { message: rejection.detail?.[lang] ?? rejection.message })}
          </p>
        )}
        <p className="sr-only" role="status">
          {status}
        </p>
        <FeedAnnouncer injects={view.injects} lang={lang} active={!showCard} step={view.round ?? view.step} />
        {showCard && view.last ? (
          <div className="play-grid play-grid-review">
            <div className="area-main">
              <ConsequenceCard
                consequence={view.last}
                scenario={scenario}
                lang={lang}
                ended={game.done}
                canUndo={canUndo}
                onContinue={proceed}
                onUndo={undo}
              />
            </div>
            <div className="area-metrics">
              <MetricsPanel metrics={view.metrics} scenario={scenario} series={series} lang={lang} />
            </div>
          </div>
        ) : (
          view.stage && (
            <div className="play-grid">
              <section className="area-head stage" aria-labelledby="stage-heading">
                {view.stage.phase && <p className="eyebrow">{view.stage.phase[lang]}</p>}
                <h1 id="stage-heading" ref={heading} tabIndex={-1}>
                  {view.stage.title[lang]}
                </h1>
                <p className="stage-time">
                  <Icon name="clock" size={16} />
                  {formatClock(scenario, view.clock, lang)}
                </p>
                <h2 className="sr-only">{t('situation')}</h2>
                <p className="situation">{view.stage.situation[lang]}</p>
              </section>
              <div className="area-feed">
                <InjectFeed injects={view.injects} scenario={scenario} lang={lang} />
              </div>
              <div className="area-decide">
                <DecisionPanel
                  key={view.round ?? view.step}
                  stage={view.stage}
                  options={view.options}
                  lang={lang}
                  timer={view.timer}
                  onChoose={choose}
                  onTimeout={() => store().timeout()}
                  barSlot={barSlot}
                />
                {canUndo && (
                  <p className="undo-row">
                    <button type="button" className="button button-secondary" onClick={undo}>
                      <span aria-hidden="true">↶ </span>
                      {t('undo')}
                    </button>
                  </p>
                )}
              </div>
              <div className="area-metrics">
                <MetricsPanel metrics={view.metrics} scenario={scenario} series={series} lang={lang} />
              </div>
            </div>
          )
        )}
      </div>
    </Shell>
  );
}
