// The decision's time left on a connected screen. The server sends the timeout; this only shows the time, in the
// server's clock (the offset from the last welcome or pong), so every screen in the room counts down together.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TimerState, timeLeft } from '../../../engine/play/timer';
import { Icon } from '../Icon';

const mmss = (ms: number) => {
  const s = Math.ceil(ms / 1000);
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
};

export function SessionTimer({ timer, offset, paused }: { timer: TimerState; offset: number; paused: boolean }) {
  const { t } = useTranslation('facilitate');
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (timer.deadline === null) return;
    const id = setInterval(() => setNow(Date.now()), 500);
    return () => clearInterval(id);
  }, [timer.deadline]);
  const left = timeLeft(timer, now + offset);
  if (left === null) return null;
  return (
    <p className={`session-timer${left <= 10_000 ? ' session-timer-urgent' : ''}`}>
      <Icon name="timer" />
      <span className="session-timer-label">{t('timer.label')}</span>{' '}
      <span className="session-timer-time" role="timer">
        {mmss(left)}
      </span>
      {paused && <span className="badge badge-neutral">{t('timer.paused')}</span>}
    </p>
  );
}
