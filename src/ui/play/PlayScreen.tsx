// The play screen: clock and stage in the banner, situation, inject feed, decision, metrics, and the
// consequence card after each step. It renders the store's session through the engine's view; when the game
// has ended (and its last consequence has been read) it hands over to the debrief (App moves to its address).
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockDate, formatClock } from '../../engine/play/clock';
import { indexOf } from '../../engine/play/index';
import type { Scenario } from '../../engine/play/schema';
import { metricSeries, type SeriesPoint } from '../../engine/play/series';
import { type MetricView, viewFor } from '../../engine/play/view';
import { useSessionStore } from '../../store/session';
import { DownloadLink } from '../common/DownloadLink';
import { Icon } from '../common/Icon';
import { Shell } from '../common/Shell';
import { useFocusOnMount } from '../common/useFocusOnMount';
import { useLang } from '../common/useLang';
import { ConsequenceCard } from './ConsequenceCard';
import { DecisionPanel } from './DecisionPanel';
import { FeedAnnouncer, InjectFeed } from './InjectFeed';
import { MetricsPanel } from './MetricsPanel';
import './play.css';

export type PlayScreenProps = {
  focusHeading: boolean;
  onLeave: () => void;
  /** The game has ended and its last consequence has been read: time for the debrief. */
  onEnded: () => void;
};

const NO_METRICS: MetricView[] = [];
const NO_SERIES: SeriesPoint[] = [];

export function PlayScreen({ focusHeading, onLeave, onEnded }: PlayScreenProps) {
  const { t } = useTranslation('play');
  const lang = useLang();
  const scenario = useSessionStore((s) => s.scenario);
  const live = useSessionStore((s) => s.live);
  const session = useSessionStore((s) => s.session);
  const game = useSessionStore((s) => s.game);
  const canUndo = useSessionStore((s) => s.canUndo);
  const rejection = useSessionStore((s) => s.rejection);
  const replayed = useSessionStore((s) => s.replayed);
  const storage = useSessionStore((s) => s.storage);
  const store = useSessionStore.getState;
  const [focusStage, setFocusStage] = useState(focusHeading);
  const [status, setStatus] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const [barSlot, setBarSlot] = useState<HTMLDivElement | null>(null);

  const view = useMemo(
    () => (scenario && live ? viewFor(scenario, live, { kind: 'solo', role: live.session.role }) : null),
    [scenario, live],
  );
  // The history changes only when the machine moves, so the chart keeps its series across the other events.
  const history = game?.context.history;
  const series = useMemo(() => (scenario && history ? metricSeries(scenario, { history }) : []), [scenario, history]);
  const showCard = view?.reviewing === true && view.last !== undefined;
  // The answer to a key comes first: the metrics panel and its chart follow in the next frame (a deferred render
  // React may interrupt), so the consequence card or the next stage is painted without waiting for them. On the
  // first render the panel starts empty for the same reason: the stage is on screen before the chart is drawn.
  const metrics = useDeferredValue(view?.metrics ?? NO_METRICS, NO_METRICS);
  const shownSeries = useDeferredValue(series, NO_SERIES);
  useFocusOnMount(heading, focusStage && !showCard, view?.round);
  const ended = game?.done === true && !showCard;
  useEffect(() => {
    if (ended) onEnded();
  }, [ended, onEnded]);

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

  if (!scenario || !session || !game || !view || ended) return null;

  const leave = () => {
    store().quit();
    onLeave();
  };

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
        {storage && <StorageNotice full={storage.kind === 'full'} scenario={scenario} text={JSON.stringify(session, null, 2)} />}
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
            <div className="area-main" key="main">
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
            {/* Keyed like its place in the stage layout, so the panel stays mounted when the layout switches. */}
            <div className="area-metrics" key="metrics">
              <MetricsPanel metrics={metrics} scenario={scenario} series={shownSeries} lang={lang} />
            </div>
          </div>
        ) : (
          view.stage && (
            <div className="play-grid">
              <section className="area-head stage" aria-labelledby="stage-heading" key="head">
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
              <div className="area-feed" key="feed">
                <InjectFeed injects={view.injects} scenario={scenario} lang={lang} />
              </div>
              <div className="area-decide" key="decide">
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
              <div className="area-metrics" key="metrics">
                <MetricsPanel metrics={metrics} scenario={scenario} series={shownSeries} lang={lang} />
              </div>
            </div>
          )
        )}
      </div>
    </Shell>
  );
}

/** The autosave failed: say so plainly and put the way out (the session as a file) right next to it. */
function StorageNotice({ full, scenario, text }: { full: boolean; scenario: Scenario; text: string }) {
  const { t } = useTranslation('play');
  return (
    <div className="notice notice-error" role="alert">
      <p>{t(full ? 'storageFull' : 'storageUnavailable')}</p>
      <div className="actions">
        <DownloadLink text={text} filename={`draaiboek-${scenario.id}-session.json`}>
          {t('exportSession')}
        </DownloadLink>
      </div>
    </div>
  );
}
