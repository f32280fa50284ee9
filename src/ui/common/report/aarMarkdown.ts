// The after-action report as a Markdown document, in the same order and words as the screen and the print layout.
import type { Aar, AarObjective, Finding } from '../../../engine/aar/aar';
import { formatClock, formatDate } from '../../../engine/play/clock';
import type { Language, Scenario } from '../../../engine/play/schema';
import { ratingCount, ratingLabel } from './rating';
import type { Translate } from './translate';

/** Keeps text inside one table cell or list line. */
const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);

function finding(f: Finding, course: boolean, lang: Language, t: Translate, missed: boolean): string {
  const stage = f.stage.title[lang];
  const text = f.timeout
    ? t('aar.objectives.timedOut', { stage })
    : t('aar.objectives.chose', { stage, option: f.option?.label[lang] ?? '' });
  return `- ${course ? `**${f.label}:** ` : ''}${cell(text)}${missed ? ` — ${t('aar.objectives.missed')}` : ''}`;
}

function objective(o: AarObjective, n: number, course: boolean, lang: Language, t: Translate): string[] {
  const out = [`### ${n}. ${o.text[lang]}`, ''];
  for (const r of o.ratings) {
    const count = ratingCount(r, t);
    const over =
      r.computed && r.reason
        ? ` — ${t('aar.objectives.overridden', { computed: t(`objectives.${r.computed}`, { ns: 'debrief' }), reason: cell(r.reason) })}`
        : '';
    out.push(`- ${t('aar.objectives.rating')}${course ? ` ${r.label}` : ''}: **${ratingLabel(r, t)}** (${count})${over}`);
  }
  out.push('', `**${t('aar.objectives.strengths')}**`, '');
  out.push(...(o.strengths.length ? o.strengths.map((f) => finding(f, course, lang, t, false)) : [t('aar.objectives.none')]));
  out.push('', `**${t('aar.objectives.improvements')}**`, '');
  out.push(...(o.improvements.length ? o.improvements.map((f) => finding(f, course, lang, t, true)) : [t('aar.objectives.none')]));
  if (o.observations.length) {
    out.push('', `**${t('aar.objectives.observations')}**`, '');
    for (const x of o.observations) out.push(`- ${course ? `**${x.label}:** ` : ''}${cell(x.text)} — ${cell(x.author)}`);
  }
  if (o.hotwash.length) out.push('', `**${t('aar.objectives.hotwash')}**`, '', ...hotwash(o.hotwash, course, t));
  out.push('');
  return out;
}

function hotwash(items: Aar['hotwash'], course: boolean, t: Translate): string[] {
  return items.map(
    (h) =>
      `- ${course ? `**${h.label}:** ` : ''}${h.kind === 'strength' ? t('aar.objectives.strengths') : t('aar.objectives.improvements')}: ${cell(h.text)}${h.author ? ` — ${cell(h.author)}` : ''}`,
  );
}

export function renderAarMarkdown(aar: Aar, s: Scenario, lang: Language, t: Translate): string {
  const o = aar.overview;
  const course = aar.kind === 'course';
  const dates = o.playedFrom && o.playedTo ? [...new Set([formatDate(o.playedFrom, lang), formatDate(o.playedTo, lang)])].join(' – ') : '—';
  const roles = [...new Set(aar.teams.map((x) => x.role.name[lang]))].join(', ');
  const out: string[] = [`# ${t(course ? 'aar.courseTitle' : 'aar.title')}: ${o.name ?? s.title[lang]}`, '', `_${t('aar.subtitle')}_`, ''];
  out.push(`## ${t('aar.overview.heading')}`, '');
  const line = (label: string, value: string) => out.push(`- **${label}:** ${cell(value)}`);
  line(t('aar.overview.name'), o.name ?? s.title[lang]);
  line(t('aar.overview.dates'), dates);
  line(t('aar.overview.scope'), o.scope ?? t('aar.overview.scopeDefault', { role: roles }));
  line(t('aar.overview.objectives'), o.objectives.map((x, i) => `${i + 1}. ${x.text[lang]}`).join(' '));
  line(
    t('aar.overview.threat'),
    o.threat.text ??
      `${o.threat.teaser[lang]} (${t('aar.overview.incident', { date: formatDate(`${o.threat.incidentDate}T12:00:00Z`, lang), place: o.threat.place[lang] })})`,
  );
  line(t('aar.overview.scenario'), o.scenario.text ?? o.scenario.description[lang]);
  line(
    t('aar.overview.organisations'),
    o.organisations.text ?? [o.organisations.hospital, ...o.organisations.senders.map((x) => x[lang])].join(', '),
  );
  line(t('aar.overview.contact'), o.contact ?? t('aar.overview.contactEmpty'));
  if (course) line(t('aar.overview.teams'), aar.teams.map((x) => x.label).join(', '));
  out.push('', `## ${t('aar.objectives.heading')}`, '');
  aar.objectives.forEach((x, i) => {
    out.push(...objective(x, i + 1, course, lang, t));
  });
  if (aar.hotwash.length) out.push(`### ${t('aar.objectives.general')}`, '', ...hotwash(aar.hotwash, course, t), '');

  out.push(`## ${t('aar.timeline.heading')}`, '');
  for (const team of aar.teams) {
    if (course) out.push(`### ${team.label}`, '');
    if (team.decisions.length === 0) out.push(t('aar.timeline.none'));
    else
      out.push(
        `| # | ${t('aar.timeline.time')} | ${t('aar.timeline.stage')} | ${t('aar.timeline.choice')} | ${t('aar.timeline.effect')} | ${t('aar.timeline.real')} |`,
        '|---:|---|---|---|---|---|',
      );
    team.decisions.forEach((d, i) => {
      const choice = `${d.kind === 'timeout' ? t('aar.timeline.timeout') : (d.option?.label[lang] ?? '')}${d.undone ? ` (${t('aar.timeline.undone')})` : ''}`;
      const effect = d.changes.map((c) => `${c.label[lang]} ${signed(c.delta)}`).join('; ') || '—';
      const real = d.historical === null ? '—' : t(d.historical ? 'aar.timeline.yes' : 'aar.timeline.no');
      out.push(
        `| ${i + 1} | ${formatClock(s, d.clock, lang)} | ${cell(d.stage.title[lang])} | ${cell(choice)} | ${cell(effect)} | ${real} |`,
      );
    });
    out.push('', `**${t('aar.timeline.ending', { ending: team.ending ? team.ending.title[lang] : t('compare.unfinished') })}**`, '');
  }

  out.push(`## ${t('aar.plan.heading')}`, '');
  if (aar.plan.length === 0) out.push(t('aar.plan.empty'), '');
  else {
    const cols = ['objective', 'area', 'action', 'capability', 'organisation', 'owner', 'start', 'due'].map((k) => t(`aar.plan.${k}`));
    out.push(
      `| ${course ? `${t('aar.plan.team')} | ` : ''}${cols.join(' | ')} |`,
      `|${course ? '---|' : ''}${cols.map(() => '---').join('|')}|`,
    );
    for (const r of aar.plan) {
      const objectiveText = o.objectives.find((x) => x.id === r.objectiveId)?.text[lang] ?? t('aar.plan.noObjective');
      const values = [
        objectiveText,
        r.area,
        r.action,
        r.capability ? t(`aar.plan.capabilities.${r.capability}`) : '—',
        r.organisation,
        r.owner,
        r.start ?? '',
        r.due ?? '',
      ];
      out.push(`| ${course ? `${cell(r.label)} | ` : ''}${values.map(cell).join(' | ')} |`);
    }
    out.push('');
  }

  out.push(`## ${t('aar.participants.heading')}`, '');
  out.push(
    `| ${course ? `${t('aar.participants.team')} | ` : ''}${t('aar.participants.name')} | ${t('aar.participants.role')} |`,
    `|${course ? '---|' : ''}---|---|`,
  );
  for (const p of aar.participants) out.push(`| ${course ? `${cell(p.label)} | ` : ''}${cell(p.name)} | ${cell(p.role[lang])} |`);
  out.push('');

  const f = aar.feedback;
  out.push(`## ${t('aar.feedback.heading')}`, '');
  if (f.responses === 0) out.push(t('aar.feedback.none'), '');
  else {
    out.push(t('aar.feedback.responses', { count: f.responses }), '');
    out.push(
      `| ${t('aar.feedback.statement')} | ${t('aar.feedback.count')} | ${t('aar.feedback.mean')} | ${t('aar.feedback.spread')} |`,
      '|---|---:|---:|---|',
    );
    for (const x of f.statements) {
      const [a, b, c, d, e] = x.distribution;
      out.push(
        `| ${t(`aar.feedback.statements.${x.id}`)} | ${x.count} | ${x.mean ?? '—'} | ${t('aar.feedback.spreadText', { a, b, c, d, e })} |`,
      );
    }
    out.push('');
    for (const k of ['strengths', 'improvements'] as const) {
      out.push(`**${t(`aar.feedback.${k}`)}**`, '');
      out.push(
        ...(f[k].length
          ? f[k].map((m, i) => `${i + 1}. ${cell(m.text)} (${t('aar.feedback.times', { count: m.count })})`)
          : [t('aar.objectives.none')]),
        '',
      );
    }
    if (f.remarks.length)
      out.push(`**${t('aar.feedback.remarks')}**`, '', ...f.remarks.map((r) => `- ${cell(r.text)} — ${cell(r.author)}`), '');
  }
  out.push(`_${t('aar.md.generated')}_`);
  return `${out.join('\n')}\n`;
}
