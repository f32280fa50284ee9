// /c/:id/compare#k=…: the teams of a course side by side from their exports (the same saves a solo game exports):
// each team's ending and its decisions in order, the copied start of a late team marked, and every save to download.
// Below them the full comparison (one timeline with the splits, one chart per metric) and the course's after-action
// report (on its own page to read, fill in and print, and here as files).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { buildAar } from '../../engine/aar/aar';
import { buildReport, type Report } from '../../engine/play/report';
import type { Scenario } from '../../engine/play/schema';
import type { Session } from '../../engine/play/session';
import type { CourseExport } from '../../net/course';
import { SessionsCompare } from '../common/compare/SessionsCompare';
import { DownloadLink } from '../common/DownloadLink';
import { OutcomeBadge } from '../common/OutcomeBadge';
import { renderAarMarkdown } from '../common/report/aarMarkdown';
import { useLang } from '../common/useLang';
import '../common/session/session.css';
import './course.css';
import { CourseExportPage } from './CourseExportPage';

export type CompareScreenProps = { courseId: string; courseKey: string | null; loadScenario: (id: string) => Promise<Scenario> };

export function CompareScreen({ courseId, courseKey, loadScenario }: CompareScreenProps) {
  const { t } = useTranslation('course');
  return (
    <CourseExportPage
      courseId={courseId}
      courseKey={courseKey}
      loadScenario={loadScenario}
      className="page page-wide"
      loading={t('dash.loading')}
    >
      {(data) => (
        <Comparison
          out={data.out}
          scenario={data.scenario}
          dashboard={`/c/${courseId}#k=${courseKey}`}
          report={`/c/${courseId}/report#k=${courseKey}`}
        />
      )}
    </CourseExportPage>
  );
}

function Comparison({ out, scenario, dashboard, report }: { out: CourseExport; scenario: Scenario; dashboard: string; report: string }) {
  const { t } = useTranslation('course');
  const lang = useLang();
  const teams = useMemo(
    () => out.teams.map((team) => ({ team, report: buildReport(scenario, team.session as Session) as Report })),
    [out, scenario],
  );
  const { t: tr } = useTranslation('report', { lng: lang });
  const all = JSON.stringify(out, null, 2);
  const compared = useMemo(
    () => out.teams.map((team) => ({ label: team.name, scenario, session: team.session as Session })),
    [out, scenario],
  );
  const aar = useMemo(
    () => (compared.length > 0 ? buildAar(scenario, compared, { name: out.course.name }) : null),
    [scenario, compared, out.course.name],
  );
  return (
    <>
      <h1>{t('compare.heading', { name: out.course.name })}</h1>
      <p>{t('dash.scenario', { title: scenario.title[lang] })}</p>
      <p className="course-actions">
        <DownloadLink text={all} filename={`draaiboek-course-${out.course.id}.json`}>
          {t('compare.downloadAll')}
        </DownloadLink>
        <a href={dashboard}>{t('compare.back')}</a>
      </p>
      {teams.length === 0 && <p className="muted">{t('teams.none')}</p>}
      <div className="compare-grid">
        {teams.map(({ team, report }) => {
          const copied = (team.session.prefix as { copied?: number } | undefined)?.copied ?? 0;
          const decisions = report.timeline.filter((i) => i.kind !== 'delayed');
          return (
            <section key={team.sessionId} className="panel" aria-labelledby={`cmp-${team.sessionId}`}>
              <h2 id={`cmp-${team.sessionId}`}>{team.name}</h2>
              <p>
                {report.ending ? (
                  <>
                    {report.ending.title[lang]} <OutcomeBadge outcome={report.ending.outcome} />
                  </>
                ) : (
                  <span className="muted">{t('compare.noEnding')}</span>
                )}
              </p>
              {decisions.length === 0 ? (
                <p className="muted">{t('compare.noDecisions')}</p>
              ) : (
                <ol className="compare-path">
                  {decisions.map((d) => (
                    <li key={d.seq} className={d.undone ? 'compare-undone' : undefined}>
                      <span className="team-meta">{d.place.title[lang]}</span>
                      {d.option ? d.option.label[lang] : t('compare.timeout')}
                      {d.seq <= copied && <span className="team-meta">{t('compare.copied')}</span>}
                      {d.undone && <span className="team-meta">{t('compare.undone')}</span>}
                    </li>
                  ))}
                </ol>
              )}
              <DownloadLink text={JSON.stringify(team.session, null, 2)} filename={`draaiboek-${out.course.scenarioId}-${team.name}.json`}>
                {t('compare.download', { team: team.name })}
              </DownloadLink>
            </section>
          );
        })}
      </div>
      {compared.length >= 2 && <SessionsCompare sessions={compared} lang={lang} />}
      {aar && (
        <section className="panel" aria-labelledby="course-aar">
          <h2 id="course-aar">{t('compare.report')}</h2>
          <p className="muted">{t('compare.reportIntro')}</p>
          <p className="course-actions">
            <a href={report}>{t('compare.openReport')}</a>
            <DownloadLink
              text={renderAarMarkdown(aar, scenario, lang, (k, o) => tr(k, o ?? {}))}
              filename={`draaiboek-course-${out.course.id}-aar.md`}
              type="text/markdown"
            >
              {t('compare.aarMarkdown')}
            </DownloadLink>
            <DownloadLink text={`${JSON.stringify(aar, null, 2)}\n`} filename={`draaiboek-course-${out.course.id}-aar.json`}>
              {t('compare.aarJson')}
            </DownloadLink>
          </p>
        </section>
      )}
    </>
  );
}
