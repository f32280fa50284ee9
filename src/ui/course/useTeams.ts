// The dashboard's connections, one per team (with the trainer's key, which opens every team's session), opened as
// teams appear and closed when the dashboard goes; and the rows worked out again whenever any team's log moves.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../engine/play/schema';
import type { TeamInfo } from '../../net/course';
import { socketUrl } from '../../net/links';
import type { ConnectedState } from '../../store/connected';
import { openSession } from '../../store/facilitated';
import { summarise, type TeamSummary } from './summary';

type Conn =
  | { phase: 'connecting' }
  | { phase: 'failed'; message: string }
  | { phase: 'ready'; scenario: Scenario; store: StoreApi<ConnectedState> };

export function useTeams(teams: TeamInfo[], courseKey: string, loadScenario: (id: string) => Promise<Scenario>, now: number) {
  const [conns, setConns] = useState<Record<string, Conn>>({});
  const [version, setVersion] = useState(0);
  const opened = useRef(new Map<string, { close(): void }>());

  useEffect(() => {
    for (const t of teams) {
      const id = t.sessionId;
      if (opened.current.has(id)) continue;
      const opening = openSession({ url: socketUrl(window.location), sessionId: id, secret: courseKey, loadScenario });
      const entry = { close: () => opening.cancel() };
      opened.current.set(id, entry);
      setConns((c) => ({ ...c, [id]: { phase: 'connecting' } }));
      void opening.done.then((r) => {
        if (opened.current.get(id) !== entry) {
          if ('store' in r) r.store.getState().close();
          return;
        }
        if ('store' in r) {
          const off = r.store.subscribe(() => setVersion((v) => v + 1));
          entry.close = () => {
            off();
            r.store.getState().close();
          };
          setConns((c) => ({ ...c, [id]: { phase: 'ready', scenario: r.scenario, store: r.store } }));
        } else setConns((c) => ({ ...c, [id]: { phase: 'failed', message: r.message } }));
      });
    }
  }, [teams, courseKey, loadScenario]);

  useEffect(() => {
    const map = opened.current;
    return () => {
      for (const e of map.values()) e.close();
      map.clear();
    };
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: version counts the stores' changes, which are read inside
  return useMemo((): TeamSummary[] => {
    return teams.map((t) => {
      const c = conns[t.sessionId];
      if (!c || c.phase === 'connecting')
        return summarise(t, null, { status: 'connecting', live: null, presence: null, problem: null }, now);
      if (c.phase === 'failed') return summarise(t, null, { status: 'failed', live: null, presence: null, problem: c.message }, now);
      return summarise(t, c.scenario, c.store.getState(), now);
    });
  }, [teams, conns, version, now]);
}

/** The time now, moving on every `ms` so waiting times and pace stay current. */
export function useNow(ms = 15_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(timer);
  }, [ms]);
  return now;
}
