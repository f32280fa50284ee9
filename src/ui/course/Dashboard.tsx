// The trainer's course dashboard: the course (name, scenario, the code team laptops join with, the late-join policy),
// the controls for every team at once, every team live in one table, and each participant's progress. Pure: the
// course screen hands in the rows and what the buttons do.
import { useTranslation } from 'react-i18next';
import type { Language, Scenario } from '../../engine/play/schema';
import type { CourseCommand, CourseInfo } from '../../net/course';
import { type AddOutcome, AllTeams, type CommandOutcome } from './AllTeams';
import { PeopleSection } from './PeopleSection';
import type { TeamSummary } from './summary';
import { TeamsTable } from './TeamsTable';

export type DashboardProps = {
  course: CourseInfo;
  scenario: Scenario | null;
  rows: TeamSummary[];
  lang: Language;
  /** Where team laptops go to join (the /c page of this server). */
  joinUrl: string;
  consoleHref: (sessionId: string) => string;
  /** The side-by-side comparison of the teams (/c/:id/compare with the key). */
  compareHref: string;
  onCommand: (c: CourseCommand) => Promise<CommandOutcome>;
  onAddTeam: (name: string) => Promise<AddOutcome>;
};

export function Dashboard({ course, scenario, rows, lang, joinUrl, consoleHref, compareHref, onCommand, onAddTeam }: DashboardProps) {
  const { t } = useTranslation('course');
  const reference = course.teams.find((x) => x.position === course.referenceTeam)?.name ?? '';
  return (
    <div className="page page-wide course-dashboard">
      <h1>{t('dash.heading', { name: course.name })}</h1>
      <div className="course-facts">
        {scenario && <p>{t('dash.scenario', { title: scenario.title[lang] })}</p>}
        <p className="join-code-line">
          {t('dash.code')}
          <strong className="course-code">{course.code}</strong>
        </p>
        <p className="muted">{t('dash.codeWhere', { url: joinUrl })}</p>
        <p>{course.lateJoin === 'current' ? t('dash.late.current', { team: reference }) : t('dash.late.start')}</p>
        <p className="muted">{t('dash.keepLink')}</p>
      </div>
      <AllTeams onCommand={onCommand} onAddTeam={onAddTeam} />
      <section className="panel" aria-labelledby="teams-heading">
        <h2 id="teams-heading">{t('teams.heading')}</h2>
        <TeamsTable rows={rows} scenario={scenario} lang={lang} consoleHref={consoleHref} />
        {rows.length > 0 && (
          <p className="course-actions">
            <a href={compareHref}>{t('compare.link')}</a>
            <a href={compareHref.replace('/compare#', '/report#')}>{t('compare.reportLink')}</a>
          </p>
        )}
      </section>
      <PeopleSection rows={rows} scenario={scenario} lang={lang} />
    </div>
  );
}
