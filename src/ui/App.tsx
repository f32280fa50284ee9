// The app shell: which screen shows (start, set-up, game), lazy loading of everything past the start screen,
// and the display settings that apply to the whole page (language via i18n, large text).

import { catalog as builtCatalog, problems as builtProblems, loaders } from 'virtual:scenarios';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { CatalogEntry, CatalogProblem } from '../engine/catalog';
import type { Scenario } from '../engine/schema';
import '../i18n';
import { useSettingsStore } from '../store/settings';
import { Loading } from './common/Loading';
import { Shell } from './common/Shell';
import type { DebriefRenderProps } from './play/PlayScreen';
import type { StartNotice } from './start/Notices';
import { StartScreen } from './start/StartScreen';
import './styles.css';

const SetupScreen = lazy(() => import('./setup/SetupScreen').then((m) => ({ default: m.SetupScreen })));
const PlayScreen = lazy(() => import('./play/PlayScreen').then((m) => ({ default: m.PlayScreen })));
const DebriefScreen = lazy(() => import('./debrief/DebriefScreen').then((m) => ({ default: m.DebriefScreen })));

/** The session store carries the engine (xstate, zod): it is loaded only when a game starts or resumes. */
const sessionStore = () => import('../store/session').then((m) => m.useSessionStore.getState());

type Route = { name: 'start' } | { name: 'busy' } | { name: 'setup'; scenario: Scenario } | { name: 'game' };

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

export function App({ catalog = builtCatalog, problems = builtProblems, loadScenario = loadBuilt }: AppProps) {
  const largeText = useSettingsStore((s) => s.largeText);
  const [route, setRoute] = useState<Route>({ name: 'start' });
  const [notice, setNotice] = useState<StartNotice | null>(null);
  // Focus moves to a screen's heading only after the player has navigated, not on the first page load.
  const [navigated, setNavigated] = useState(false);

  useEffect(() => {
    document.documentElement.classList.toggle('large-text', largeText);
  }, [largeText]);

  const go = (next: Route) => {
    setNavigated(true);
    setRoute(next);
  };
  const fail = (n: StartNotice) => {
    setNotice(n);
    go({ name: 'start' });
  };
  const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

  const openSetup = async (id: string) => {
    setNotice(null);
    go({ name: 'busy' });
    try {
      go({ name: 'setup', scenario: await loadScenario(id) });
    } catch (e) {
      fail({ kind: 'load-failed', message: message(e), scenarioId: id });
    }
  };

  const resume = async (id: string) => {
    setNotice(null);
    go({ name: 'busy' });
    try {
      const [scenario, store] = await Promise.all([loadScenario(id), sessionStore()]);
      const outcome = store.resumeSaved(scenario);
      if (outcome.ok) go({ name: 'game' });
      else fail({ kind: outcome.kind, message: outcome.message, scenarioId: id });
    } catch (e) {
      fail({ kind: 'load-failed', message: message(e), scenarioId: id });
    }
  };

  const loadFile = async (text: string) => {
    setNotice(null);
    const store = await sessionStore();
    const find = (id: string) => (catalog.some((c) => c.id === id) ? loadScenario(id).catch(() => undefined) : Promise.resolve(undefined));
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
          onResume={resume}
          onLoadFile={loadFile}
          onDismissNotice={() => setNotice(null)}
        />
      );
      break;
    case 'busy':
      screen = <Fallback />;
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
  return <Suspense fallback={<Fallback />}>{screen}</Suspense>;
}
