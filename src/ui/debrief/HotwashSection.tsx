// The debrief's hot wash and feedback: the strengths and areas for improvement collected per objective, and the
// summary of the feedback forms (respondents, per statement the count, mean and a small distribution chart, the
// roles, and what people listed). hotwashMarkdown() and feedbackMarkdown() put the same into the Markdown export.
import type { FeedbackSummary, StatementSummary } from '../../engine/play/feedback';
import type { HotwashItem, Report } from '../../engine/play/report';
import type { Language } from '../../engine/play/schema';
import type { Translate } from './format';

type Group = { key: string; title: string | null; items: HotwashItem[] };

function groups(report: Report, lang: Language): Group[] {
  const out: Group[] = report.objectives.map((o) => ({
    key: o.id,
    title: o.text[lang],
    items: report.hotwash.filter((i) => i.objective?.id === o.id),
  }));
  out.push({ key: '', title: null, items: report.hotwash.filter((i) => i.objective === null) });
  return out.filter((g) => g.items.length > 0);
}

const kinds = ['strength', 'improvement'] as const;
const kindTitle = (t: Translate, k: (typeof kinds)[number]) => t(k === 'strength' ? 'hotwash.strengths' : 'hotwash.improvements');
const itemText = (i: HotwashItem, t: Translate) =>
  `${i.text}${i.merged > 0 ? ` ${t('hotwash.merged', { count: i.merged })}` : ''}${i.author ? ` — ${i.author}` : ''}`;

export function HotwashSection({ report, lang, t }: { report: Report; lang: Language; t: Translate }) {
  const list = groups(report, lang);
  if (list.length === 0) return <p>{t('hotwash.none')}</p>;
  return (
    <>
      {list.map((g) => (
        <div key={g.key} className="debrief-hotwash">
          <h3>{g.title ?? t('hotwash.general')}</h3>
          <div className="debrief-hotwash__columns">
            {kinds.map((k) => {
              const items = g.items.filter((i) => i.kind === k);
              return (
                <div key={k}>
                  <h4>{kindTitle(t, k)}</h4>
                  {items.length === 0 ? (
                    <p className="hint">{t('hotwash.none')}</p>
                  ) : (
                    <ul>
                      {items.map((i) => (
                        <li key={i.seq}>{itemText(i, t)}</li>
                      ))}
                    </ul>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      ))}
    </>
  );
}

const counts = (s: StatementSummary) => s.distribution.map((n, i) => `${i + 1}: ${n}`).join(', ');

/** Five bars, one per answer 1–5, scaled to the largest; the text beside it says the same for screen readers. */
function Distribution({ s, label }: { s: StatementSummary; label: string }) {
  const top = Math.max(1, ...s.distribution);
  return (
    <span className="feedback-bars" role="img" aria-label={label}>
      {s.distribution.map((n, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the five answers 1–5, in order.
        <span key={i} className="feedback-bar">
          <span className="feedback-bar__fill" style={{ blockSize: `calc((100% - 0.8rem) * ${n / top})` }} />
          <span className="feedback-bar__label" aria-hidden="true">
            {i + 1}
          </span>
        </span>
      ))}
    </span>
  );
}

const mean = (m: number | null) => (m === null ? '—' : m.toFixed(1));

export function FeedbackSummaryView({ summary, t }: { summary: FeedbackSummary; t: Translate }) {
  if (summary.respondents === 0) return <p>{t('feedback.summary.none')}</p>;
  const listed = (title: string, items: { text: string; author: string }[]) =>
    items.length > 0 && (
      <>
        <h3>{title}</h3>
        <ul>
          {items.map((x, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the same point may be listed twice; the order is fixed.
            <li key={i}>
              {x.text} <span className="hint">— {x.author}</span>
            </li>
          ))}
        </ul>
      </>
    );
  return (
    <>
      <p>
        <strong>{t('feedback.summary.respondents', { count: summary.respondents })}</strong>
        {' · '}
        {t('feedback.summary.roles')}: {summary.roles.map((r) => `${r.role ?? t('feedback.summary.noRole')} (${r.count})`).join(', ')}
      </p>
      <table className="metrics-table feedback-table">
        <caption className="sr-only">{t('feedback.summary.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('feedback.summary.statement')}</th>
            <th scope="col">{t('feedback.summary.count')}</th>
            <th scope="col">{t('feedback.summary.mean')}</th>
            <th scope="col">{t('feedback.summary.distribution')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.statements.map((s) => (
            <tr key={s.id}>
              <th scope="row">{t(`feedback.statements.${s.id}`)}</th>
              <td>{s.count}</td>
              <td>{mean(s.mean)}</td>
              <td>
                <Distribution
                  s={s}
                  label={t('feedback.summary.distributionOf', { statement: t(`feedback.statements.${s.id}`), counts: counts(s) })}
                />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {summary.score.count > 0 && (
        <p>
          {t('feedback.summary.score')}: {mean(summary.score.mean)} ({summary.score.count})
        </p>
      )}
      {listed(t('feedback.strengths'), summary.strengths)}
      {listed(t('feedback.improvements'), summary.improvements)}
      {listed(t('feedback.summary.remarks'), summary.remarks)}
    </>
  );
}

const cell = (x: string) => x.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

export function hotwashMarkdown(report: Report, lang: Language, t: Translate): string[] {
  const out = [`## ${t('hotwash.heading')}`, ''];
  const list = groups(report, lang);
  if (list.length === 0) out.push(t('hotwash.none'), '');
  for (const g of list) {
    out.push(`### ${cell(g.title ?? t('hotwash.general'))}`, '');
    for (const k of kinds) {
      const items = g.items.filter((i) => i.kind === k);
      out.push(`**${kindTitle(t, k)}**`, '');
      if (items.length === 0) out.push(`- ${t('hotwash.none')}`);
      for (const i of items) out.push(`- ${cell(itemText(i, t))}`);
      out.push('');
    }
  }
  return out;
}

export function feedbackMarkdown(summary: FeedbackSummary, t: Translate): string[] {
  const out = [`## ${t('feedback.summary.heading')}`, ''];
  if (summary.respondents === 0) return [...out, t('feedback.summary.none'), ''];
  out.push(t('feedback.summary.respondents', { count: summary.respondents }), '');
  out.push(
    `${t('feedback.summary.roles')}: ${summary.roles.map((r) => `${cell(r.role ?? t('feedback.summary.noRole'))} (${r.count})`).join(', ')}`,
    '',
  );
  out.push(
    `| ${t('feedback.summary.statement')} | ${t('feedback.summary.count')} | ${t('feedback.summary.mean')} | ${t('feedback.summary.distribution')} |`,
    '|---|---:|---:|---|',
  );
  for (const s of summary.statements)
    out.push(`| ${t(`feedback.statements.${s.id}`)} | ${s.count} | ${mean(s.mean)} | ${s.distribution.join(' · ')} |`);
  out.push('');
  if (summary.score.count > 0) out.push(`${t('feedback.summary.score')}: ${mean(summary.score.mean)} (${summary.score.count})`, '');
  const listed = (title: string, items: { text: string; author: string }[]) => {
    if (items.length === 0) return;
    out.push(`### ${title}`, '');
    for (const x of items) out.push(`- ${cell(x.text)} (${cell(x.author)})`);
    out.push('');
  };
  listed(t('feedback.strengths'), summary.strengths);
  listed(t('feedback.improvements'), summary.improvements);
  listed(t('feedback.summary.remarks'), summary.remarks);
  return out;
}
