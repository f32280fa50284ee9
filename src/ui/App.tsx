// The app shell: the screens and their addresses (wouter: `/`, `/setup/:scenarioId`, `/play/:saveId`,
// `/debrief/:saveId`, `/report/:saveId`, `/compare`), an error boundary around each screen, lazy loading of everything past the start screen (fetched
// ahead while the player reads the start screen, so moving on is immediate), and the page-wide display settings.
// A later address (`/s/:code`, `/f/:id`, `/p/:id`, `/o/:id`, `/c/:id`) is one more <Route> in the list below.

import { catalog as builtCatalog, problems as builtProblems, loaders } from 'virtual:scenarios';
import { Suspense, useCallback, useEffect, useMemo, useRef, useState, useTransition } from 'react';
import { Route, Switch, useLocation } from 'wouter';
import type { CatalogEntry, CatalogProblem } from '../engine/play/catalog';
import type { Scenario } from '../engine/play/schema';
import '../i18n';
import { loadedSessionStore } from '../store/loaded';
import { isOwnScenario, withOwnScenarios } from '../store/ownScenarios';
import { useSavesStore } from '../store/saves';
import { useSettingsStore } from '../store/settings';
import { Loading } from './common/Loading';
import { lazyScreen, whenIdle } from './common/lazyScreen';
import { NotFound } from './common/NotFound';
import { ScreenBoundary } from './common/ScreenBoundary';
import type { CompareScreenProps } from './compare/CompareScreen';
import type { DebriefPageProps } from './debrief/DebriefPage';
import type { DebriefScreenProps } from './debrief/DebriefScreen';
import { isSessionPath, paths, patterns } from './paths';
import type { PlayScreenProps } from './play/PlayScreen';
import type { ReportPageProps } from './report/ReportPage';
import { SessionRoutes } from './SessionRoutes';
import { Fallback, message, rescueSession, SaveRoute, SetupRoute } from './SoloGates';
import type { SetupScreenProps } from './setup/SetupScreen';
import { adoptEmbedded } from './start/adoptEmbedded';
import type { StartNotice } from './start/Notices';
import { StartScreen } from './start/StartScreen';
import './styles.css';

const setupScreen = lazyScreen<SetupScreenProps>(() => import('./setup/SetupScreen').then((m) => m.SetupScreen));
const playScreen = lazyScreen<PlayScreenProps>(() => import('./play/PlayScreen').then((m) => m.PlayScreen));
const debriefPage = lazyScreen<DebriefPageProps>(() => import('./debrief/DebriefPage').then((m) => m.DebriefPage));
const reportPage = lazyScreen<ReportPageProps>(() => import('./report/ReportPage').then((m) => m.ReportPage));
const compareScreen = lazyScreen<CompareScreenProps>(() => import('./compare/CompareScreen').then((m) => m.CompareScreen));
const ReportPage = reportPage.Screen;
const CompareScreen = compareScreen.Screen;
const SetupScreen = setupScreen.Screen;
const PlayScreen = playScreen.Screen;
const DebriefPage = debriefPage.Screen;
/** The debrief of a facilitated session, inside the session's own routes. */
const DebriefScreen = lazyScreen<DebriefScreenProps>(() => import('./debrief/DebriefScreen').then((m) => m.DebriefScreen)).Screen;
const screens = [setupScreen, playScreen, debriefPage];

/** Fetch every later screen; a failure here is silent, the screen tries again (and reports) when it is needed. */
function preloadScreens() {
  for (const s of screens) s.preload().catch(() => {});
}

/** The session store carries the engine (xstate, zod): it is loaded only when a game starts or resumes. */
const sessionStore = () => import('../store/session').then((m) => m.useSessionStore.getState());

export type AppProps = {
  catalog?: CatalogEntry[];
  problems?: CatalogProblem[];
  /** Loads a full scenario by id; tests hand in their own. */
  loadScenario?: (id: string) => Promise<Scenario>;
};

function loadBuilt(id: string): Promise<Scenario> {
  const load = loaders[id];
  return load ? load() : Promise.reject(new Error(`unknown scenario "${id}"`));
}

/** Facilitated sessions have their own addresses (SessionRoutes); everything else is solo play. */
export function App(props: AppProps) {
  const [location] = useLocation();
  const catalog = props.catalog ?? builtCatalog;
  const loadGiven = props.loadScenario ?? loadBuilt;
  // Own scenarios (loaded from a file, kept in IndexedDB) play like the built-in ones, solo and facilitated.
  const loadScenario = useMemo(() => withOwnScenarios(loadGiven), [loadGiven]);
  if (!isSessionPath(location)) return <SoloApp {...props} loadScenario={loadScenario} />;
  return (
    <SessionRoutes
      catalog={catalog}
      loadScenario={loadScenario}
      renderDebrief={(p) => (
        <Suspense fallback={<Loading />}>
          <DebriefScreen {...p} embedScenario={!catalog.some((c) => c.id === p.scenario.id)} />
        </Suspense>
      )}
    />
  );
}

function SoloApp({ catalog = builtCatalog, problems = builtProblems, loadScenario = loadBuilt }: AppProps) {
  const largeText = useSettingsStore((s) => s.largeText);
  const [location, navigate] = useLocation();
  const [notice, setNotice] = useState<StartNotice | null>(null);
  // Focus moves to a screen's heading only after the player has navigated, not on the first page load.
  const firstLocation = useRef(location);
  const moved = useRef(false);
  if (location !== firstLocation.current) moved.current = true;
  const navigated = moved.current;
  // Work before a screen change (loading a scenario, replaying a save) is a transition: the current screen stays up
  // with a quiet "loading" note instead of a blank fallback.
  const [pending, startWork] = useTransition();
  const scenarios = useRef(new Map<string, Scenario>());

  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);

  // The later screens (and the engine they carry) are fetched once the start screen is up and the browser is idle.
  useEffect(() => whenIdle(preloadScreens), []);

  const scenarioById = useCallback(
    async (id: string) => {
      const known = scenarios.current.get(id);
      if (known) return known;
      const s = await loadScenario(id);
      scenarios.current.set(id, s);
      return s;
    },
    [loadScenario],
  );

  /** To the start screen; with a notice (a save that could not be opened) the failed address is replaced, not kept. */
  const home = useCallback(
    (n: StartNotice | null = null) => {
      setNotice(n);
      navigate(paths.start, { replace: n !== null });
    },
    [navigate],
  );

  /** Read a save from this browser into the session store; null when it worked, else what to tell the player. */
  const resumeSave = useCallback(
    async (saveId: string): Promise<StartNotice | null> => {
      const saved = useSavesStore.getState().read(saveId);
      if (!saved) return { kind: 'missing', message: saveId };
      try {
        const [scenario, store] = await Promise.all([scenarioById(saved.scenarioId), sessionStore()]);
        const outcome = store.resumeSaved(scenario, saveId);
        useSavesStore.getState().scan();
        return outcome.ok ? null : { kind: outcome.kind, message: outcome.message, scenarioId: saved.scenarioId };
      } catch (e) {
        return { kind: 'load-failed', message: message(e), scenarioId: saved.scenarioId };
      }
    },
    [scenarioById],
  );

  /** Pointing at or focusing Play: fetch the set-up screen and the scenario now, so the click shows it at once. */
  const prepare = (id: string) => {
    preloadScreens();
    scenarioById(id).catch(() => {});
  };

  const openSetup = (id: string) => {
    setNotice(null);
    startWork(async () => {
      try {
        await Promise.all([scenarioById(id), setupScreen.preload()]);
        startWork(() => navigate(paths.setup(id)));
      } catch (e) {
        startWork(() => setNotice({ kind: 'load-failed', message: message(e), scenarioId: id }));
      }
    });
  };

  const resume = (saveId: string) => {
    setNotice(null);
    startWork(async () => {
      const problem = await resumeSave(saveId);
      const done = loadedSessionStore()?.getState().game?.done === true;
      startWork(() => (problem ? setNotice(problem) : navigate(done ? paths.debrief(saveId) : paths.play(saveId))));
    });
  };

  const loadFile = async (text: string) => {
    setNotice(null);
    const store = await sessionStore();
    const builtIn = (id: string) => catalog.some((c) => c.id === id);
    const find = async (id: string, embedded?: unknown) => {
      if (embedded !== undefined && !builtIn(id)) {
        // The file carries its scenario (a session of an uploaded one): check it as a loaded file and keep it.
        const scenario = await adoptEmbedded(id, embedded);
        scenarios.current.set(id, scenario);
        return scenario;
      }
      return builtIn(id) || isOwnScenario(id) ? scenarioById(id).catch(() => undefined) : undefined;
    };
    const outcome = await store.loadFile(text, find);
    if (outcome.ok) startWork(() => navigate(paths.play(outcome.saveId)));
    else setNotice({ kind: outcome.kind, message: outcome.message });
  };

  const boundary = (children: React.ReactNode) => (
    <ScreenBoundary key={location} onHome={() => home()} rescue={rescueSession}>
      <Suspense fallback={<Fallback />}>{children}</Suspense>
    </ScreenBoundary>
  );

  return (
    <>
      <Switch>
        <Route path={paths.start}>
          {boundary(
            <StartScreen
              catalog={catalog}
              problems={problems}
              notice={notice}
              focusHeading={navigated}
              onPlay={openSetup}
              onPrepare={prepare}
              onResume={resume}
              onLoadFile={loadFile}
              onDismissNotice={() => setNotice(null)}
            />,
          )}
        </Route>
        <Route path={patterns.setup}>
          {(params) =>
            boundary(
              <SetupRoute
                scenarioId={params.scenarioId}
                known={scenarios.current.get(params.scenarioId)}
                load={scenarioById}
                onFailed={home}
                render={(scenario) => (
                  <SetupScreen
                    scenario={scenario}
                    focusHeading={navigated}
                    onStarted={(saveId) => navigate(paths.play(saveId))}
                    onBack={() => navigate(paths.start)}
                  />
                )}
              />,
            )
          }
        </Route>
        <Route path={patterns.play}>
          {(params) =>
            boundary(
              <SaveRoute saveId={params.saveId} resume={resumeSave} onFailed={home}>
                <PlayScreen
                  focusHeading={navigated}
                  onLeave={() => home()}
                  onEnded={() => navigate(paths.debrief(params.saveId), { replace: true })}
                />
              </SaveRoute>,
            )
          }
        </Route>
        <Route path={patterns.debrief}>
          {(params) =>
            boundary(
              <SaveRoute saveId={params.saveId} resume={resumeSave} onFailed={home}>
                <DebriefPage
                  onReport={(saveId) => navigate(paths.report(saveId))}
                  onHome={() => home()}
                  onPlayAgain={(id) => navigate(paths.setup(id))}
                  onNotEnded={() => navigate(paths.play(params.saveId), { replace: true })}
                  onForked={(saveId) => navigate(paths.play(saveId))}
                />
              </SaveRoute>,
            )
          }
        </Route>
        <Route path={patterns.report}>
          {(params) =>
            boundary(
              <SaveRoute saveId={params.saveId} resume={resumeSave} onFailed={home}>
                <ReportPage onDebrief={() => navigate(paths.debrief(params.saveId))} />
              </SaveRoute>,
            )
          }
        </Route>
        <Route path={patterns.compare}>
          {boundary(<CompareScreen catalog={catalog} loadScenario={scenarioById} onHome={() => home()} />)}
        </Route>
        <Route>{boundary(<NotFound path={location} onHome={() => home()} />)}</Route>
      </Switch>
      {pending && (
        <div className="pending">
          <Loading />
        </div>
      )}
    </>
  );
}
