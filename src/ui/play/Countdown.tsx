// The decision countdown (a timer at the edge of the app): shows the time left as text and a bar, tells screen
// readers politely at 30 and 10 seconds, and calls onExpire once when it reaches zero. A compact copy of the time
// goes into the play bar, which stays in view while the player reads the situation and the messages.
import { useEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import { useTranslation } from 'react-i18next';
import { Icon } from '../common/Icon';

function mmss(s: number): string {
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

export type CountdownProps = {
  seconds: number;
  onExpire: () => void;
  /** Where the play bar wants its compact copy of the time left; null while there is none. */
  barSlot?: HTMLElement | null;
};

export function Countdown({ seconds, onExpire, barSlot }: CountdownProps) {
  const { t } = useTranslation('play');
  const [left, setLeft] = useState(seconds);
  const expire = useRef(onExpire);
  expire.current = onExpire;

  useEffect(() => {
    const started = Date.now();
    let fired = false;
    const id = setInterval(() => {
      const rest = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(rest);
      if (rest === 0 && !fired) {
        fired = true;
        clearInterval(id);
        expire.current();
      }
    }, 250);
    return () => clearInterval(id);
  }, [seconds]);

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
