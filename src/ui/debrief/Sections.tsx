// The smaller debrief sections: outcome, start-versus-end metrics, objective ratings, the real story, the improvement plan.
import type { Report } from '../../engine/play/report';
import type { Language } from '../../engine/play/schema';
import { ratingClass, ratingCount, ratingIconOf, ratingLabel } from '../common/report/rating';
import { outcomeIcon, type Translate } from './format';
import type { ImprovementPlan } from './markdown';
import { SourceName } from './SourceName';

type Common = { report: Report; lang: Language; t: Translate };

const paragraphs = (text: string) => text.split(/\n\s*\n/).filter((p) => p.trim());

export function Outcome({ report, lang, t }: Common) {
  const e = report.ending;
  if (!e) return <p>{t('outcome.unfinished')}</p>;
  return (
    <>
      <p className={`outcome outcome--${e.outcome}`}>
        <span className="outcome__icon" aria-hidden="true">
          {outcomeIcon[e.outcome]}
        </span>
        <span className="outcome__class">{t(`outcome.${e.outcome}`)}</span>
        <span className="outcome__title">{e.title[lang]}</span>
      </p>
      {paragraphs(e.summary[lang]).map((p) => (
        <p key={p}>{p}</p>
      ))}
      {(e.week || e.month) && (
        <dl className="outcome__later">
          {e.week && (
            <div>
              <dt>{t('outcome.week')}</dt>
              <dd>{e.week[lang]}</dd>
            </div>
          )}
          {e.month && (
            <div>
              <dt>{t('outcome.month')}</dt>
              <dd>{e.month[lang]}</dd>
            </div>
          )}
        </dl>
      )}
    </>
  );
}

export function MetricsTable({ report, lang, t }: Common) {
  return (
    <table className="metrics-table">
      <caption>{t('metrics.heading')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('metrics.metric')}</th>
          <th scope="col">{t('metrics.start')}</th>
          <th scope="col">{t('metrics.end')}</th>
          <th scope="col">{t('metrics.change')}</th>
        </tr>
      </thead>
      <tbody>
        {report.metrics.map((m) => (
          <tr key={m.id}>
            <th scope="row">{m.label[lang]}</th>
            <td>{m.start}</td>
            <td>{m.end}</td>
            <td className={m.delta === 0 ? '' : m.better ? 'change--better' : 'change--worse'}>
              {m.delta > 0 ? `▲ +${m.delta}` : m.delta < 0 ? `▼ −${-m.delta}` : '0'}
              {m.delta !== 0 && ` (${t(m.better ? 'change.better' : 'change.worse')})`}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function Objectives({ report, lang, t }: Common) {
  return (
    <>
      <ul className="objectives">
        {report.objectives.map((o) => (
          <li key={o.id} className={`objective objective--${ratingClass(o)}`}>
            <span className="objective__text">{o.text[lang]}</span>
            <span className="objective__rating">
              <span aria-hidden="true">{ratingIconOf(o)} </span>
              {ratingLabel(o, t)}
            </span>
            <span className="objective__count">{ratingCount(o, t)}</span>
          </li>
        ))}
      </ul>
      <p className="hint">{t('objectives.explain')}</p>
    </>
  );
}

export function RealStory({ report, lang, t }: Common) {
  return (
    <>
      {paragraphs(report.realStory[lang]).map((p) => (
        <p key={p}>{p}</p>
      ))}
      <h3>{t('real.sources')}</h3>
      <ul className="sources">
        {report.sources.map((s) => (
          <li key={s.id}>
            <SourceName source={s} />
            {[s.publisher, s.date].filter(Boolean).map((x) => `, ${x}`)}
          </li>
        ))}
      </ul>
    </>
  );
}

export function PlanFields({ plan, onChange, t }: { plan: ImprovementPlan; onChange: (p: ImprovementPlan) => void; t: Translate }) {
  return (
    <>
      <p className="hint">{t('plan.intro')}</p>
      {(['well', 'improve', 'actions'] as const).map((k) => (
        <div className={plan[k].trim() ? 'field' : 'field field--empty'} key={k}>
          <label htmlFor={`plan-${k}`}>{t(`plan.${k}`)}</label>
          <textarea id={`plan-${k}`} rows={4} value={plan[k]} onChange={(e) => onChange({ ...plan, [k]: e.target.value })} />
          <p className="print-only plan__print">{plan[k]}</p>
        </div>
      ))}
    </>
  );
}
