// An accessible SVG line chart of every metric over simulated time, used by the play dashboard and the debrief.
// Lines differ by colour, dash pattern and marker; a text legend and a data table carry the same facts for everyone.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clockDate, formatTime, timeZone } from '../../engine/clock';
import type { Language, Scenario } from '../../engine/schema';
import type { SeriesPoint } from '../../engine/series';

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

export type MetricChartProps = { scenario: Scenario; series: SeriesPoint[]; lang: Language; variant: 'compact' | 'full'; title: string };

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

/** A short day label ("14 jan.") for ticks where the date changes. */
function dayLabel(scenario: Scenario, minutes: number, lang: Language): string {
  return new Intl.DateTimeFormat(lang === 'nl' ? 'nl-NL' : 'en-GB', { timeZone, day: 'numeric', month: 'short' }).format(
    clockDate(scenario, minutes),
  );
}

export function MetricChart({ scenario, series, lang, variant, title }: MetricChartProps) {
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
  const h = full ? Math.round(Math.min(Math.max(w * 0.42, 220), 320)) : 170;
  const pad = { left: full ? 44 : 34, right: 24, top: 12, bottom: full ? 46 : 36 };
  const first = series[0]?.clock ?? 0;
  const last = series[series.length - 1]?.clock ?? 0;
  const span = Math.max(last - first, 1);
  const x = (c: number) => pad.left + ((c - first) / span) * (w - pad.left - pad.right);
  const y = (v: number) => pad.top + (1 - Math.min(Math.max(v, 0), 100) / 100) * (h - pad.top - pad.bottom);
  const tickCount = Math.max(2, Math.min(full ? 7 : 4, Math.floor(w / 110)));
  const ticks = last > first ? Array.from({ length: tickCount }, (_, i) => Math.round(first + (span * i) / (tickCount - 1))) : [first];
  const end = series[series.length - 1];
  const finals = scenario.metrics.map((m) => `${m.label[lang]} ${end?.values[m.id] ?? m.start}`).join(', ');
  const summary = t('chart.summary', {
    title,
    count: scenario.metrics.length,
    from: formatTime(scenario, first, lang),
    to: formatTime(scenario, last, lang),
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
            <th scope="row">
              {p.step === 0 ? `${formatTime(scenario, p.clock, lang)} (${t('chart.start')})` : formatTime(scenario, p.clock, lang)}
            </th>
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
      aria-labelledby={titleId}
      className={`metric-chart metric-chart--${variant}`}
      style={{ margin: 0, position: 'relative' }}
    >
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={summary} style={{ width: '100%', height: 'auto', display: 'block' }}>
        {[0, 25, 50, 75, 100].map((v) => (
          <g key={v}>
            <line x1={pad.left} x2={w - pad.right} y1={y(v)} y2={y(v)} stroke={v === 0 ? '#333' : '#d0d0d0'} strokeWidth={1} />
            {(full || v % 50 === 0) && (
              <text x={pad.left - 6} y={y(v) + 4} textAnchor="end" fontSize={full ? 12 : 11} fill="#333">
                {v}
              </text>
            )}
          </g>
        ))}
        {ticks.map((c, i) => {
          const newDay = i === 0 || dayLabel(scenario, c, lang) !== dayLabel(scenario, ticks[i - 1] ?? c, lang);
          return (
            <g key={c}>
              <line x1={x(c)} x2={x(c)} y1={h - pad.bottom} y2={h - pad.bottom + 5} stroke="#333" />
              <text x={x(c)} y={h - pad.bottom + 18} textAnchor="middle" fontSize={full ? 12 : 11} fill="#333">
                {formatTime(scenario, c, lang)}
              </text>
              {full && newDay && (
                <text x={x(c)} y={h - pad.bottom + 34} textAnchor="middle" fontSize={11} fill="#444">
                  {dayLabel(scenario, c, lang)}
                </text>
              )}
            </g>
          );
        })}
        {scenario.metrics.map((m, i) => {
          const colour = colours[i % colours.length] as string;
          const points = series.map((p) => [x(p.clock), y(p.values[m.id] ?? m.start)] as const);
          return (
            <g key={m.id}>
              <path
                d={stepPath(points)}
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
        <span id={titleId} className="metric-chart__title">
          {title}
        </span>
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
              </li>
            );
          })}
        </ul>
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
}
