// The addresses of facilitated sessions, composed from their feature folders and loaded lazily, so the start screen
// carries none of them: `/f` (create), `/f/:id` (console), `/p/:id` (projector), `/o/:id` (observer), `/s/:code` (join).
// Keys travel in the fragment (`#k=…`), which the browser never sends to the server.
import { Suspense } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import type { CatalogEntry } from '../engine/play/catalog';
import type { Scenario } from '../engine/play/schema';
import { keysFromHash } from '../store/facilitated';
import { Loading } from './common/Loading';
import { lazyScreen } from './common/lazyScreen';
import type { SessionDebrief } from './common/session/types';
import type { ConsoleScreenProps } from './facilitate/ConsoleScreen';
import type { NewSessionScreenProps } from './facilitate/NewSessionScreen';
import type { ObserverScreenProps } from './observer/ObserverScreen';
import type { ParticipantScreenProps } from './participant/ParticipantScreen';
import type { ProjectorScreenProps } from './projector/ProjectorScreen';

const NewSession = lazyScreen<NewSessionScreenProps>(() => import('./facilitate/NewSessionScreen').then((m) => m.NewSessionScreen)).Screen;
const Console = lazyScreen<ConsoleScreenProps>(() => import('./facilitate/ConsoleScreen').then((m) => m.ConsoleScreen)).Screen;
const Projector = lazyScreen<ProjectorScreenProps>(() => import('./projector/ProjectorScreen').then((m) => m.ProjectorScreen)).Screen;
const Observer = lazyScreen<ObserverScreenProps>(() => import('./observer/ObserverScreen').then((m) => m.ObserverScreen)).Screen;
const Participant = lazyScreen<ParticipantScreenProps>(() =>
  import('./participant/ParticipantScreen').then((m) => m.ParticipantScreen),
).Screen;

/** True for an address that belongs to a facilitated session. */
export const isSessionPath = (path: string) => /^\/(f|p|o|s)(\/|$)/.test(path);

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
        <Route path="/s/:code">{(p) => <Participant key={p.code} code={p.code.toUpperCase()} {...common} />}</Route>
      </Switch>
    </Suspense>
  );
}
