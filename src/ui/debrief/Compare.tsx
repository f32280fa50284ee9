// Original and fork side by side: where they split, every metric's three curves on one chart (original, this what-if,
// the historical path), the three endings, and the decisions each made from the split on.
import type { CompareLine, Comparison } from '../../engine/play/fork';
import type { Language, Scenario } from '../../engine/play/schema';
import type { SeriesPoint } from '../../engine/play/series';
import { outcomeIcon, type Translate } from './format';

type Props = { scenario: Scenario; comparison: Comparison; lang: Language; t: Translate };

const lines = ['original', 'fork', 'historical'] as const;
type LineKey = (typeof lines)[number];
/** Colour, dash and marker differ per line, so the chart never rests on colour alone. */
const look: Record<LineKey, { colour: string; dash: string }> = {
  original: { colour: '#1d4f91', dash: '' },
  fork: { colour: '#b3261e', dash: '7 4' },
  historical: { colour: '#1b6b3a', dash: '2 3' },
};

function Curves({ metric, series, label, t }: { metric: string; series: Record<LineKey, SeriesPoint[]>; label: string; t: Translate }) {
  const w = 320;
  const h = 120;
  const pad = 8;
  const longest = Math.max(...lines.map((k) => series[k].length), 2);
  const x = (i: number) => pad + (i / (longest - 1)) * (w - 2 * pad);
  const y = (v: number) => pad + (1 - Math.min(Math.max(v, 0), 100) / 100) * (h - 2 * pad);
  const ends = lines.map((k) => `${t(`compare.${k}`)} ${series[k][series[k].length - 1]?.values[metric] ?? '–'}`).join(', ');
  return (
    <figure className="compare__chart">
      <figcaption>{label}</figcaption>
      <svg viewBox={`0 0 ${w} ${h}`} role="img" aria-label={t('compare.chartSummary', { metric: label, ends })}>
        <rect x={0} y={0} width={w} height={h} fill="none" stroke="#d0d0d0" />
        {lines.map((k) => (
          <path
            key={k}
            d={series[k].map((p, i) => `${i === 0 ? 'M' : 'H'}${x(i)}${i === 0 ? ',' : 'V'}${y(p.values[metric] ?? 0)}`).join('')}
            fill="none"
            stroke={look[k].colour}
            strokeWidth={2.5}
            strokeDasharray={look[k].dash}
          />
        ))}
      </svg>
    </figure>
  );
}

function Column({ which, line, lang, t }: { which: LineKey; line: CompareLine; lang: Language; t: Translate }) {
  const e = line.report.ending;
  return (
    <section className={`compare__column compare__column--${which}`} aria-labelledby={`compare-${which}`}>
      <h3 id={`compare-${which}`}>
        <svg width="28" height="10" aria-hidden="true" focusable="false">
          <line x1={1} x2={27} y1={5} y2={5} stroke={look[which].colour} strokeWidth={3} strokeDasharray={look[which].dash} />
        </svg>{' '}
        {t(`compare.${which}`)}
      </h3>
      <p className={e ? `outcome outcome--${e.outcome}` : 'outcome'}>
        {e ? (
          <>
            <span aria-hidden="true">{outcomeIcon[e.outcome]} </span>
            {t(`outcome.${e.outcome}`)}: {e.title[lang]}
          </>
        ) : (
          t('outcome.unfinished')
        )}
      </p>
      <ol className="compare__decisions">
        {line.after.map((i) => (
          <li key={`${i.seq}-${i.place.id}`}>
            {i.place.title[lang]}: <strong>{i.option?.label[lang] ?? t('timeline.timeout')}</strong>
          </li>
        ))}
      </ol>
    </section>
  );
}

export function Compare({ scenario, comparison: c, lang, t }: Props) {
  const option = (id: string | null) =>
    id === null
      ? t('timeline.timeout')
      : (scenario.stages.find((s) => s.id === c.split.stageId)?.decision.options.find((o) => o.id === id)?.label[lang] ?? id);
  const series = { original: c.original.report.series, fork: c.fork.report.series, historical: c.historical.report.series };
  return (
    <>
      <p className="compare__split">
        {t('compare.split', { stage: c.split.stageTitle[lang], original: option(c.split.original), fork: option(c.split.fork) })}
      </p>
      <div className="compare__columns">
        {lines.map((k) => (
          <Column key={k} which={k} line={c[k]} lang={lang} t={t} />
        ))}
      </div>
      {!c.historical.complete && <p className="hint">{t('compare.historicalIncomplete')}</p>}
      <div className="compare__charts">
        {scenario.metrics.map((m) => (
          <Curves key={m.id} metric={m.id} series={series} label={m.label[lang]} t={t} />
        ))}
      </div>
    </>
  );
}
