// The comparison debrief of two or more sessions of one scenario: where their choices split, their paths on one
// timeline (split rows marked), their endings side by side, one chart per metric with every session's curve, and the
// historical path beside them. Shared by `/compare` (solo files) and a course's dashboard (its teams).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { compareSessions, type PathStep, type SessionComparison, type SplitPoint } from '../../../engine/compare/compare';
import { formatClock } from '../../../engine/play/clock';
import type { Language, Scenario } from '../../../engine/play/schema';
import type { Session } from '../../../engine/play/session';
import { OutcomeBadge } from '../OutcomeBadge';
import { CompareChart, LineKey } from './CompareChart';
import './compare.css';

export type CompareSession = { label: string; scenario: Scenario; session: Session };
export type SessionsCompareProps = { sessions: CompareSession[]; lang: Language; headingLevel?: 2 | 3 };

type Translate = (key: string, options?: Record<string, unknown>) => string;

function names(c: SessionComparison, members: number[], t: Translate): string {
  const labels = members.map((i) => c.paths[i]?.label ?? '');
  return labels.length > 1 ? `${labels.slice(0, -1).join(', ')}${t('compare.and')}${labels[labels.length - 1]}` : (labels[0] ?? '');
}

function SplitLine({ c, split, lang, t }: { c: SessionComparison; split: SplitPoint; lang: Language; t: Translate }) {
  const stage = split.stageTitle ? ` (${split.stageTitle[lang]})` : '';
  const parts = split.branches.map((b) => {
    const sessions = names(c, b.sessions, t);
    if (!b.stageId) return t('compare.ended', { sessions });
    const option = b.optionLabel?.[lang] ?? t('compare.timeout');
    return t(b.sessions.length > 1 ? 'compare.branch' : 'compare.branchOne', { sessions, option });
  });
  return (
    <li className={split.first ? 'compare-splits__first' : undefined}>
      <strong>{t('compare.split', { n: split.index + 1, stage })}</strong>
      {parts.join('; ')}.
    </li>
  );
}

function Cell({ step, start, lang, t }: { step: PathStep | undefined; start: string; lang: Language; t: Translate }) {
  if (!step) return <td className="compare-timeline__empty">{t('compare.notReached')}</td>;
  return (
    <td>
      <span className="compare-timeline__stage">
        {formatClock({ start }, step.clock, lang)} · {step.stageTitle[lang]}
      </span>
      <span className="compare-timeline__option">{step.optionLabel?.[lang] ?? t('compare.timeout')}</span>
    </td>
  );
}

export function SessionsCompare({ sessions, lang, headingLevel = 2 }: SessionsCompareProps) {
  const { t: translate } = useTranslation('report', { lng: lang });
  const t: Translate = (key, options) => translate(key, options ?? {});
  const scenario = sessions[0]?.scenario;
  const result = useMemo(
    () =>
      scenario
        ? compareSessions(
            scenario,
            sessions.map((s) => ({ label: s.label, session: s.session })),
          )
        : null,
    [scenario, sessions],
  );
  if (!scenario || !result) return null;
  if (!result.ok)
    return (
      <ul className="compare-problems" role="alert">
        {result.problems.map((p) => (
          <li key={`${p.label}-${p.message}`}>{p.label ? t('compare.doesNotFit', { file: p.label, message: p.message }) : p.message}</li>
        ))}
      </ul>
    );
  const c = result.comparison;
  const H = `h${headingLevel}` as 'h2' | 'h3';
  const lines = [...c.paths.map((p) => ({ ...p, key: `session:${p.label}` })), { ...c.historical, key: 'historical' }];
  const label = (n: number) => (n === c.paths.length ? t('compare.historical') : (lines[n]?.label ?? ''));
  const rows = Math.max(c.rows, c.historical.steps.length);
  const splitRows = new Set(c.splits.map((s) => s.index));
  return (
    <div className="sessions-compare">
      <section aria-labelledby="compare-splits">
        <H id="compare-splits">{t('compare.splitsHeading')}</H>
        {c.splits.length === 0 ? (
          <p>{t('compare.noSplit')}</p>
        ) : (
          <ol className="compare-splits">
            {c.splits.map((s) => (
              <SplitLine key={`${s.index}-${s.sessions.join()}`} c={c} split={s} lang={lang} t={t} />
            ))}
          </ol>
        )}
      </section>

      <section aria-labelledby="compare-endings">
        <H id="compare-endings">{t('compare.endingsHeading')}</H>
        <ul className="compare-endings">
          {lines.map((p, n) => (
            <li key={p.key}>
              <span className="compare-endings__name">
                <LineKey n={n} /> {label(n)}
              </span>
              {p.ending ? (
                <span className="compare-endings__ending">
                  <OutcomeBadge outcome={p.ending.outcome} />
                  <span>{p.ending.title[lang]}</span>
                </span>
              ) : (
                <span>{t('compare.unfinished')}</span>
              )}
            </li>
          ))}
        </ul>
        {!c.historical.complete && <p className="hint">{t('compare.historicalIncomplete')}</p>}
      </section>

      <section aria-labelledby="compare-timeline">
        <H id="compare-timeline">{t('compare.timelineHeading')}</H>
        {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so the keyboard can scroll it. */}
        <section className="compare-timeline__scroll" tabIndex={0} aria-label={t('compare.scrollTable')}>
          <table className="compare-timeline">
            <caption>{t('compare.timelineCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('compare.decision')}</th>
                {lines.map((p, n) => (
                  <th scope="col" key={p.key}>
                    <LineKey n={n} /> {label(n)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {Array.from({ length: rows }, (_, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: a row is the i-th decision of every path
                <tr key={i} className={splitRows.has(i) ? 'compare-timeline__split' : undefined}>
                  <th scope="row">
                    {i + 1}
                    {splitRows.has(i) && <span className="compare-timeline__mark"> {t('compare.splitMark')}</span>}
                  </th>
                  {lines.map((p) => (
                    <Cell key={p.key} step={p.steps[i]} start={scenario.start} lang={lang} t={t} />
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      </section>

      <section aria-labelledby="compare-charts">
        <H id="compare-charts">{t('compare.chartsHeading')}</H>
        <div className="compare-charts">
          {scenario.metrics.map((m) => (
            <CompareChart
              key={m.id}
              metric={m}
              lines={lines.map((p, n) => ({ key: p.key, label: label(n), series: p.series }))}
              lang={lang}
            />
          ))}
        </div>
      </section>
    </div>
  );
}
