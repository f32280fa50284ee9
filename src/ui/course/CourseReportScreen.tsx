// /c/:id/report#k=…: the course's after-action report and improvement plan on screen, to read, complete and print:
// every team of the course in one HSEEP report (per objective each team's rating and the decisions behind it, the hot
// washes, the feedback). The overview's own fields are kept in this browser under the course; the plan lists the rows
// the teams' facilitators wrote into their sessions (each team's console edits its own).
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseDetails } from '../../engine/aar/aar';
import type { Scenario } from '../../engine/play/schema';
import type { Session } from '../../engine/play/session';
import { useReportDetailsStore } from '../../store/report-details';
import { AarActions } from '../common/report/AarActions';
import { AarDocument } from '../common/report/AarDocument';
import { useLang } from '../common/useLang';
import { CourseExportPage } from './CourseExportPage';
import type { CourseData } from './useCourseExport';
import './course.css';

export type CourseReportScreenProps = { courseId: string; courseKey: string | null; loadScenario: (id: string) => Promise<Scenario> };

const noDetails: Partial<ExerciseDetails> = {};

export function CourseReportScreen({ courseId, courseKey, loadScenario }: CourseReportScreenProps) {
  const { t } = useTranslation('course');
  return (
    <CourseExportPage
      courseId={courseId}
      courseKey={courseKey}
      loadScenario={loadScenario}
      className="page"
      loading={t('compare.loadingReport')}
    >
      {(data) => <CourseReport data={data} courseId={courseId} compare={`/c/${courseId}/compare#k=${courseKey}`} />}
    </CourseExportPage>
  );
}

function CourseReport({ data: { out, scenario }, courseId, compare }: { data: CourseData; courseId: string; compare: string }) {
  const { t } = useTranslation('course');
  const lang = useLang();
  const key = `course:${courseId}`;
  const stored = useReportDetailsStore((s) => s.bySave[key]);
  const setDetail = useReportDetailsStore((s) => s.setDetail);
  // The course's name is the report's name until the evaluator writes another.
  const details = useMemo(() => ({ ...noDetails, name: out.course.name, ...stored }), [out.course.name, stored]);
  const sessions = useMemo(() => out.teams.map((team) => ({ label: team.name, session: team.session as Session })), [out]);
  useEffect(() => document.getElementById('aar-title')?.focus(), []);
  if (sessions.length === 0) return <p className="muted">{t('teams.none')}</p>;
  return (
    <AarDocument
      scenario={scenario}
      sessions={sessions}
      lang={lang}
      details={details}
      onDetail={(field, value) => setDetail(key, field, value)}
    >
      {(aar, tr) => (
        <AarActions aar={aar} scenario={scenario} lang={lang} t={tr} stem={`draaiboek-course-${out.course.id}-aar`}>
          <a className="button button-secondary" href={compare}>
            {t('compare.toCompare')}
          </a>
        </AarActions>
      )}
    </AarDocument>
  );
}

export default CourseReportScreen;
