// The decision countdown (a timer at the edge of the app): the deadline comes from the log (when the decision opened,
// the pauses since), so a reload or another device shows the same time left. It shows the time as text and a bar,
// tells screen readers politely at 30 and 10 seconds, and calls onExpire once when the deadline has passed. A compact
// copy of the time goes into the play bar, which stays in view while the player reads the situation and the messages.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { type TimerState, timeLeft } from '../../engine/play/timer';
import { Icon } from '../common/Icon';

function mmss(s: number): string {
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export type CountdownProps = {
  timer: TimerState;
  onExpire: () => void;
  /** Where the play bar wants its compact copy of the time left; null while there is none. */
  barSlot?: HTMLElement | null;
};

const secondsLeft = (timer: TimerState) => Math.ceil((timeLeft(timer, Date.now()) ?? 0) / 1000);

export function Countdown({ timer, onExpire, barSlot }: CountdownProps) {
  const { t } = useTranslation('play');
  const seconds = timer.seconds ?? 0;
  const [left, setLeft] = useState(() => secondsLeft(timer));
  const expire = useRef(onExpire);
  expire.current = onExpire;
  const { deadline, pausedLeft } = timer;

  useEffect(() => {
    const current = { seconds, deadline, pausedLeft };
    setLeft(secondsLeft(current));
    // Paused: the time left stands still until the log says the session goes on.
    if (deadline === null) return;
    let fired = false;
    const tick = () => {
      const rest = secondsLeft(current);
      setLeft(rest);
      if (Date.now() >= deadline && !fired) {
        fired = true;
        clearInterval(id);
        expire.current();
      }
    };
    const id = setInterval(tick, 250);
    tick();
    return () => clearInterval(id);
  }, [seconds, deadline, pausedLeft]);

  const announce = left === 0 ? t('timer.out') : left <= 10 ? t('timer.ten') : left <= 30 && seconds > 30 ? t('timer.thirty') : '';
  const urgent = left <= 10;
  return (
    <div className={`countdown${urgent ? ' countdown-urgent' : ''}`}>
      <div className="countdown-row">
        <span className="countdown-label" id="countdown-label">
          <Icon name="timer" />
          {t('timer.label')}
        </span>
        <span className="countdown-time" role="timer" aria-labelledby="countdown-label">
          {t('timer.left', { time: mmss(left) })}
        </span>
      </div>
      <progress className="countdown-bar" max={seconds} value={left} aria-labelledby="countdown-label" />
      <p className="sr-only" aria-live="polite">
        {announce}
      </p>
      {barSlot &&
        createPortal(
          <p className={`bar-timer${urgent ? ' bar-timer-urgent' : ''}`}>
            <Icon name="timer" size={18} />
            <span className="sr-only">{t('timer.label')}: </span>
            <span className="bar-timer-time">{mmss(left)}</span>
          </p>,
          barSlot,
        )}
    </div>
  );
}
