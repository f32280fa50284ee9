// The view of a connected session for its viewer, recomputed only when the live state changes; and the feedback line
// a screen shows after sending (what the server refused, in the reader's language).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useStore } from 'zustand';
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../../engine/play/schema';
import { type PlayView, viewFor } from '../../../engine/play/view';
import type { SubmitResult } from '../../../net/client';
import { type ConnectedState, engineViewer } from '../../../store/connected';
import { refusalText } from './refusalText';

export function useSessionView(store: StoreApi<ConnectedState>, scenario: Scenario): { state: ConnectedState; view: PlayView | null } {
  const state = useStore(store);
  const { live, viewer } = state;
  const view = useMemo(() => (live && viewer ? viewFor(scenario, live, engineViewer(viewer)) : null), [scenario, live, viewer]);
  return { state, view };
}

/** Run a send and keep the refusal (if any) for an alert line; resolves true when the server took it. */
export function useSender(): { problem: string | null; run: (p: Promise<SubmitResult>) => Promise<boolean>; clear: () => void } {
  const [problem, setProblem] = useState<string | null>(null);
  const { t } = useTranslation('refusal');
  return {
    problem,
    clear: () => setProblem(null),
    run: async (p) => {
      const r = await p;
      setProblem(r.ok ? null : refusalText(t, r));
      return r.ok;
    },
  };
}
