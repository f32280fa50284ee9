// The metrics dashboard: each score with its value, its change since the start (arrow and words, not colour
// alone), and the compact chart of the game so far.
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Scenario } from '../../engine/play/schema';
import type { SeriesPoint } from '../../engine/play/series';
import type { MetricView } from '../../engine/play/view';
import { MetricChart } from '../common/MetricChart';

export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';
}

export function arrow(n: number): string {
  return n > 0 ? '▲' : n < 0 ? '▼' : '■';
}

type MetricsPanelProps = { metrics: MetricView[]; scenario: Scenario; series: SeriesPoint[]; lang: Language };

/** The view is rebuilt on every event; the panel only has to redraw when a score (or the series) really changed. */
function sameScores(a: MetricsPanelProps, b: MetricsPanelProps): boolean {
  return (
    a.scenario === b.scenario &&
    a.series === b.series &&
    a.lang === b.lang &&
    a.metrics.length === b.metrics.length &&
    a.metrics.every((m, i) => {
      const n = b.metrics[i];
      return n !== undefined && m.id === n.id && m.value === n.value && m.change === n.change && m.trend === n.trend;
    })
  );
}

export const MetricsPanel = memo(function MetricsPanel({ metrics, scenario, series, lang }: MetricsPanelProps) {
  const { t } = useTranslation('play');
  // Before its first deferred render the panel holds its place with the heading only.
  if (metrics.length === 0)
    return (
      <section className="metrics metrics-pending" aria-labelledby="metrics-heading">
        <h2 id="metrics-heading">{t('metrics.heading')}</h2>
      </section>
    );
  return (
    <section className="metrics" aria-labelledby="metrics-heading">
      <h2 id="metrics-heading">{t('metrics.heading')}</h2>
      <ul className="metric-list">
        {metrics.map((m) => {
          const share = ((m.value - m.min) / (m.max - m.min)) * 100;
          return (
            <li key={m.id} className={`metric metric-${m.trend}`}>
              <div className="metric-top">
                <span className="metric-label">{m.label[lang]}</span>
                <span className="metric-value">
                  <span aria-hidden="true">
                    {m.value}
                    <span className="metric-max">/{m.max}</span>
                  </span>
                  <span className="sr-only">{t('metrics.value', { value: m.value, max: m.max })}</span>
                </span>
              </div>
              <div className="metric-bar" aria-hidden="true">
                <span className="metric-fill" style={{ transform: `translateX(${share - 100}%)` }} />
              </div>
              <p className="metric-change">
                <span aria-hidden="true">{arrow(m.change)} </span>
                {signed(m.change)} {t('metrics.since')} ({t(`metrics.${m.trend}`)})
              </p>
            </li>
          );
        })}
      </ul>
      <MetricChart scenario={scenario} series={series} lang={lang} variant="compact" title={t('metrics.chart')} />
    </section>
  );
}, sameScores);
