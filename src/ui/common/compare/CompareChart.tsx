// One metric over the decisions of several sessions: one step line per session (and the historical path), told apart
// by colour, dash and marker, with a legend, a summary for screen readers and the values as a table.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Metric } from '../../../engine/play/schema';
import type { SeriesPoint } from '../../../engine/play/series';
import { colours, dashes, Marker, markers } from '../MetricChart';
import './compare.css';

export type ChartLine = { key: string; label: string; series: SeriesPoint[] };
type Props = { metric: Metric; lines: ChartLine[]; lang: Language };

/** The look of the n-th line, shared with the legend and the endings so a session keeps its look everywhere. */
export const lineLook = (n: number) => ({
  colour: colours[n % colours.length] as string,
  dash: dashes[n % dashes.length] as string,
  marker: markers[n % markers.length] ?? 'circle',
});

export function LineKey({ n }: { n: number }) {
  const look = lineLook(n);
  return (
    <svg width="36" height="12" viewBox="0 0 36 12" aria-hidden="true" focusable="false" className="line-key">
      <line x1={2} x2={34} y1={6} y2={6} stroke={look.colour} strokeWidth={2.5} strokeDasharray={look.dash} />
      <Marker kind={look.marker} x={18} y={6} r={3.5} colour={look.colour} />
    </svg>
  );
}

export function CompareChart({ metric, lines, lang }: Props) {
  const { t } = useTranslation('report', { lng: lang });
  const id = useId();
  const w = 360;
  const h = 150;
  const pad = { left: 30, right: 10, top: 10, bottom: 20 };
  const longest = Math.max(2, ...lines.map((l) => l.series.length));
  const x = (i: number) => pad.left + (i / (longest - 1)) * (w - pad.left - pad.right);
  const y = (v: number) =>
    pad.top + (1 - Math.min(Math.max((v - metric.min) / (metric.max - metric.min || 1), 0), 1)) * (h - pad.top - pad.bottom);
  const last = (l: ChartLine) => l.series[l.series.length - 1]?.values[metric.id] ?? metric.start;
  const ends = lines.map((l) => `${l.label} ${last(l)}`).join(', ');
  const label = metric.label[lang];
  return (
    <figure className="compare-chart" aria-labelledby={id}>
      <figcaption id={id} className="compare-chart__title">
        {label}
      </figcaption>
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={t('compare.chartSummary', { metric: label, count: lines.length, ends })}>
        {[0, 0.5, 1].map((f) => {
          const gy = pad.top + (1 - f) * (h - pad.top - pad.bottom);
          return (
            <g key={f}>
              <line x1={pad.left} x2={w - pad.right} y1={gy} y2={gy} stroke={f === 0 ? '#333' : '#d0d0d0'} />
              <text x={pad.left - 4} y={gy + 4} textAnchor="end" fontSize={10} fill="#333">
                {Math.round(metric.min + f * (metric.max - metric.min))}
              </text>
            </g>
          );
        })}
        {lines.map((l, n) => {
          const look = lineLook(n);
          const pts = l.series.map((p, i) => [x(i), y(p.values[metric.id] ?? metric.start)] as const);
          return (
            <g key={l.key}>
              <path
                d={pts.map(([px, py], i) => (i === 0 ? `M${px},${py}` : `H${px}V${py}`)).join('')}
                fill="none"
                stroke={look.colour}
                strokeWidth={2}
                strokeDasharray={look.dash}
              />
              {pts.map(([px, py], i) => (
                <Marker key={l.series[i]?.step ?? i} kind={look.marker} x={px} y={py} r={2.5} colour={look.colour} />
              ))}
            </g>
          );
        })}
      </svg>
      <ul className="compare-chart__legend">
        {lines.map((l, n) => (
          <li key={l.key}>
            <LineKey n={n} /> {l.label}: {last(l)}
          </li>
        ))}
      </ul>
      <details className="compare-chart__data">
        <summary>{t('compare.showTable')}</summary>
        <table>
          <caption>{label}</caption>
          <thead>
            <tr>
              <th scope="col">{t('compare.step')}</th>
              {lines.map((l) => (
                <th scope="col" key={l.key}>
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: longest }, (_, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the rows are the steps themselves
              <tr key={i}>
                <th scope="row">{i === 0 ? t('compare.start') : i}</th>
                {lines.map((l) => (
                  <td key={l.key}>{l.series[i]?.values[metric.id] ?? '—'}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
