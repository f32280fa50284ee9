// The addresses of facilitated sessions, composed from their feature folders and loaded lazily, so the start screen
// carries none of them: `/f` (create), `/f/:id` (console), `/p/:id` (projector), `/o/:id` (observer), `/s/:code` (join),
// `/c` (create a course, or join one with a team laptop), `/c/:id` (the course dashboard), `/c/:id/compare` and `/c/:id/report`.
// Keys travel in the fragment (`#k=…`), which the browser never sends to the server.
import { Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import type { CatalogEntry } from '../engine/play/catalog';
import type { Scenario } from '../engine/play/schema';
import { keysFromHash } from '../net/links';
import { Loading } from './common/Loading';
import { lazyScreen } from './common/lazyScreen';
import type { SessionDebrief } from './common/session/types';
import type { CompareScreenProps } from './course/CompareScreen';
import type { CourseReportScreenProps } from './course/CourseReportScreen';
import type { CourseScreenProps } from './course/CourseScreen';
import type { NewCourseScreenProps } from './course/NewCourseScreen';
import type { ConsoleScreenProps } from './facilitate/ConsoleScreen';
import type { NewSessionScreenProps } from './facilitate/NewSessionScreen';
import type { ObserverScreenProps } from './observer/ObserverScreen';
import type { ParticipantScreenProps } from './participant/ParticipantScreen';
import type { ProjectorScreenProps } from './projector/ProjectorScreen';

const NewSession = lazyScreen<NewSessionScreenProps>(() => import('./facilitate/NewSessionScreen').then((m) => m.NewSessionScreen)).Screen;
const Console = lazyScreen<ConsoleScreenProps>(() => import('./facilitate/ConsoleScreen').then((m) => m.ConsoleScreen)).Screen;
const Projector = lazyScreen<ProjectorScreenProps>(() => import('./projector/ProjectorScreen').then((m) => m.ProjectorScreen)).Screen;
const Observer = lazyScreen<ObserverScreenProps>(() => import('./observer/ObserverScreen').then((m) => m.ObserverScreen)).Screen;
const NewCourse = lazyScreen<NewCourseScreenProps>(() => import('./course/NewCourseScreen').then((m) => m.NewCourseScreen)).Screen;
const CourseReport = lazyScreen<CourseReportScreenProps>(() =>
  import('./course/CourseReportScreen').then((m) => m.CourseReportScreen),
).Screen;
const Compare = lazyScreen<CompareScreenProps>(() => import('./course/CompareScreen').then((m) => m.CompareScreen)).Screen;
const Course = lazyScreen<CourseScreenProps>(() => import('./course/CourseScreen').then((m) => m.CourseScreen)).Screen;
const Participant = lazyScreen<ParticipantScreenProps>(() =>
  import('./participant/ParticipantScreen').then((m) => m.ParticipantScreen),
).Screen;

/** True for an address that belongs to a facilitated session. */

const hashParams = () => new URLSearchParams(window.location.hash.replace(/^#/, ''));

export function SessionRoutes({
  catalog,
  loadScenario,
  renderDebrief,
}: {
  catalog: CatalogEntry[];
  loadScenario: (id: string) => Promise<Scenario>;
  renderDebrief: SessionDebrief;
}) {
  const [, navigate] = useLocation();
  const common = { loadScenario, renderDebrief };
  return (
    <Suspense fallback={<Loading />}>
      <Switch>
        <Route path="/f">
          <NewSession
            catalog={catalog}
            // The fragment carries the keys; history keeps it in the address, and the console reads it on mount.
            onCreated={(link) => navigate(link)}
          />
        </Route>
        <Route path="/f/:id">{(p) => <Console key={p.id} sessionId={p.id} keys={keysFromHash(window.location.hash)} {...common} />}</Route>
        <Route path="/p/:id">
          {(p) => (
            <Projector
              key={p.id}
              sessionId={p.id}
              secret={hashParams().get('k')}
              code={hashParams().get('c')}
              loadScenario={loadScenario}
            />
          )}
        </Route>
        <Route path="/o/:id">{(p) => <Observer key={p.id} sessionId={p.id} secret={hashParams().get('k')} {...common} />}</Route>
        <Route path="/c">
          <NewCourse catalog={catalog} onOpen={(link) => navigate(link)} />
        </Route>
        <Route path="/c/:id/report">
          {(p) => <CourseReport key={p.id} courseId={p.id} courseKey={hashParams().get('k')} loadScenario={loadScenario} />}
        </Route>
        <Route path="/c/:id/compare">
          {(p) => <Compare key={p.id} courseId={p.id} courseKey={hashParams().get('k')} loadScenario={loadScenario} />}
        </Route>
        <Route path="/c/:id">
          {(p) => <Course key={p.id} courseId={p.id} courseKey={hashParams().get('k')} loadScenario={loadScenario} />}
        </Route>
        <Route path="/s/:code">{(p) => <Participant key={p.code} code={p.code.toUpperCase()} {...common} />}</Route>
      </Switch>
    </Suspense>
  );
}
