// The debrief's frame: a section that paints its heading first and its content right after, the table of contents'
// entries, and the row of actions shown at the top and again at the end.
import { useDeferredValue } from 'react';
import type { Translate } from './format';

type SectionProps = { id: string; title: string; children: React.ReactNode; extra?: string; first?: boolean };

/**
 * A section of the report. Only the `first` ones render their content in the first paint; the others show their
 * heading at once and fill in right after (a deferred render React can interrupt), so the debrief appears without
 * waiting for the timeline and the chart.
 */
export function Section({ id, title, children, extra = '', first = false }: SectionProps) {
  const ready = useDeferredValue(true, first);
  return (
    <section className={`debrief__section debrief__section--${id} ${extra}`.trim()} aria-labelledby={`debrief-${id}`}>
      <h2 id={`debrief-${id}`}>{title}</h2>
      {ready && children}
    </section>
  );
}

/** The sections a facilitator jumps between, in page order, for the table of contents. */
export const contents = [
  ['timeline', 'timeline.heading'],
  ['metrics', 'chart.heading'],
  ['map', 'map.heading'],
  ['objectives', 'objectives.heading'],
  ['replay', 'replay.heading'],
  ['real', 'real.heading'],
  ['questions', 'questions.heading'],
  ['plan', 'plan.heading'],
] as const;

type ActionsProps = {
  t: Translate;
  status: string;
  onMarkdown: () => void;
  onJson: () => void;
  onHome: () => void;
  onPlayAgain?: () => void;
  onReport?: () => void;
};

/** The report's actions; shown near the top and again at the end, so they are never a long scroll away. */
export function Actions({ t, status, onMarkdown, onJson, onHome, onPlayAgain, onReport }: ActionsProps) {
  return (
    <div className="debrief__actions-group">
      <div className="debrief__actions">
        <button type="button" className="button button-primary" onClick={onMarkdown}>
          {t('actions.exportMarkdown')}
        </button>
        <button type="button" className="button button-secondary" onClick={onJson}>
          {t('actions.exportJson')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => window.print()}>
          {t('actions.print')}
        </button>
        {onReport && (
          <button type="button" className="button button-secondary" onClick={onReport}>
            {t('actions.report')}
          </button>
        )}
        {onPlayAgain && (
          <button type="button" className="button button-secondary" onClick={onPlayAgain}>
            {t('actions.again')}
          </button>
        )}
        <button type="button" className="button button-secondary" onClick={onHome}>
          {t('actions.home')}
        </button>
      </div>
      <p className="debrief__status" role="status">
        {status}
      </p>
    </div>
  );
}
