// The endings this browser has reached, per scenario: "2 of 5 endings found" on the start screen.
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { tolerantStorage } from './tolerant-storage';

type DiscoveriesStore = {
  /** Scenario id → ending ids found, in the order found. */
  found: Record<string, string[]>;
  record: (scenarioId: string, endingId: string) => void;
};

export const DISCOVERIES_KEY = 'draaiboek.discoveries';

export const useDiscoveriesStore = create<DiscoveriesStore>()(
  persist(
    (set) => ({
      found: {},
      record: (scenarioId, endingId) =>
        set((s) => {
          const list = s.found[scenarioId] ?? [];
          return list.includes(endingId) ? s : { found: { ...s.found, [scenarioId]: [...list, endingId] } };
        }),
    }),
    {
      name: DISCOVERIES_KEY,
      version: 1,
      storage: tolerantStorage,
      partialize: ({ found }) => ({ found }),
      migrate: (persisted) => ({ found: clean(persisted) }),
      merge: (persisted, current) => ({ ...current, found: clean(persisted) }),
    },
  ),
);

/** Keeps only well-formed entries, so a hand-edited or old value cannot break the start screen. */
function clean(value: unknown): Record<string, string[]> {
  const found = value && typeof value === 'object' ? (value as { found?: unknown }).found : undefined;
  if (!found || typeof found !== 'object') return {};
  const out: Record<string, string[]> = {};
  for (const [id, list] of Object.entries(found as Record<string, unknown>)) {
    if (Array.isArray(list)) out[id] = list.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

export function resetDiscoveries(): void {
  useDiscoveriesStore.setState({ found: {} });
}
