// Renders the after-action report as a Markdown document (scenario, role, date, ending, timeline, metrics,
// historical comparison, objectives, questions, improvement plan) in the language of the debrief.
import { formatClock, formatDate } from '../../engine/play/clock';
import type { Report, TimelineItem } from '../../engine/play/report';
import type { Language } from '../../engine/play/schema';
import { ratingCount, ratingLabel } from '../common/report/rating';
import { changeText, outcomeIcon, quoted, type Translate, webAddress } from './format';

export type ImprovementPlan = { well: string; improve: string; actions: string };

/** Keeps text inside one table cell or list line. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');

/** Markdown link text and target, escaped so a name or address cannot break out of the link. */
function link(text: string, url: string | undefined): string {
  const href = webAddress(url);
  const label = text.replace(/([[\]\\])/g, '\\$1');
  return href ? `[${label}](${href.replace(/[()<> ]/g, encodeURIComponent)})` : text;
}

function sourceLine(src: Report['sources'][number]): string {
  return link([src.name, src.publisher, src.date].filter(Boolean).join(', '), src.url);
}

function timelineItem(item: TimelineItem, i: number, lang: Language, t: Translate, start: string): string[] {
  const clock = formatClock({ start }, item.clock, lang);
  const what =
    item.kind === 'delayed'
      ? t('timeline.delayed')
      : `${t(item.kind === 'timeout' ? 'timeline.timeout' : 'timeline.chose')}: ${item.option?.label[lang] ?? ''}`;
  const head = `**${clock} — ${item.place.title[lang]}** — ${what}`;
  const lines = [`${i + 1}. ${item.undone ? `~~${head}~~ (${t('timeline.undone')})` : head}`];
  if (item.text[lang]) lines.push(`   - ${t('timeline.followed')}: ${cell(item.text[lang])}`);
  for (const c of item.causes) {
    lines.push(
      `   - ${c.option ? t('timeline.because', { stage: quoted(c.stage.title[lang], lang), option: c.option.label[lang] }) : t('timeline.becauseEvent', { stage: quoted(c.stage.title[lang], lang), flag: c.flag })}`,
    );
  }
  const changes = item.changes.map((c) => changeText(t, c, lang)).join('; ');
  lines.push(`   - ${t('timeline.changes')}: ${changes || t('timeline.noChange')}`);
  for (const n of item.history?.notes ?? []) {
    const label = n.today ? t('timeline.today') : t('timeline.really');
    const why = n.inferred ? ` _${t('timeline.inferred')}. ${cell(t('timeline.inferredWhy', { reason: n.inferred[lang] }))}_` : '';
    lines.push(
      `   - ${label}: ${cell(n.text[lang])}${why} (${t('timeline.sources')}: ${n.sources.map((s) => link(s.name, s.url)).join('; ')})`,
    );
  }
  if (item.leftHistoricalRoute) lines.push(`   - ⚑ **${t('timeline.diverged')}**`);
  return lines;
}

export function renderMarkdown(r: Report, start: string, lang: Language, t: Translate, plan: ImprovementPlan): string {
  const out: string[] = [`# ${t('title', { title: r.scenario.title[lang] })}`, ''];
  out.push(`- **${t('md.scenario')}:** ${r.scenario.title[lang]} (v${r.scenario.version})`);
  out.push(`- **${t('meta.role')}:** ${r.role.name[lang]}`);
  out.push(`- **${t('md.date')}:** ${formatDate(r.playedTo ?? new Date().toISOString(), lang)}`);
  out.push(`- **${t('meta.incident')}:** ${formatDate(`${r.scenario.incidentDate}T12:00:00Z`, lang)}`);
  out.push(`- **${t('meta.hospital')}:** ${r.scenario.hospital}`, '');

  out.push(`## ${t('outcome.heading')}`, '');
  if (r.ending) {
    out.push(
      `**${r.ending.title[lang]}** — ${outcomeIcon[r.ending.outcome]} ${t(`outcome.${r.ending.outcome}`)}`,
      '',
      r.ending.summary[lang],
      '',
    );
    if (r.ending.week) out.push(`**${t('outcome.week')}:** ${r.ending.week[lang]}`, '');
    if (r.ending.month) out.push(`**${t('outcome.month')}:** ${r.ending.month[lang]}`, '');
  } else out.push(t('outcome.unfinished'), '');

  out.push(`## ${t('timeline.heading')}`, '');
  if (r.timeline.length === 0) out.push(t('timeline.empty'));
  r.timeline.forEach((item, i) => {
    out.push(...timelineItem(item, i, lang, t, start));
  });
  out.push('');

  out.push(
    `## ${t('metrics.heading')}`,
    '',
    `| ${t('metrics.metric')} | ${t('metrics.start')} | ${t('metrics.end')} | ${t('metrics.change')} |`,
  );
  out.push('|---|---:|---:|---:|');
  for (const m of r.metrics) out.push(`| ${cell(m.label[lang])} | ${m.start} | ${m.end} | ${m.delta > 0 ? '+' : ''}${m.delta} |`);
  out.push('');

  out.push(
    `## ${t('md.historical')}`,
    '',
    `| ${t('chart.time')} | ${t('md.stage')} | ${t('md.you')} | ${t('md.real')} | |`,
    '|---|---|---|---|---|',
  );
  for (const item of r.timeline.filter((x) => x.history && !x.undone)) {
    const h = item.history;
    const chosen = h?.option ? `${cell(h.option.label[lang])}${h.inferred ? ` (≈ ${t('md.closest')})` : ''}` : null;
    const real = chosen ?? (h?.notes[0] ? cell(h.notes[0].text[lang]) : t('md.noNote'));
    const match = h?.matched === null ? '' : h?.matched ? t('md.matchYes') : `${t('md.matchNo')}${item.leftHistoricalRoute ? ' ⚑' : ''}`;
    out.push(
      `| ${formatClock({ start }, item.clock, lang)} | ${cell(item.place.title[lang])} | ${cell(item.option?.label[lang] ?? '')} | ${real} | ${match} |`,
    );
  }
  out.push('');

  out.push(`## ${t('objectives.heading')}`, '');
  for (const o of r.objectives) {
    out.push(`- **${o.text[lang]}:** ${ratingLabel(o, t)} (${ratingCount(o, t)})`);
    if (o.override)
      out.push(`  - ${t('ratings.overridden', { computed: t(`objectives.${o.computed ?? o.rating}`), reason: o.override.reason })}`);
    for (const x of o.reasons)
      out.push(
        `  - ${x.stage.title[lang]}: ${x.timeout ? t('timeline.timeout') : (x.option?.label[lang] ?? '')} — ${t(x.performed ? 'ratings.performed' : 'ratings.missed')}`,
      );
  }
  out.push('', `_${t('objectives.explain')}_`, '');

  out.push(`## ${t('real.heading')}`, '', r.realStory[lang], '', `### ${t('real.sources')}`, '');
  for (const s of r.sources) out.push(`- ${sourceLine(s)}`);
  out.push('');

  out.push(`## ${t('questions.heading')}`, '');
  r.questions.forEach((q, i) => {
    out.push(`${i + 1}. ${q[lang]}`);
  });
  out.push('');

  const filled = (['well', 'improve', 'actions'] as const).filter((k) => plan[k].trim());
  if (filled.length) {
    out.push(`## ${t('plan.heading')}`, '');
    for (const k of filled) out.push(`### ${t(`plan.${k}`)}`, '', plan[k].trim(), '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
