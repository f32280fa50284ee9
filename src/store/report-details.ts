// What the evaluator fills in on the after-action report that the log does not know (exercise name, scope, point of
// contact…), kept per save in this browser. Persisted with zustand's persist middleware (versioned).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { detailFields, type ExerciseDetails } from '../engine/aar/aar';
import { tolerantStorage } from './tolerant-storage';

type DetailsStore = {
  bySave: Record<string, Partial<ExerciseDetails>>;
  setDetail: (saveId: string, field: keyof ExerciseDetails, value: string) => void;
};

export const REPORT_DETAILS_KEY = 'draaiboek.report-details';

/** Keeps only string fields the report knows, so a hand-edited value cannot break the page. */
function sanitize(persisted: unknown): Pick<DetailsStore, 'bySave'> {
  const bySave: Record<string, Partial<ExerciseDetails>> = {};
  const raw = (persisted as { bySave?: unknown } | null)?.bySave;
  if (raw && typeof raw === 'object') {
    for (const [saveId, fields] of Object.entries(raw)) {
      if (!fields || typeof fields !== 'object') continue;
      const clean: Partial<ExerciseDetails> = {};
      for (const f of detailFields) {
        const v = (fields as Record<string, unknown>)[f];
        if (typeof v === 'string') clean[f] = v.slice(0, 4000);
      }
      bySave[saveId] = clean;
    }
  }
  return { bySave };
}

export const useReportDetailsStore = create<DetailsStore>()(
  persist(
    (set) => ({
      bySave: {},
      setDetail: (saveId, field, value) => set((s) => ({ bySave: { ...s.bySave, [saveId]: { ...s.bySave[saveId], [field]: value } } })),
    }),
    {
      name: REPORT_DETAILS_KEY,
      version: 1,
      storage: tolerantStorage,
      partialize: ({ bySave }) => ({ bySave }),
      migrate: (persisted) => sanitize(persisted),
      merge: (persisted, current) => ({ ...current, ...sanitize(persisted) }),
    },
  ),
);
