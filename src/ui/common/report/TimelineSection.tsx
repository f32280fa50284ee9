// The report's decision timeline: every decision of each team in a compact table (time, moment, choice, effect on the
// scores, whether it was the real organisation's choice), undone ones marked, and the ending.
import type { Aar, AarTeam } from '../../../engine/aar/aar';
import { formatClock } from '../../../engine/play/clock';
import type { Language, Scenario } from '../../../engine/play/schema';
import type { Translate } from './translate';

const signed = (n: number) => (n > 0 ? `+${n}` : `−${-n}`);

function TeamTimeline({
  team,
  scenario,
  lang,
  t,
  course,
}: {
  team: AarTeam;
  scenario: Scenario;
  lang: Language;
  t: Translate;
  course: boolean;
}) {
  return (
    <>
      {course && <h3>{team.label}</h3>}
      {team.decisions.length === 0 ? (
        <p className="aar__muted">{t('aar.timeline.none')}</p>
      ) : (
        <table className="aar__table aar__timeline aar__stack">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">{t('aar.timeline.time')}</th>
              <th scope="col">{t('aar.timeline.stage')}</th>
              <th scope="col">{t('aar.timeline.choice')}</th>
              <th scope="col">{t('aar.timeline.effect')}</th>
              <th scope="col">{t('aar.timeline.real')}</th>
            </tr>
          </thead>
          <tbody>
            {team.decisions.map((d, i) => (
              <tr key={d.seq} className={d.undone ? 'aar__undone' : undefined}>
                <td data-label="#">{i + 1}</td>
                <td data-label={t('aar.timeline.time')} className="aar__nowrap">
                  {formatClock(scenario, d.clock, lang)}
                </td>
                <td data-label={t('aar.timeline.stage')}>{d.stage.title[lang]}</td>
                <td data-label={t('aar.timeline.choice')}>
                  {d.kind === 'timeout' ? t('aar.timeline.timeout') : (d.option?.label[lang] ?? '')}
                  {d.undone && ` (${t('aar.timeline.undone')})`}
                </td>
                <td data-label={t('aar.timeline.effect')}>
                  {d.changes.map((c) => `${c.label[lang]} ${signed(c.delta)}`).join('; ') || '—'}
                </td>
                <td data-label={t('aar.timeline.real')}>
                  {d.historical === null ? '—' : t(d.historical ? 'aar.timeline.yes' : 'aar.timeline.no')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p>
        <strong>{t('aar.timeline.ending', { ending: team.ending ? team.ending.title[lang] : t('compare.unfinished') })}</strong>
        {team.ending && ` (${t(`outcome.${team.ending.outcome}`, { ns: 'debrief' })})`}
      </p>
    </>
  );
}

export function TimelineSection({ aar, scenario, lang, t }: { aar: Aar; scenario: Scenario; lang: Language; t: Translate }) {
  return (
    <section className="aar__section" aria-labelledby="aar-timeline">
      <h2 id="aar-timeline">{t('aar.timeline.heading')}</h2>
      {aar.teams.map((team) => (
        <TeamTimeline key={team.label} team={team} scenario={scenario} lang={lang} t={t} course={aar.kind === 'course'} />
      ))}
    </section>
  );
}
