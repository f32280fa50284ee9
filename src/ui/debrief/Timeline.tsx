// The debrief timeline: every decision and delayed consequence with its clock time, what followed, the metric changes,
// and what the real organisation did; undone choices stay visible, struck through.
import { formatClock } from '../../engine/play/clock';
import type { HistoricalComparison, Report, TimelineItem } from '../../engine/play/report';
import type { Language, Scenario } from '../../engine/play/schema';
import { changeText, quoted, type Translate } from './format';
import { SourceName } from './SourceName';

type Props = { scenario: Scenario; report: Report; lang: Language; t: Translate };

/** "You chose as they did" / "they chose …", worded as an inference when the scenario marks the real choice as one. */
function matchText(history: HistoricalComparison, lang: Language, t: Translate): string {
  const option = history.option?.label[lang] ?? '';
  if (history.inferred) return history.matched ? t('timeline.matchedInferred') : t('timeline.differedInferred', { option });
  return history.matched ? t('timeline.matched') : t('timeline.differed', { option });
}

/**
 * What the real organisation did at this stage: whether the player matched it stays in view, the notes themselves
 * fold away so the timeline scans quickly (the print stylesheet prints them open).
 */
function History({ history, lang, t }: { history: HistoricalComparison; lang: Language; t: Translate }) {
  if (history.notes.length === 0 && history.matched === null) return null;
  // The summary names the first kind of note; a note of the other kind keeps its own heading.
  const summaryToday = history.notes.every((n) => n.today);
  return (
    <div className="timeline__history">
      {history.matched !== null && (
        <p className={history.matched ? 'timeline__match' : 'timeline__mismatch'}>
          <span aria-hidden="true">{history.matched ? '= ' : '≠ '}</span>
          {matchText(history, lang, t)}
        </p>
      )}
      {history.notes.length > 0 && (
        <details className="timeline__notes">
          <summary>{summaryToday ? t('timeline.today') : t('timeline.really')}</summary>
          {history.notes.map((n) => (
            <div key={n.text.en} className={n.today ? 'timeline__note timeline__note--today' : 'timeline__note'}>
              {n.today !== summaryToday && <h4>{n.today ? t('timeline.today') : t('timeline.really')}</h4>}
              {n.inferred && (
                <p className="timeline__inferred">
                  <strong>{t('timeline.inferred')}.</strong> {t('timeline.inferredWhy', { reason: n.inferred[lang] })}
                </p>
              )}
              <p>{n.text[lang]}</p>
              <p className="timeline__sources">
                {t('timeline.sources')}:{' '}
                {n.sources.map((s, i) => (
                  <span key={s.id}>
                    {i > 0 && '; '}
                    <SourceName source={s} />
                    {s.publisher ? `, ${s.publisher}` : ''}
                  </span>
                ))}
              </p>
            </div>
          ))}
        </details>
      )}
    </div>
  );
}

function Item({ scenario, item, lang, t }: { scenario: Scenario; item: TimelineItem; lang: Language; t: Translate }) {
  const kindLabel = item.kind === 'delayed' ? t('timeline.delayed') : item.kind === 'timeout' ? t('timeline.timeout') : t('timeline.chose');
  const classes = ['timeline__item', `timeline__item--${item.kind}`, item.undone ? 'timeline__item--undone' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes}>
      {item.leftHistoricalRoute && (
        <p className="timeline__diverged">
          <span aria-hidden="true">⚑ </span>
          {t('timeline.diverged')}
        </p>
      )}
      <h3 className="timeline__title">
        <time>{formatClock(scenario, item.clock, lang)}</time> <span className="timeline__stage">{item.place.title[lang]}</span>
      </h3>
      <p className="timeline__choice">
        <strong>{kindLabel}</strong>
        {item.option && (
          <>
            {': '}
            {item.undone ? <del>{item.option.label[lang]}</del> : item.option.label[lang]}
          </>
        )}
        {item.undone && (
          <span className="timeline__badge">
            <span aria-hidden="true">↶ </span>
            {t('timeline.undone')}
          </span>
        )}
      </p>
      {item.undone && <p className="timeline__undone-note">{t('timeline.undoneNote')}</p>}
      {item.text[lang] && (
        <p>
          <strong>{t('timeline.followed')}:</strong> {item.text[lang]}
        </p>
      )}
      {item.causes.map((c) => (
        <p key={`${c.flag}-${c.stage.id}`} className="timeline__cause">
          <span aria-hidden="true">↳ </span>
          {c.option
            ? t('timeline.because', { stage: quoted(c.stage.title[lang], lang), option: c.option.label[lang] })
            : t('timeline.becauseEvent', { stage: quoted(c.stage.title[lang], lang), flag: c.flag })}
        </p>
      ))}
      {item.changes.length > 0 ? (
        <ul className="timeline__changes" aria-label={t('timeline.changes')}>
          {item.changes.map((c) => (
            <li key={c.metricId} className={c.better ? 'timeline__change change--better' : 'timeline__change change--worse'}>
              {changeText(t, c, lang)}
            </li>
          ))}
        </ul>
      ) : (
        <p className="timeline__changes">{t('timeline.noChange')}</p>
      )}
      {item.history && <History history={item.history} lang={lang} t={t} />}
    </li>
  );
}

export function Timeline({ scenario, report, lang, t }: Props) {
  if (report.timeline.length === 0) return <p>{t('timeline.empty')}</p>;
  return (
    <ol className="timeline" aria-label={t('timeline.heading')}>
      {report.timeline.map((item, i) => (
        // Items never reorder: the timeline is a fold of an append-only log.
        // biome-ignore lint/suspicious/noArrayIndexKey: the position in the log is the item's identity
        <Item key={i} scenario={scenario} item={item} lang={lang} t={t} />
      ))}
    </ol>
  );
}
