// The bar over every connected screen: which screen and scenario, the simulated clock, the decision's time left,
// and the connection (so a phone that lost the network says so, and says when it is back).
import { useTranslation } from 'react-i18next';
import { clockDate, formatClock } from '../../../engine/play/clock';
import type { Language, Scenario } from '../../../engine/play/schema';
import type { PlayView } from '../../../engine/play/view';
import type { ConnectedState } from '../../../store/connected';
import { SessionTimer } from './SessionTimer';
import './session.css';

export function ConnectionBadge({ status }: { status: ConnectedState['status'] }) {
  const { t } = useTranslation('facilitate');
  const ok = status === 'open';
  return (
    <span className={ok ? 'conn conn-ok' : 'conn conn-off'} role="status">
      <span className="dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}

export function SessionBar({
  scenario,
  view,
  lang,
  state,
  title,
}: {
  scenario: Scenario;
  view: PlayView;
  lang: Language;
  state: ConnectedState;
  title: string;
}) {
  const { t } = useTranslation('facilitate');
  return (
    <div className="playbar">
      <div className="playbar-inner session-bar">
        <div className="playbar-where">
          <p className="playbar-scenario">{scenario.title[lang]}</p>
          <p className="playbar-meta">
            <span>{title}</span>
            {view.paused && <span>{t('timer.paused')}</span>}
          </p>
        </div>
        <div className="playbar-status">
          <p className="clock">
            <span className="clock-label">{t('bar.clock')}</span>{' '}
            <time className="clock-time" dateTime={clockDate(scenario, view.bar.clock).toISOString()}>
              {formatClock(scenario, view.bar.clock, lang)}
            </time>
          </p>
          {view.deciding && <SessionTimer timer={view.timer} offset={state.clockOffset} paused={view.paused} />}
        </div>
        <ConnectionBadge status={state.status} />
      </div>
    </div>
  );
}
