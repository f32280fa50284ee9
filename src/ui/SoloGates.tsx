// The solo routes' gates: a screen that needs a scenario or a saved game waits here (showing the loading frame) until
// it is loaded, or hands the reason it could not be to the start screen. Also the session in memory for a rescue.
import { useEffect, useState } from 'react';
import type { Scenario } from '../engine/play/schema';
import { loadedSessionStore } from '../store/loaded';
import { Loading } from './common/Loading';
import type { Rescue } from './common/ScreenBoundary';
import { Shell } from './common/Shell';
import type { StartNotice } from './start/Notices';

export const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** True when the game of this save is the one in memory (no need to read it from storage again). */
const inMemory = (saveId: string) => {
  const state = loadedSessionStore()?.getState();
  return state?.saveId === saveId && state.session !== null;
};

export function Fallback() {
  return (
    <Shell>
      <div className="page">
        <Loading />
      </div>
    </Shell>
  );
}

/** The session in memory as a file, for the error boundary's download. */
export function rescueSession(): Rescue {
  const state = loadedSessionStore()?.getState();
  if (!state?.session) return null;
  return { text: JSON.stringify(state.session, null, 2), filename: `draaiboek-${state.session.scenario.id}-session.json` };
}

/** The set-up screen's scenario: at once when it was fetched before navigating, else loaded (a reload, a link). */
export function SetupRoute({
  scenarioId,
  known,
  load,
  onFailed,
  render,
}: {
  scenarioId: string;
  known: Scenario | undefined;
  load: (id: string) => Promise<Scenario>;
  onFailed: (n: StartNotice) => void;
  render: (s: Scenario) => React.ReactNode;
}) {
  const [scenario, setScenario] = useState(known);
  useEffect(() => {
    if (scenario) return;
    let live = true;
    load(scenarioId).then(
      (s) => live && setScenario(s),
      (e: unknown) => live && onFailed({ kind: 'load-failed', message: message(e), scenarioId }),
    );
    return () => {
      live = false;
    };
  }, [scenario, scenarioId, load, onFailed]);
  return scenario ? render(scenario) : <Fallback />;
}

/** A screen of one save: at once when that game is in memory, else after resuming it from this browser's storage. */
export function SaveRoute({
  saveId,
  resume,
  onFailed,
  children,
}: {
  saveId: string;
  resume: (saveId: string) => Promise<StartNotice | null>;
  onFailed: (n: StartNotice) => void;
  children: React.ReactNode;
}) {
  const [ready, setReady] = useState(() => inMemory(saveId));
  useEffect(() => {
    if (ready) return;
    let live = true;
    void resume(saveId).then((problem) => {
      if (!live) return;
      if (problem) onFailed(problem);
      else setReady(true);
    });
    return () => {
      live = false;
    };
  }, [ready, saveId, resume, onFailed]);
  return ready ? children : <Fallback />;
}
