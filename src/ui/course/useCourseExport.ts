// A course's teams as the server exports them, with its scenario: what the comparison and the course report read.
import { useEffect, useState } from 'react';
import type { Scenario } from '../../engine/play/schema';
import type { CourseExport } from '../../net/course';
import { courseExport } from '../../net/course-api';

export type CourseData = { out: CourseExport; scenario: Scenario };

/** Loads once per course and key; `problem` says why it could not (no key in the link, refused, unknown scenario). */
export function useCourseExport(
  courseId: string,
  courseKey: string | null,
  loadScenario: (id: string) => Promise<Scenario>,
): { data: CourseData | null; problem: string | null } {
  const [data, setData] = useState<CourseData | null>(null);
  const [problem, setProblem] = useState<string | null>(courseKey ? null : 'no key in the link');
  useEffect(() => {
    if (!courseKey) return;
    let live = true;
    void courseExport(courseId, courseKey).then(async (r) => {
      if (!live) return;
      if (!r.ok) return setProblem(r.message);
      try {
        const scenario = await loadScenario(r.value.course.scenarioId);
        if (live) setData({ out: r.value, scenario });
      } catch (e) {
        if (live) setProblem((e as Error).message);
      }
    });
    return () => {
      live = false;
    };
  }, [courseId, courseKey, loadScenario]);
  return { data, problem };
}
