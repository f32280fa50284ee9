// When the facilitator forks the ended session for the whole room (what-if), the server tells each screen where the
// room went, with the screen's own key for it: follow there, as if the new link had been opened.
import { useEffect } from 'react';
import { useLocation } from 'wouter';
import type { ConnectedState } from '../../../store/connected';

export type Moved = NonNullable<ConnectedState['moved']>;

export function useFollowFork(moved: ConnectedState['moved'], where: (m: Moved) => string): void {
  const [, navigate] = useLocation();
  // `where` is a fresh closure each render; the move itself happens once.
  // biome-ignore lint/correctness/useExhaustiveDependencies: follow each move once
  useEffect(() => {
    if (moved) navigate(where(moved));
  }, [moved, navigate]);
}
