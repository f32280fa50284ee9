// The scenarios a player loaded from a file ("own scenarios"), kept in IndexedDB through idb-keyval so they are there
// next time. Holds the checked scenario and its catalogue entry; light enough for the start screen (no zod, no engine).
import { createStore, del, entries, get as read, set, type UseStore } from 'idb-keyval';
import { create } from 'zustand';
import type { CatalogEntry } from '../engine/play/catalog';
import type { Scenario } from '../engine/play/schema';

export type OwnScenario = { scenario: Scenario; entry: CatalogEntry; fileName: string; addedAt: string };

type OwnScenariosState = {
  entries: (CatalogEntry & { fileName: string; addedAt: string })[];
  /** False until IndexedDB has been read once. */
  ready: boolean;
  /** Why IndexedDB could not be used (private windows, blocked storage); the built-in scenarios still work. */
  problem: string | null;
  refresh: () => Promise<void>;
  /** Keep a checked scenario; one with the same id is replaced. Resolves to whether it replaced one. */
  add: (scenario: Scenario, entry: CatalogEntry, fileName: string) => Promise<{ replaced: boolean }>;
  remove: (id: string) => Promise<void>;
  load: (id: string) => Promise<Scenario | undefined>;
};

let db: UseStore | null = null;
/** One database of its own, so clearing it never touches anything else the app keeps. */
const store = () => {
  db ??= createStore('draaiboek-own-scenarios', 'scenarios');
  return db;
};

/** Tests start from an empty database; the next call opens it again. */
export function resetOwnScenarioDb(): void {
  db = null;
}

const message = (e: unknown) => (e instanceof Error ? e.message : String(e));

export const useOwnScenariosStore = create<OwnScenariosState>()((setState, get) => ({
  entries: [],
  ready: false,
  problem: null,
  refresh: async () => {
    try {
      const all = (await entries<string, OwnScenario>(store())).map(([, v]) => v);
      all.sort((a, b) => a.addedAt.localeCompare(b.addedAt));
      setState({ entries: all.map((o) => ({ ...o.entry, fileName: o.fileName, addedAt: o.addedAt })), ready: true, problem: null });
    } catch (e) {
      setState({ ready: true, problem: message(e) });
    }
  },
  add: async (scenario, entry, fileName) => {
    const replaced = get().entries.some((e) => e.id === scenario.id);
    const value: OwnScenario = { scenario, entry, fileName, addedAt: new Date().toISOString() };
    await set(scenario.id, value, store());
    await get().refresh();
    return { replaced };
  },
  remove: async (id) => {
    await del(id, store());
    await get().refresh();
  },
  load: async (id) => (await read<OwnScenario>(id, store()))?.scenario,
}));

/** Whether an id belongs to an own scenario (for the app's scenario loader). */
export const isOwnScenario = (id: string) => useOwnScenariosStore.getState().entries.some((e) => e.id === id);

/** A scenario loader that knows the own scenarios too: own ids come from IndexedDB, the rest from `builtIn`. */
export function withOwnScenarios(builtIn: (id: string) => Promise<Scenario>): (id: string) => Promise<Scenario> {
  return async (id) => {
    // A reload straight into /play/… of an own scenario comes here before the start screen has read IndexedDB.
    if (!useOwnScenariosStore.getState().ready) await useOwnScenariosStore.getState().refresh();
    if (!isOwnScenario(id)) return builtIn(id);
    const scenario = await useOwnScenariosStore.getState().load(id);
    if (!scenario) throw new Error(`own scenario "${id}" is no longer in this browser`);
    return scenario;
  };
}
