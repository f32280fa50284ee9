// The facilitator's controls: start, open the next decision, pause and resume the timer, reveal the tally, step
// back, end. Each sends one command stamped with the last seq this console saw, so a stale click is refused.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlayView } from '../../engine/play/view';
import type { ProposedEvent } from '../../net/protocol';

export function Controls({ view, send }: { view: PlayView; send: (e: ProposedEvent) => Promise<boolean> }) {
  const { t } = useTranslation('facilitate');
  const [confirmEnd, setConfirmEnd] = useState(false);
  if (view.ended) return null;
  const primary = !view.started
    ? { label: t('controls.start'), event: { type: 'session.start' } }
    : view.done
      ? { label: t('controls.endNow'), event: { type: 'session.end' } }
      : !view.deciding
        ? { label: view.reviewing ? t('controls.next') : t('controls.open'), event: { type: 'decision.open' } }
        : null;
  return (
    <section className="panel controls" aria-labelledby="controls-heading">
      <h2 id="controls-heading">{t('controls.heading')}</h2>
      <div className="control-row">
        {primary && (
          <button type="button" className="button button-primary" onClick={() => void send(primary.event)}>
            {primary.label}
          </button>
        )}
        {view.deciding && view.tally && !view.tally.revealed && view.round !== null && (
          <button type="button" className="button button-secondary" onClick={() => void send({ type: 'tally.reveal', round: view.round })}>
            {t('controls.reveal')}
          </button>
        )}
        {view.started && (
          <button
            type="button"
            className="button button-secondary"
            aria-pressed={view.paused}
            onClick={() => void send({ type: view.paused ? 'session.resume' : 'session.pause' })}
          >
            {view.paused ? t('controls.resume') : t('controls.pause')}
          </button>
        )}
        {view.canUndo && (
          <button type="button" className="button button-secondary" onClick={() => void send({ type: 'session.undo' })}>
            {t('controls.undo')}
          </button>
        )}
        {view.started && !view.done && !confirmEnd && (
          <button type="button" className="button button-secondary" onClick={() => setConfirmEnd(true)}>
            {t('controls.end')}
          </button>
        )}
      </div>
      {confirmEnd && !view.done && (
        <div className="notice notice-warning">
          <p>{t('controls.endConfirm')}</p>
          <div className="control-row">
            <button type="button" className="button button-danger" onClick={() => void send({ type: 'session.end' })}>
              {t('controls.endYes')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirmEnd(false)}>
              {t('controls.endNo')}
            </button>
          </div>
        </div>
      )}
      {view.deciding && view.tally?.revealed && <p className="muted small">{t('controls.revealed')}</p>}
    </section>
  );
}
