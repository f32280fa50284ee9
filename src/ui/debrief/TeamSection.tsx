// The debrief of a facilitated session adds the team: who took part in which role, per decision the tally, the
// team's alignment (share for the chosen option), mean confidence and who decided, the facilitator's notes and the
// observations per objective. The Markdown export carries the same through teamMarkdown().
import { formatClock } from '../../engine/play/clock';
import { optionOf } from '../../engine/play/lookup';
import type { Report, TimelineItem } from '../../engine/play/report';
import type { Language, Scenario } from '../../engine/play/schema';
import type { Translate } from './format';

type Props = { report: Report; scenario: Scenario; lang: Language; t: Translate };

const percent = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);
const one = (x: number | null) => (x === null ? '—' : x.toFixed(1));

export const decisionsOf = (r: Report): TimelineItem[] => r.timeline.filter((i) => i.kind !== 'delayed' && i.decided);

function roleName(s: Scenario, id: string, lang: Language): string {
  return s.roles.find((r) => r.id === id)?.name[lang] ?? id;
}

function decider(item: TimelineItem, t: Translate): string {
  return t(`team.basis.${item.decided?.basis ?? 'facilitator'}`);
}

export function TeamSection({ report, scenario, lang, t }: Props) {
  const observations = report.objectives.flatMap((o) => o.observations.map((x) => ({ ...x, objective: o.text[lang] })));
  return (
    <>
      <h3>{t('team.people')}</h3>
      {report.participants.length === 0 ? (
        <p>{t('team.nobody')}</p>
      ) : (
        <ul className="team-people">
          {report.participants.map((p) => (
            <li key={p.participantId}>
              <strong>{p.name}</strong> — {roleName(scenario, p.role, lang)}
            </li>
          ))}
        </ul>
      )}
      {/* Six columns do not fit a phone: the table scrolls on its own, the page does not; keyboard users scroll it too. */}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so the keyboard can scroll it. */}
      <section className="team-table" aria-labelledby="team-decisions" tabIndex={0}>
        <table className="metrics-table">
          <caption id="team-decisions">{t('team.decisions')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('team.stage')}</th>
              <th scope="col">{t('team.chosen')}</th>
              <th scope="col">{t('team.tally')}</th>
              <th scope="col">{t('team.alignment')}</th>
              <th scope="col">{t('team.confidence')}</th>
              <th scope="col">{t('team.decidedBy')}</th>
            </tr>
          </thead>
          <tbody>
            {decisionsOf(report).map((item) => (
              <tr key={item.seq} className={item.undone ? 'team-undone' : undefined}>
                <th scope="row">
                  {formatClock(scenario, item.clock, lang)} {item.place.title[lang]}
                  {item.undone && ` (${t('timeline.undone')})`}
                </th>
                <td>{item.option?.label[lang] ?? ''}</td>
                <td>{tallyText(item, scenario, lang, t)}</td>
                <td>{percent(item.decided?.alignment ?? null)}</td>
                <td>{one(item.decided?.meanConfidence ?? null)}</td>
                <td>{decider(item, t)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <h3>{t('team.notes')}</h3>
      {report.notes.length === 0 ? (
        <p>{t('team.noNotes')}</p>
      ) : (
        <ul className="team-notes">
          {report.notes.map((n) => (
            <li key={n.seq}>
              <span className="hint">
                {formatClock(scenario, n.clock, lang)} · {n.author} · {t(n.visibility === 'room' ? 'team.room' : 'team.facilitatorOnly')}
              </span>
              <p>{n.text}</p>
            </li>
          ))}
        </ul>
      )}
      <h3>{t('team.observations')}</h3>
      {observations.length === 0 ? (
        <p>{t('team.noObservations')}</p>
      ) : (
        <ul className="team-notes">
          {observations.map((o) => (
            <li key={o.seq}>
              <span className="hint">
                {o.objective} · {o.author}
              </span>
              <p>{o.text}</p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

function tallyText(item: TimelineItem, s: Scenario, lang: Language, t: Translate): string {
  const tally = item.decided?.tally;
  if (!tally || tally.total === 0) return t('team.noVotes');
  return tally.options
    .filter((o) => o.votes > 0)
    .map((o) => `${optionOf(s, item.place.id, o.optionId)?.label[lang] ?? o.optionId}: ${o.votes}`)
    .join('; ');
}

/** The team section of the Markdown export. */
export function teamMarkdown(r: Report, s: Scenario, lang: Language, t: Translate): string[] {
  const cell = (x: string) => x.replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
  const out = [`## ${t('team.heading')}`, '', `### ${t('team.people')}`, ''];
  if (r.participants.length === 0) out.push(t('team.nobody'));
  for (const p of r.participants) out.push(`- ${cell(p.name)} — ${roleName(s, p.role, lang)}`);
  out.push('', `### ${t('team.decisions')}`, '');
  out.push(
    `| ${t('team.stage')} | ${t('team.chosen')} | ${t('team.tally')} | ${t('team.alignment')} | ${t('team.confidence')} | ${t('team.decidedBy')} |`,
  );
  out.push('|---|---|---|---:|---:|---|');
  for (const item of decisionsOf(r))
    out.push(
      `| ${formatClock(s, item.clock, lang)} ${cell(item.place.title[lang])}${item.undone ? ` (${t('timeline.undone')})` : ''} | ${cell(item.option?.label[lang] ?? '')} | ${cell(tallyText(item, s, lang, t))} | ${percent(item.decided?.alignment ?? null)} | ${one(item.decided?.meanConfidence ?? null)} | ${decider(item, t)} |`,
    );
  out.push('', `### ${t('team.notes')}`, '');
  if (r.notes.length === 0) out.push(t('team.noNotes'));
  for (const n of r.notes)
    out.push(
      `- ${formatClock(s, n.clock, lang)} · ${cell(n.author)} · ${t(n.visibility === 'room' ? 'team.room' : 'team.facilitatorOnly')}: ${cell(n.text)}`,
    );
  out.push('', `### ${t('team.observations')}`, '');
  const observations = r.objectives.flatMap((o) => o.observations.map((x) => ({ ...x, objective: o.text[lang] })));
  if (observations.length === 0) out.push(t('team.noObservations'));
  for (const o of observations) out.push(`- **${cell(o.objective)}** (${cell(o.author)}): ${cell(o.text)}`);
  out.push('');
  return out;
}
