// Session saves in localStorage, one per scenario, kept OUTSIDE zustand's persist so a damaged value is never
// overwritten or dropped: it is moved to a quarantine key, reported, and offered for download.
// Deliberately light (no zod, no engine runtime): the start screen uses it before the engine is loaded.
import { create } from 'zustand';
import type { Text } from '../engine/play/schema';
import type { Session } from '../engine/play/session';

export const SAVE_PREFIX = 'draaiboek.save.';
export const META_PREFIX = 'draaiboek.savemeta.';
export const QUARANTINE_PREFIX = 'draaiboek.quarantine.';
const REASON_PREFIX = 'draaiboek.quarantine-reason.';

/** What the resume list shows without loading the scenario: written next to each save. */
export type SaveMeta = {
  scenarioTitle: Text;
  placeTitle: Text;
  /** The scenario's start and the simulated minutes since, so the time can be shown in either language. */
  start: string;
  clock: number;
  done: boolean;
  role: string;
  savedAt: string;
};

export type SavedGame = { scenarioId: string; text: string; meta: SaveMeta | null };

export type QuarantineReason = 'unreadable' | 'incompatible';
export type Quarantined = { key: string; scenarioId: string; text: string; reason: QuarantineReason; detail: string; movedAt: string };

type SavesStore = {
  saves: SavedGame[];
  quarantined: Quarantined[];
  /** Read storage: lists the saves and moves any damaged one to quarantine. */
  scan: () => void;
  write: (session: Session, meta: SaveMeta) => void;
  read: (scenarioId: string) => SavedGame | null;
  discard: (scenarioId: string) => void;
  quarantine: (scenarioId: string, reason: QuarantineReason, detail: string) => void;
  forget: (key: string) => void;
};

/** A structural check that needs no validator; the engine's parseSave checks everything when the game is resumed. */
export function looksLikeSave(text: string): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return `not valid JSON: ${(e as Error).message}`;
  }
  if (!raw || typeof raw !== 'object') return 'not a saved session';
  const v = raw as Record<string, unknown>;
  const scenario = v.scenario as Record<string, unknown> | undefined;
  if (typeof v.format !== 'number') return 'format is missing';
  if (!scenario || typeof scenario.id !== 'string') return 'scenario.id is missing';
  if (!Array.isArray(v.events)) return 'events are missing';
  if (typeof v.role !== 'string') return 'role is missing';
  return null;
}

function readMeta(scenarioId: string): SaveMeta | null {
  const text = localStorage.getItem(META_PREFIX + scenarioId);
  if (!text) return null;
  try {
    const m = JSON.parse(text) as SaveMeta;
    return m && typeof m === 'object' && m.scenarioTitle && m.placeTitle && typeof m.clock === 'number' ? m : null;
  } catch {
    // The metadata only labels the resume list and is rewritten with the next save; the save itself is intact.
    return null;
  }
}

function keysWith(prefix: string): string[] {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k?.startsWith(prefix)) keys.push(k);
  }
  return keys.sort();
}

function moveToQuarantine(scenarioId: string, text: string, reason: QuarantineReason, detail: string): void {
  const movedAt = new Date().toISOString();
  let key = `${QUARANTINE_PREFIX}${scenarioId}.${movedAt}`;
  for (let n = 2; localStorage.getItem(key) !== null; n++) key = `${QUARANTINE_PREFIX}${scenarioId}.${movedAt}.${n}`;
  localStorage.setItem(key, text);
  localStorage.setItem(REASON_PREFIX + key.slice(QUARANTINE_PREFIX.length), JSON.stringify({ reason, detail, movedAt }));
  localStorage.removeItem(SAVE_PREFIX + scenarioId);
  localStorage.removeItem(META_PREFIX + scenarioId);
}

function readQuarantine(): Quarantined[] {
  return keysWith(QUARANTINE_PREFIX).map((key) => {
    const rest = key.slice(QUARANTINE_PREFIX.length);
    let info = { reason: 'unreadable' as QuarantineReason, detail: '', movedAt: '' };
    try {
      info = { ...info, ...(JSON.parse(localStorage.getItem(REASON_PREFIX + rest) ?? '{}') as object) };
    } catch {
      // Without its note the quarantined save is still listed and downloadable.
    }
    return { key, scenarioId: rest.split('.')[0] ?? rest, text: localStorage.getItem(key) ?? '', ...info };
  });
}

export const useSavesStore = create<SavesStore>()((set, get) => ({
  saves: [],
  quarantined: [],
  scan: () => {
    const saves: SavedGame[] = [];
    for (const key of keysWith(SAVE_PREFIX)) {
      const scenarioId = key.slice(SAVE_PREFIX.length);
      const text = localStorage.getItem(key) ?? '';
      const problem = looksLikeSave(text);
      if (problem) moveToQuarantine(scenarioId, text, 'unreadable', problem);
      else saves.push({ scenarioId, text, meta: readMeta(scenarioId) });
    }
    saves.sort((a, b) => (b.meta?.savedAt ?? '').localeCompare(a.meta?.savedAt ?? ''));
    set({ saves, quarantined: readQuarantine() });
  },
  write: (session, meta) => {
    const key = SAVE_PREFIX + session.scenario.id;
    const existing = localStorage.getItem(key);
    // Never write over a value we could not read: it goes to quarantine first.
    if (existing !== null) {
      const problem = looksLikeSave(existing);
      if (problem) moveToQuarantine(session.scenario.id, existing, 'unreadable', problem);
    }
    localStorage.setItem(key, JSON.stringify(session));
    localStorage.setItem(META_PREFIX + session.scenario.id, JSON.stringify(meta));
    get().scan();
  },
  read: (scenarioId) => {
    const text = localStorage.getItem(SAVE_PREFIX + scenarioId);
    return text === null ? null : { scenarioId, text, meta: readMeta(scenarioId) };
  },
  discard: (scenarioId) => {
    localStorage.removeItem(SAVE_PREFIX + scenarioId);
    localStorage.removeItem(META_PREFIX + scenarioId);
    get().scan();
  },
  quarantine: (scenarioId, reason, detail) => {
    const text = localStorage.getItem(SAVE_PREFIX + scenarioId);
    if (text !== null) moveToQuarantine(scenarioId, text, reason, detail);
    get().scan();
  },
  forget: (key) => {
    if (!key.startsWith(QUARANTINE_PREFIX)) return;
    localStorage.removeItem(key);
    localStorage.removeItem(REASON_PREFIX + key.slice(QUARANTINE_PREFIX.length));
    get().scan();
  },
}));

export function resetSaves(): void {
  useSavesStore.setState({ saves: [], quarantined: [] });
}
