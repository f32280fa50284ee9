// Which messages are new on this device: those that reach the feed after the screen first showed it. Messages present
// when the screen opens (a reload, a resync after a lost connection) count as seen, so they never pop up as new.
import { useEffect, useRef } from 'react';
import type { InjectView } from '../../engine/play/view';

/** Calls `onFresh` with the messages (feed order, newest first) that arrived since the last render. */
export function useFreshInjects(injects: InjectView[], onFresh: (fresh: InjectView[]) => void): void {
  const seen = useRef<Set<string> | null>(null);
  const latest = useRef(onFresh);
  latest.current = onFresh;
  useEffect(() => {
    if (seen.current === null) {
      seen.current = new Set(injects.map((i) => i.id));
      return;
    }
    const known = seen.current;
    const fresh = injects.filter((i) => !known.has(i.id));
    for (const i of fresh) known.add(i.id);
    if (fresh.length > 0) latest.current(fresh);
  }, [injects]);
}
