// The app shell: which screen shows (start, set-up, game), lazy loading of everything past the start screen (fetched
// ahead while the player reads the start screen, so moving on is immediate), and the page-wide display settings.

import { catalog as builtCatalog, problems as builtProblems, loaders } from 'virtual:scenarios';
import { Suspense, useEffect, useMemo, useState, useTransition } from 'react';
import type { CatalogEntry, CatalogProblem } from '../engine/play/catalog';
import type { Scenario } from '../engine/play/schema';
import '../i18n';
import { isOwnScenario, withOwnScenarios } from '../store/ownScenarios';
import { useSettingsStore } from '../store/settings';
import { Loading } from './common/Loading';
import { lazyScreen, whenIdle } from './common/lazyScreen';
import { Shell } from './common/Shell';
import type { DebriefScreenProps } from './debrief/DebriefScreen';
import type { DebriefRenderProps, PlayScreenProps } from './play/PlayScreen';
import type { SetupScreenProps } from './setup/SetupScreen';
import type { StartNotice } from './start/Notices';
import { StartScreen } from './start/StartScreen';
import './styles.css';

const setupScreen = lazyScreen<SetupScreenProps>(() => import('./setup/SetupScreen').then((m) => m.SetupScreen));
const playScreen = lazyScreen<PlayScreenProps>(() => import('./play/PlayScreen').then((m) => m.PlayScreen));
const debriefScreen = lazyScreen<DebriefScreenProps>(() => import('./debrief/DebriefScreen').then((m) => m.DebriefScreen));
const SetupScreen = setupScreen.Screen;
const PlayScreen = playScreen.Screen;
const DebriefScreen = debriefScreen.Screen;
const screens = [setupScreen, playScreen, debriefScreen];

/** Fetch every later screen; a failure here is silent, the screen tries again (and reports) when it is needed. */
function preloadScreens() {
  for (const s of screens) s.preload().catch(() => {});
}

/** The session store carries the engine (xstate, zod): it is loaded only when a game starts or resumes. */
const sessionStore = () => import('../store/session').then((m) => m.useSessionStore.getState());

type Route = { name: 'start' } | { name: 'setup'; scenario: Scenario } | { name: 'game' };

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

function Fallback() {
  return (
    <Shell>
      <div className="page">
        <Loading />
      </div>
    </Shell>
  );
}

export function App({ catalog = builtCatalog, problems = builtProblems, loadScenario: loadGiven = loadBuilt }: AppProps) {
  // Own scenarios (loaded from a file, kept in IndexedDB) play like the built-in ones.
  const loadScenario = useMemo(() => withOwnScenarios(loadGiven), [loadGiven]);
  const largeText = useSettingsStore((s) => s.largeText);
  const [route, setRoute] = useState<Route>({ name: 'start' });
  const [notice, setNotice] = useState<StartNotice | null>(null);
  // Focus moves to a screen's heading only after the player has navigated, not on the first page load.
  const [navigated, setNavigated] = useState(false);
  // Screen changes are transitions: the current screen stays up (with a quiet "loading" note) until the next one
  // can render, instead of a blank fallback that React would hold for ~300 ms.
  const [pending, startNavigation] = useTransition();

  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);

  // The later screens (and the engine they carry) are fetched once the start screen is up and the browser is idle.
  useEffect(() => whenIdle(preloadScreens), []);

  const navigate = (next: Route) => {
    setNavigated(true);
    setRoute(next);
  };
  const go = (next: Route) => startNavigation(() => navigate(next));
  const fail = (n: StartNotice) => {
    setNotice(n);
    navigate({ name: 'start' });
  };
  const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

  /** Pointing at or focusing Play: fetch the set-up screen and the scenario now, so the click shows it at once. */
  const prepare = (id: string) => {
    preloadScreens();
    loadScenario(id).catch(() => {});
  };

  const openSetup = (id: string) => {
    setNotice(null);
    startNavigation(async () => {
      try {
        const scenario = await loadScenario(id);
        startNavigation(() => navigate({ name: 'setup', scenario }));
      } catch (e) {
        startNavigation(() => fail({ kind: 'load-failed', message: message(e), scenarioId: id }));
      }
    });
  };

  const resume = (id: string) => {
    setNotice(null);
    startNavigation(async () => {
      try {
        const [scenario, store] = await Promise.all([loadScenario(id), sessionStore()]);
        const outcome = store.resumeSaved(scenario);
        startNavigation(() => {
          if (outcome.ok) navigate({ name: 'game' });
          else fail({ kind: outcome.kind, message: outcome.message, scenarioId: id });
        });
      } catch (e) {
        startNavigation(() => fail({ kind: 'load-failed', message: message(e), scenarioId: id }));
      }
    });
  };

  const loadFile = async (text: string) => {
    setNotice(null);
    const store = await sessionStore();
    const known = (id: string) => catalog.some((c) => c.id === id) || isOwnScenario(id);
    const find = (id: string) => (known(id) ? loadScenario(id).catch(() => undefined) : Promise.resolve(undefined));
    const outcome = await store.loadFile(text, find);
    if (outcome.ok) go({ name: 'game' });
    else setNotice({ kind: outcome.kind, message: outcome.message });
  };

  const renderDebrief = (props: DebriefRenderProps) => (
    <Suspense fallback={<Loading />}>
      <DebriefScreen {...props} />
    </Suspense>
  );

  let screen: React.ReactNode;
  switch (route.name) {
    case 'start':
      screen = (
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
        />
      );
      break;
    case 'setup':
      screen = (
        <SetupScreen
          scenario={route.scenario}
          focusHeading={navigated}
          onStarted={() => go({ name: 'game' })}
          onBack={() => go({ name: 'start' })}
        />
      );
      break;
    case 'game':
      screen = (
        <PlayScreen
          focusHeading={navigated}
          onLeave={() => go({ name: 'start' })}
          onPlayAgain={(scenario) => go({ name: 'setup', scenario })}
          renderDebrief={renderDebrief}
        />
      );
      break;
  }
  return (
    <>
      <Suspense fallback={<Fallback />}>{screen}</Suspense>
      {pending && (
        <div className="pending">
          <Loading />
        </div>
      )}
    </>
  );
}
