// An accessible SVG line chart of every metric over simulated time, used by the play dashboard and the debrief.
// Lines differ by colour, dash pattern and marker; a text legend and a data table carry the same facts for everyone.
import { memo, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatClock, formatDay, formatTime } from '../../engine/play/clock';
import type { Language, Metric, Scenario } from '../../engine/play/schema';
import type { SeriesPoint } from '../../engine/play/series';

/** Colours with at least 4.5:1 contrast on white, so lines and legend text stay readable. */
const colours = ['#1d4f91', '#b3261e', '#1b6b3a', '#6b2fa0', '#8a4b00', '#00626b'];
const dashes = ['', '7 4', '2 3', '10 3 2 3', '4 2', '1 2'];
const markers = ['circle', 'square', 'triangle', 'diamond', 'cross', 'plus'] as const;

const visuallyHidden = {
  position: 'absolute',
  width: '1px',
  height: '1px',
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

export type MetricChartProps = {
  scenario: Scenario;
  series: SeriesPoint[];
  lang: Language;
  variant: 'compact' | 'full';
  title: string;
  /** The id of a heading that already names the chart; the chart then shows no title of its own. */
  labelledBy?: string;
};

function Marker({ kind, x, y, r, colour }: { kind: (typeof markers)[number]; x: number; y: number; r: number; colour: string }) {
  const common = { fill: colour, stroke: colour };
  if (kind === 'circle') return <circle cx={x} cy={y} r={r} {...common} />;
  if (kind === 'square') return <rect x={x - r} y={y - r} width={2 * r} height={2 * r} {...common} />;
  if (kind === 'triangle') return <polygon points={`${x},${y - r * 1.2} ${x + r * 1.2},${y + r} ${x - r * 1.2},${y + r}`} {...common} />;
  if (kind === 'diamond')
    return <polygon points={`${x},${y - r * 1.3} ${x + r * 1.3},${y} ${x},${y + r * 1.3} ${x - r * 1.3},${y}`} {...common} />;
  const d =
    kind === 'cross'
      ? `M${x - r},${y - r}L${x + r},${y + r}M${x + r},${y - r}L${x - r},${y + r}`
      : `M${x - r},${y}H${x + r}M${x},${y - r}V${y + r}`;
  return <path d={d} stroke={colour} strokeWidth={2} fill="none" />;
}

/** Metrics change only at decisions, so each value holds until the next point: a step line, not a slope. */
function stepPath(points: ReadonlyArray<readonly [number, number]>): string {
  return points.map(([px, py], i) => (i === 0 ? `M${px},${py}` : `H${px}V${py}`)).join('');
}

/** A short day label ("14 jan.") and the Amsterdam calendar day it stands for. */
const dayLabel = formatDay;

type Tick = { step: number; x: number; time: string; day: string; anchor: 'middle' | 'end' };

/**
 * Which steps get a clock label: the first and the last, then every step where a new day starts, then the rest,
 * each only if it keeps `gap` pixels from the labels already placed. Steps that share a clock are labelled once.
 */
function pickTicks(candidates: Tick[], gap: number): Tick[] {
  const firstOfClock = candidates.filter((c, i) => i === 0 || c.time !== candidates[i - 1]?.time || c.day !== candidates[i - 1]?.day);
  const newDay = firstOfClock.filter((c, i) => i > 0 && c.day !== firstOfClock[i - 1]?.day);
  const last = firstOfClock[firstOfClock.length - 1];
  const order = [firstOfClock[0], last, ...newDay, ...firstOfClock].filter((c): c is Tick => Boolean(c));
  const chosen: Tick[] = [];
  for (const c of order) if (chosen.every((d) => d !== c && Math.abs(d.x - c.x) >= gap)) chosen.push(c);
  return chosen.sort((a, b) => a.step - b.step);
}

/**
 * Memoised: on the play screen the chart redraws only when its series changes (a new step), not on every event
 * (opening a decision, a pause) nor when the screen around it switches between the stage and the consequence card.
 */
export const MetricChart = memo(function MetricChart({ scenario, series, lang, variant, title, labelledBy }: MetricChartProps) {
  const { t } = useTranslation('debrief', { lng: lang });
  const full = variant === 'full';
  // Draw at the figure's real width (1 unit = 1 px), so labels stay legible from a phone to a projector.
  const figure = useRef<HTMLElement>(null);
  const titleId = useId();
  const [w, setWidth] = useState(full ? 720 : 360);
  useEffect(() => {
    const el = figure.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry && entry.contentRect.width > 0) setWidth(Math.round(Math.min(Math.max(entry.contentRect.width, 260), 1100)));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  const first = series[0]?.clock ?? 0;
  const last = series[series.length - 1]?.clock ?? 0;
  // A scenario can run for minutes or for months: past one calendar day every label carries its date.
  const multiDay = dayLabel(scenario, first, lang) !== dayLabel(scenario, last, lang);
  const h = full ? Math.round(Math.min(Math.max(w * 0.42, 220), 320)) : multiDay ? 184 : 170;
  const pad = { left: full ? 44 : 34, right: 28, top: 12, bottom: full || multiDay ? 44 : 30 };
  const plotWidth = w - pad.left - pad.right;
  // Points are spaced by step, not by clock: every decision gets the same room however far apart in time it falls.
  const x = (step: number) => (series.length > 1 ? pad.left + (step / (series.length - 1)) * plotWidth : pad.left);
  // Each metric runs from its own minimum (bottom) to its own maximum (top): a 0–10 score fills the height as a 0–100 one does.
  const y = (v: number, m: Pick<Metric, 'min' | 'max'>) =>
    pad.top + (1 - Math.min(Math.max((v - m.min) / (m.max - m.min || 1), 0), 1)) * (h - pad.top - pad.bottom);
  const firstMetric = scenario.metrics[0];
  const shared = firstMetric && scenario.metrics.every((m) => m.min === firstMetric.min && m.max === firstMetric.max) ? firstMetric : null;
  /** Grid lines at quarters of the range; labelled with the values when every metric shares one range, else min and max. */
  const gridLabel = (f: number) =>
    shared ? String(Math.round(shared.min + f * (shared.max - shared.min))) : f === 0 ? t('chart.min') : f === 1 ? t('chart.max') : '';
  const clockText = (c: number) => (multiDay ? formatClock(scenario, c, lang) : formatTime(scenario, c, lang));
  const ticks = pickTicks(
    series.map((p, i) => {
      const px = x(i);
      const anchor = series.length > 1 && px > w - pad.right - 24 ? 'end' : 'middle';
      return { step: i, x: px, time: formatTime(scenario, p.clock, lang), day: dayLabel(scenario, p.clock, lang), anchor };
    }),
    multiDay ? (full ? 68 : 58) : full ? 52 : 44,
  );
  /** Where a new day starts between two steps: a faint divider, so a jump in time is visible on the evenly spaced axis. */
  const dayBreaks = full
    ? series.flatMap((p, i) => {
        const before = series[i - 1];
        return before && dayLabel(scenario, before.clock, lang) !== dayLabel(scenario, p.clock, lang) ? [(x(i - 1) + x(i)) / 2] : [];
      })
    : [];
  const end = series[series.length - 1];
  const finals = scenario.metrics.map((m) => `${m.label[lang]} ${end?.values[m.id] ?? m.start}`).join(', ');
  const summary = t('chart.summary', {
    title,
    scale: shared ? t('chart.scaleShared', { min: shared.min, max: shared.max }) : t('chart.scaleOwn'),
    count: scenario.metrics.length,
    from: clockText(first),
    to: clockText(last),
    final: finals,
  });

  const table = (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{t('chart.time')}</th>
          {scenario.metrics.map((m) => (
            <th scope="col" key={m.id}>
              {m.label[lang]}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.map((p) => (
          <tr key={p.step}>
            <th scope="row">{p.step === 0 ? `${clockText(p.clock)} (${t('chart.start')})` : clockText(p.clock)}</th>
            {scenario.metrics.map((m) => (
              <td key={m.id}>{p.values[m.id]}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );

  return (
    <figure
      ref={figure}
      aria-labelledby={labelledBy ?? titleId}
      className={`metric-chart metric-chart--${variant}`}
      style={{ margin: 0, position: 'relative' }}
    >
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={summary} style={{ width: '100%', height: 'auto', display: 'block' }}>
        {[0, 0.25, 0.5, 0.75, 1].map((f) => {
          const gy = y(f, { min: 0, max: 1 });
          return (
            <g key={f}>
              <line x1={pad.left} x2={w - pad.right} y1={gy} y2={gy} stroke={f === 0 ? '#333' : '#d0d0d0'} strokeWidth={1} />
              {(full || f % 0.5 === 0) && (
                <text x={pad.left - 6} y={gy + 4} textAnchor="end" fontSize={full ? 12 : 11} fill="#333">
                  {gridLabel(f)}
                </text>
              )}
            </g>
          );
        })}
        {dayBreaks.map((bx) => (
          <line key={bx} x1={bx} x2={bx} y1={pad.top} y2={h - pad.bottom} stroke="#c4c4c4" strokeDasharray="3 3" />
        ))}
        {series.length > 1 &&
          plotWidth / (series.length - 1) >= 4 &&
          series.map((p, i) => <line key={p.step} x1={x(i)} x2={x(i)} y1={h - pad.bottom} y2={h - pad.bottom + 3} stroke="#767676" />)}
        {ticks.map((c) => (
          <g key={c.step}>
            <line x1={c.x} x2={c.x} y1={h - pad.bottom} y2={h - pad.bottom + 6} stroke="#333" />
            <text x={c.x} y={h - pad.bottom + 18} textAnchor={c.anchor} fontSize={full ? 12 : 11} fill="#333">
              {c.time}
            </text>
            {multiDay && (
              <text x={c.x} y={h - pad.bottom + 33} textAnchor={c.anchor} fontSize={11} fill="#444">
                {c.day}
              </text>
            )}
          </g>
        ))}
        {series.length === 1 && (
          // Before the first decision there is one point: the start values run on as flat lines, with a word on why.
          <text x={pad.left + plotWidth / 2} y={y(0.1, { min: 0, max: 1 })} textAnchor="middle" fontSize={full ? 13 : 12} fill="#4b5866">
            {t('chart.waiting')}
          </text>
        )}
        {scenario.metrics.map((m, i) => {
          const colour = colours[i % colours.length] as string;
          const points = series.map((p, k) => [x(k), y(p.values[m.id] ?? m.start, m)] as const);
          // A lone start point still draws its line to the right edge, so the chart never looks empty.
          const line = series.length === 1 ? [...points, [w - pad.right, points[0]?.[1] ?? y(m.start, m)] as const] : points;
          return (
            <g key={m.id}>
              <path
                d={stepPath(line)}
                fill="none"
                stroke={colour}
                strokeWidth={full ? 2.5 : 2}
                strokeDasharray={dashes[i % dashes.length]}
              />
              {points.map(([px, py], k) => (
                <Marker
                  key={series[k]?.step ?? k}
                  kind={markers[i % markers.length] ?? 'circle'}
                  x={px}
                  y={py}
                  r={full ? 3.5 : 2.5}
                  colour={colour}
                />
              ))}
            </g>
          );
        })}
      </svg>
      <figcaption>
        {!labelledBy && (
          <span id={titleId} className="metric-chart__title">
            {title}
          </span>
        )}
        <ul
          className="metric-chart__legend"
          style={{ listStyle: 'none', padding: 0, margin: '0.25rem 0 0', display: 'flex', flexWrap: 'wrap', gap: '0.25rem 1rem' }}
        >
          {scenario.metrics.map((m, i) => {
            const colour = colours[i % colours.length] as string;
            return (
              <li key={m.id} style={{ display: 'inline-flex', alignItems: 'center', gap: '0.4rem' }}>
                <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
                  <line x1={2} x2={34} y1={6} y2={6} stroke={colour} strokeWidth={2.5} strokeDasharray={dashes[i % dashes.length]} />
                  <Marker kind={markers[i % markers.length] ?? 'circle'} x={18} y={6} r={3.5} colour={colour} />
                </svg>
                {m.label[lang]}: {end?.values[m.id] ?? m.start}
                {!shared && ` (${t('chart.range', { min: m.min, max: m.max })})`}
              </li>
            );
          })}
        </ul>
        {full && series.length > 2 && <p className="metric-chart__axis">{t(multiDay ? 'chart.axisDays' : 'chart.axis')}</p>}
      </figcaption>
      {full ? (
        <details className="metric-chart__data">
          <summary>{t('chart.showTable')}</summary>
          {table}
        </details>
      ) : (
        <div style={visuallyHidden}>{table}</div>
      )}
    </figure>
  );
});
