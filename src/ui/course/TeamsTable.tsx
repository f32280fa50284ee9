// The dashboard's table of teams: per team its name (with a link to its console), what it is doing, the stage or
// ending, the simulated clock, its metrics, an open decision and how long it waits, and its pace. On a phone the
// table scrolls sideways inside its own focusable region.
import { useTranslation } from 'react-i18next';
import { clockDate, formatClock } from '../../engine/play/clock';
import type { Language, Scenario } from '../../engine/play/schema';
import { OutcomeBadge } from '../common/OutcomeBadge';
import { minutesText, paceWord, rateText } from './format';
import type { TeamSummary } from './summary';

export function TeamsTable({
  rows,
  scenario,
  lang,
  consoleHref,
}: {
  rows: TeamSummary[];
  scenario: Scenario | null;
  lang: Language;
  consoleHref: (sessionId: string) => string;
}) {
  const { t } = useTranslation('course');
  if (rows.length === 0) return <p className="muted">{t('teams.none')}</p>;
  return (
    <>
      <p className="muted">{t('teams.caption')}</p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take focus so the keyboard can scroll it. */}
      <section className="course-table" aria-labelledby="teams-caption" tabIndex={0}>
        <table>
          <caption id="teams-caption" className="sr-only">
            {t('teams.tableName')}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('teams.team')}</th>
              <th scope="col">{t('teams.status')}</th>
              <th scope="col">{t('teams.stage')}</th>
              <th scope="col">{t('teams.clock')}</th>
              <th scope="col">{t('teams.metrics')}</th>
              <th scope="col">{t('teams.decision')}</th>
              <th scope="col">{t('teams.pace')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <TeamRow key={r.team.sessionId} row={r} scenario={scenario} lang={lang} href={consoleHref(r.team.sessionId)} />
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function TeamRow({ row, scenario, lang, href }: { row: TeamSummary; scenario: Scenario | null; lang: Language; href: string }) {
  const { t } = useTranslation('course');
  const { team, play } = row;
  const connection =
    row.connection === 'failed'
      ? t('teams.failed', { message: row.problem ?? '' })
      : row.connection === 'connecting'
        ? t('teams.connecting')
        : row.connection === 'open'
          ? null
          : t('teams.offline');
  return (
    <tr>
      <th scope="row">
        <a className="team-link" href={href} aria-label={t('teams.console', { team: team.name })}>
          {team.name}
        </a>
        <span className="team-meta">
          {t('teams.code', { code: team.code })}
          {team.kind === 'laptop' && ` · ${t('teams.laptop')}`}
        </span>
        {team.late && (
          <span className="badge badge-neutral">
            {t('teams.lateBadge')}
            {team.prefix && ` — ${t('teams.prefix', { from: team.prefix.from })}`}
          </span>
        )}
      </th>
      <td>
        {play && <span className={`team-state team-state-${play.state}`}>{t(`teams.state.${play.state}`)}</span>}
        {connection && <span className={row.connection === 'failed' ? 'team-problem' : 'muted'}>{connection}</span>}
      </td>
      <td>
        {play?.ending ? (
          <>
            {play.ending.title[lang]} <OutcomeBadge outcome={play.ending.outcome} />
          </>
        ) : (
          (play?.stage?.[lang] ?? '—')
        )}
      </td>
      <td>
        {play && scenario ? (
          <time dateTime={clockDate(scenario, play.clock).toISOString()}>{formatClock(scenario, play.clock, lang)}</time>
        ) : (
          '—'
        )}
      </td>
      <td>
        {play ? (
          <ul className="team-metrics">
            {play.metrics.map((m) => (
              <li key={m.id}>
                <span>{m.label[lang]}</span> <strong>{m.value}</strong>
              </li>
            ))}
          </ul>
        ) : (
          '—'
        )}
      </td>
      <td>
        {play?.waitingMs !== null && play?.waitingMs !== undefined ? (
          <strong className={play.state === 'paused' ? '' : 'team-waiting'}>
            {t('teams.waiting', { time: minutesText(t, play.waitingMs / 60_000) })}
          </strong>
        ) : (
          <span className="muted">{t('teams.notWaiting')}</span>
        )}
      </td>
      <td>
        {play?.pace.perHour != null && play.pace.ratio != null ? (
          <>
            <span>{t('teams.perHour', { rate: rateText(lang, play.pace.perHour) })}</span>
            <span className="team-meta">
              {t(`teams.paceWord.${paceWord(play.pace.ratio)}`)} · {t('teams.expected', { rate: rateText(lang, play.pace.expected) })}
            </span>
          </>
        ) : (
          <span className="muted">{t('teams.noPace')}</span>
        )}
      </td>
    </tr>
  );
}
