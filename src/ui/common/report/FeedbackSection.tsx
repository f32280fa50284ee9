// The feedback summary: how many filled in the form and in which roles, the mean of every 1–5 statement with a small
// distribution chart (its numbers beside it in words), and the strengths and areas for improvement named most.
import type { Aar } from '../../../engine/aar/aar';
import type { StatementSummary } from '../../../engine/aar/feedback';
import type { Translate } from './translate';

function Distribution({ s, t }: { s: Omit<StatementSummary, 'id'>; t: Translate }) {
  const most = Math.max(1, ...s.distribution);
  const [a, b, c, d, e] = s.distribution;
  const text = t('aar.feedback.spreadText', { a, b, c, d, e });
  return (
    <svg className="aar__spread" viewBox="0 0 100 24" width="100" height="24" role="img" aria-label={text}>
      {s.distribution.map((n, i) => {
        const h = (n / most) * 18;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: the bars are the fixed answers 1 to 5
          <g key={i}>
            <rect x={i * 20 + 3} y={20 - h} width={14} height={h} fill="#0b5d7a" />
            <line x1={i * 20 + 1} x2={i * 20 + 19} y1={20.5} y2={20.5} stroke="#333" />
          </g>
        );
      })}
    </svg>
  );
}

export function FeedbackSection({ aar, t }: { aar: Aar; t: Translate }) {
  const f = aar.feedback;
  const rows = [...f.statements.map((s) => ({ key: s.id, label: t(`aar.feedback.statements.${s.id}`), s }))];
  if (f.score.count) rows.push({ key: 'structured', label: t('aar.feedback.score'), s: { id: 'structured', ...f.score } });
  return (
    <section className="aar__section" aria-labelledby="aar-feedback">
      <h2 id="aar-feedback">{t('aar.feedback.heading')}</h2>
      {f.responses === 0 ? (
        <p>{t('aar.feedback.none')}</p>
      ) : (
        <>
          <p>
            {t('aar.feedback.responses', { count: f.responses })}
            {f.roles.length > 0 && ` · ${t('aar.feedback.roles')}: ${f.roles.map((r) => `${r.role} (${r.count})`).join(', ')}`}
          </p>
          <table className="aar__table aar__feedback">
            <thead>
              <tr>
                <th scope="col">{t('aar.feedback.statement')}</th>
                <th scope="col">{t('aar.feedback.count')}</th>
                <th scope="col">{t('aar.feedback.mean')}</th>
                <th scope="col">{t('aar.feedback.spread')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.label}>
                  <th scope="row">{r.label}</th>
                  <td>{r.s.count}</td>
                  <td>{r.s.mean ?? '—'}</td>
                  <td>
                    <Distribution s={r.s} t={t} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <div className="aar__two">
            {(['strengths', 'improvements'] as const).map((k) => (
              <div className="aar__findings" key={k}>
                <h3>{t(`aar.feedback.${k}`)}</h3>
                {f[k].length === 0 ? (
                  <p>{t('aar.objectives.none')}</p>
                ) : (
                  <ol>
                    {f[k].map((m) => (
                      <li key={m.text}>
                        {m.text} <span className="aar__muted">({t('aar.feedback.times', { count: m.count })})</span>
                      </li>
                    ))}
                  </ol>
                )}
              </div>
            ))}
          </div>
          {f.remarks.length > 0 && (
            <div className="aar__findings">
              <h3>{t('aar.feedback.remarks')}</h3>
              <ul>
                {f.remarks.map((r) => (
                  <li key={`${r.author}-${r.text}`}>
                    {r.text} <span className="aar__muted">— {r.author}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
        </>
      )}
    </section>
  );
}
