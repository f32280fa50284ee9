// A visible note when a message reaches a participant's device: "New e-mail from Z-CERT", with its subject, a short
// vibration where the device can, a close button, and gone by itself after a while. It never takes the focus; the
// timer waits while the pointer or the focus is on a note. Several at once stack (at most three on screen, the rest
// wait their turn), so none is lost. Screen readers hear the arrival from the Announcer, so this region is not live.
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../engine/play/schema';
import type { InjectView } from '../../engine/play/view';
import { InjectIcon } from '../common/InjectIcon';
import { useFreshInjects } from './useFreshInjects';

/** How timers are set; tests pass their own so nothing has to sleep. */
export type ToastTimers = { set: (run: () => void, ms: number) => unknown; clear: (handle: unknown) => void };

const browserTimers: ToastTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** A short buzz on devices that have one (phones); elsewhere nothing. */
export function buzz(): void {
  if (typeof navigator === 'undefined' || typeof navigator.vibrate !== 'function') return;
  try {
    navigator.vibrate(200);
  } catch {
    // Some browsers refuse without a user gesture; the note on screen is enough.
  }
}

const MAX_SHOWN = 3;

type Toast = { key: string; inject: InjectView };

export function InjectToasts({
  injects,
  lang,
  lifetimeMs = 10_000,
  timers = browserTimers,
  vibrate = buzz,
  focusAfter,
}: {
  injects: InjectView[];
  lang: Language;
  /** How long a note stays on screen when nobody is looking at it (pointer or focus on it). */
  lifetimeMs?: number;
  timers?: ToastTimers;
  vibrate?: () => void;
  /** The id of the element that takes the focus when the last note is closed from the keyboard. */
  focusAfter?: string;
}) {
  const { t } = useTranslation('facilitate');
  const [queue, setQueue] = useState<Toast[]>([]);
  const [hovered, setHovered] = useState(false);
  const [focused, setFocused] = useState(false);
  const region = useRef<HTMLElement>(null);
  const handles = useRef(new Map<string, unknown>());
  const refocus = useRef(false);
  const count = useRef(0);

  useFreshInjects(injects, (fresh) => {
    // The feed is newest first; notes come in the order the messages arrived.
    const added = [...fresh].reverse().map((inject) => ({ key: `${inject.id}#${count.current++}`, inject }));
    setQueue((q) => [...q, ...added]);
    vibrate();
  });

  const shown = queue.slice(0, MAX_SHOWN);
  const held = hovered || focused;

  // One timer per note on screen, started when it shows and again (in full) after the pointer or focus leaves.
  useEffect(() => {
    const running = handles.current;
    const onScreen = new Set(queue.slice(0, MAX_SHOWN).map((x) => x.key));
    for (const [key, handle] of running)
      if (held || !onScreen.has(key)) {
        timers.clear(handle);
        running.delete(key);
      }
    if (held) return;
    for (const key of onScreen)
      if (!running.has(key))
        running.set(
          key,
          timers.set(() => {
            running.delete(key);
            setQueue((q) => q.filter((x) => x.key !== key));
          }, lifetimeMs),
        );
  }, [queue, held, timers, lifetimeMs]);

  useEffect(() => {
    const running = handles.current;
    return () => {
      for (const handle of running.values()) timers.clear(handle);
      running.clear();
    };
  }, [timers]);

  // After a note is closed from the keyboard, the focus goes to the next note, or on to the messages themselves.
  useEffect(() => {
    if (!refocus.current) return;
    refocus.current = false;
    const next = region.current?.querySelector<HTMLButtonElement>('.toast-close');
    if (next) return next.focus();
    setFocused(false);
    if (focusAfter) document.getElementById(focusAfter)?.focus();
  });

  useEffect(() => {
    if (queue.length === 0) {
      setFocused(false);
      setHovered(false);
    }
  }, [queue.length]);

  const close = (keys: string[]) => {
    if (region.current?.contains(document.activeElement)) refocus.current = true;
    setQueue((q) => q.filter((x) => !keys.includes(x.key)));
  };

  if (queue.length === 0) return null;
  const title = (i: InjectView) => t(`toast.kinds.${i.kind}`, { from: i.from[lang] });
  const onKeyDown = (e: KeyboardEvent, key: string) => {
    if (e.key === 'Escape') close([key]);
  };
  return (
    <section
      ref={region}
      className="toasts"
      aria-label={t('toast.region')}
      onMouseEnter={() => setHovered(true)}
      onMouseLeave={() => setHovered(false)}
      onFocus={() => setFocused(true)}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setFocused(false);
      }}
    >
      <ul className="toast-list">
        {shown.map(({ key, inject }) => {
          const heading = title(inject);
          return (
            <li key={key} className={`toast toast-${inject.kind}`} onKeyDown={(e) => onKeyDown(e, key)}>
              <span className="toast-icon">
                <InjectIcon kind={inject.kind} />
              </span>
              <div className="toast-text">
                <p className="toast-title">{heading}</p>
                <p className="toast-subject">
                  {inject.subject[lang]}
                  {inject.personal && <span className="toast-personal"> · {t('toast.personal')}</span>}
                </p>
              </div>
              <button type="button" className="button button-secondary toast-close" onClick={() => close([key])}>
                {t('toast.close')}
                <span className="sr-only">: {heading}</span>
              </button>
            </li>
          );
        })}
      </ul>
      {queue.length > 1 && (
        <p className="toast-foot">
          {queue.length > MAX_SHOWN && <span>{t('toast.more', { count: queue.length - MAX_SHOWN })}</span>}
          <button type="button" className="link-button" onClick={() => close(queue.map((x) => x.key))}>
            {t('toast.closeAll', { count: queue.length })}
          </button>
        </p>
      )}
    </section>
  );
}
