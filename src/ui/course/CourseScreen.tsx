// The course dashboard at /c/:id#k=…: reads the course with the trainer's key (from the fragment), opens every
// team's session with it, and keeps the dashboard live. Team rows link to each team's console with the same key.
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scenario } from '../../engine/play/schema';
import type { CourseInfo } from '../../net/course';
import { addTeam, courseCommand, courseInfo } from '../../net/course-api';
import { Loading } from '../common/Loading';
import { Shell } from '../common/Shell';
import { useLang } from '../common/useLang';
import { Dashboard } from './Dashboard';
import { useNow, useTeams } from './useTeams';
import '../common/session/session.css';
import './course.css';
import { apiProblem } from '../common/session/refusalText';

export type CourseScreenProps = { courseId: string; courseKey: string | null; loadScenario: (id: string) => Promise<Scenario> };

export function CourseScreen({ courseId, courseKey, loadScenario }: CourseScreenProps) {
  const { t } = useTranslation('course');
  const [info, setInfo] = useState<CourseInfo | null>(null);
  // The server's answer is kept as it came and said in the reader's language when shown (see apiProblem).
  const [problem, setProblem] = useState<{ status: number; message: string } | null>(
    courseKey ? null : { status: -1, message: 'no key in the link' },
  );
  const [scenario, setScenario] = useState<Scenario | null>(null);
  const reload = useCallback(async () => {
    if (!courseKey) return;
    const r = await courseInfo(courseId, courseKey);
    if (r.ok) setInfo(r.value);
    else setProblem(r);
  }, [courseId, courseKey]);
  useEffect(() => {
    void reload();
  }, [reload]);
  useEffect(() => {
    if (!info) return;
    let live = true;
    loadScenario(info.scenarioId).then(
      (s) => live && setScenario(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [info?.scenarioId, loadScenario, info]);

  if (problem || !courseKey)
    return (
      <Shell>
        <div className="page">
          <div className="notice notice-error" role="alert">
            <h1>{t('dash.refused')}</h1>
            <p>{problem ? apiProblem(t, problem) : null}</p>
            <p>
              <a href="/">{t('facilitate:gate.home')}</a>
            </p>
          </div>
        </div>
      </Shell>
    );
  if (!info)
    return (
      <Shell>
        <div className="page">
          <h1>{t('dash.loading')}</h1>
          <Loading />
        </div>
      </Shell>
    );
  return <Live info={info} courseKey={courseKey} scenario={scenario} loadScenario={loadScenario} reload={reload} />;
}

function Live({
  info,
  courseKey,
  scenario,
  loadScenario,
  reload,
}: {
  info: CourseInfo;
  courseKey: string;
  scenario: Scenario | null;
  loadScenario: (id: string) => Promise<Scenario>;
  reload: () => Promise<void>;
}) {
  const { t } = useTranslation('course');
  const lang = useLang();
  const now = useNow();
  const rows = useTeams(info.teams, courseKey, loadScenario, now);
  return (
    <Shell>
      <Dashboard
        course={info}
        scenario={scenario}
        rows={rows}
        lang={lang}
        joinUrl={`${window.location.origin}/c`}
        consoleHref={(sessionId) => `/f/${sessionId}#k=${courseKey}`}
        compareHref={`/c/${info.courseId}/compare#k=${courseKey}`}
        onCommand={async (c) => {
          const r = await courseCommand(info.courseId, courseKey, c);
          return r.ok ? { ok: true, results: r.value.results } : { ok: false, message: apiProblem(t, r) };
        }}
        onAddTeam={async (name) => {
          const r = await addTeam(info.courseId, courseKey, name);
          if (!r.ok) return { ok: false, message: apiProblem(t, r) };
          await reload();
          return { ok: true, team: r.value };
        }}
      />
    </Shell>
  );
}
