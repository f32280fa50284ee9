// Original and fork side by side: where they split, every metric's three curves on one chart (original, this what-if,
// the historical path; the comparison's shared chart), the three endings, and the decisions each made from the split on.
import type { CompareLine, Comparison } from '../../engine/play/fork';
import { optionOf } from '../../engine/play/lookup';
import type { Language, Scenario } from '../../engine/play/schema';
import { CompareChart, LineKey } from '../common/compare/CompareChart';
import { outcomeIcon, type Translate } from './format';

type Props = { scenario: Scenario; comparison: Comparison; lang: Language; t: Translate };

const lines = ['original', 'fork', 'historical'] as const;
type Line = (typeof lines)[number];

function Column({ which, line, lang, t }: { which: Line; line: CompareLine; lang: Language; t: Translate }) {
  const e = line.report.ending;
  return (
    <section className={`compare__column compare__column--${which}`} aria-labelledby={`compare-${which}`}>
      <h3 id={`compare-${which}`}>
        <LineKey n={lines.indexOf(which)} /> {t(`compare.${which}`)}
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
    id === null ? t('timeline.timeout') : (optionOf(scenario, c.split.stageId, id)?.label[lang] ?? id);
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
          <CompareChart
            key={m.id}
            metric={m}
            lines={lines.map((k) => ({ key: k, label: t(`compare.${k}`), series: c[k].report.series }))}
            lang={lang}
          />
        ))}
      </div>
    </>
  );
}
