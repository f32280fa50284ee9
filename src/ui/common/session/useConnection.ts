// A screen's connection to a session on the server: connecting, refused (a wrong or old link), failed, or ready
// with the scenario and the connected store. The connection closes when the screen goes away.
import { useEffect, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../../engine/play/schema';
import { socketUrl } from '../../../net/links';
import type { ConnectedState } from '../../../store/connected';
import { openSession } from '../../../store/facilitated';

export type Connection =
  | { phase: 'connecting' }
  | { phase: 'refused'; message: string }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; scenario: Scenario; store: StoreApi<ConnectedState> };

export function useConnection(sessionId: string, secret: string | null, loadScenario: (id: string) => Promise<Scenario>): Connection {
  const [state, setState] = useState<Connection>({ phase: 'connecting' });
  useEffect(() => {
    if (!secret) {
      setState({ phase: 'refused', message: 'no key in the link' });
      return;
    }
    setState({ phase: 'connecting' });
    const opening = openSession({ url: socketUrl(window.location), sessionId, secret, loadScenario });
    let store: StoreApi<ConnectedState> | null = null;
    let live = true;
    void opening.done.then((r) => {
      if (!live) return;
      if ('store' in r) {
        store = r.store;
        setState({ phase: 'ready', scenario: r.scenario, store: r.store });
      } else setState(r.refused ? { phase: 'refused', message: r.message } : { phase: 'failed', message: r.message });
    });
    return () => {
      live = false;
      if (store) store.getState().close();
      else opening.cancel();
    };
  }, [sessionId, secret, loadScenario]);
  return state;
}
