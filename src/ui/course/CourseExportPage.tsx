// A page built from a course's export (the comparison, the course report): it loads the export and its scenario,
// says why when the server refuses, and shows the page's content once both are in.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../engine/play/schema';
import { Loading } from '../common/Loading';
import { Shell } from '../common/Shell';
import { type CourseData, useCourseExport } from './useCourseExport';

type Props = {
  courseId: string;
  courseKey: string | null;
  loadScenario: (id: string) => Promise<Scenario>;
  className: string;
  loading: string;
  children: (data: CourseData) => ReactNode;
};

export function CourseExportPage({ courseId, courseKey, loadScenario, className, loading, children }: Props) {
  const { t } = useTranslation('course');
  const { data, problem } = useCourseExport(courseId, courseKey, loadScenario);
  return (
    <Shell>
      <div className={className}>
        {problem ? (
          <div className="notice notice-error" role="alert">
            <h1>{t('dash.refused')}</h1>
            <p>{problem}</p>
          </div>
        ) : data ? (
          children(data)
        ) : (
          <>
            <h1>{loading}</h1>
            <Loading />
          </>
        )}
      </div>
    </Shell>
  );
}
