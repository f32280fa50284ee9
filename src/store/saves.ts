// Session saves in localStorage, one per scenario, kept OUTSIDE zustand's persist so a damaged value is never
// overwritten or dropped: it is moved to a quarantine key, reported, and offered for download.
// Deliberately light (no zod, no engine runtime): the start screen uses it before the engine is loaded.
// During play a save is written just after the next frame (`writeSoon`), not in the key press that caused it, and
// is flushed at once when the page is hidden or left and before anything reads the saves, so none is ever lost.
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
  /** Write after the next frame has been painted (the latest session per scenario wins); see `flushSaves`. */
  writeSoon: (session: Session, meta: SaveMeta) => void;
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

/** Saves waiting for the frame to be painted, by scenario id. */
const pending = new Map<string, { session: Session; meta: SaveMeta }>();
let scheduled = false;

/** Write every waiting save now. Safe to call at any time; runs on pagehide and when the page is hidden. */
export function flushSaves(): void {
  scheduled = false;
  if (pending.size === 0) return;
  const waiting = [...pending.values()];
  pending.clear();
  for (const { session, meta } of waiting) useSavesStore.getState().write(session, meta);
}

/** After the frame that shows the change: rAF runs just before the paint, the task it queues runs after it. */
function afterPaint(work: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(work, 0));
  else setTimeout(work, 0);
}

if (typeof window !== 'undefined') {
  // The tab may be closed or frozen without another task running: write what waits while we still can.
  window.addEventListener('pagehide', flushSaves);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'hidden') flushSaves();
  });
}

export const useSavesStore = create<SavesStore>()((set, get) => ({
  saves: [],
  quarantined: [],
  scan: () => {
    flushSaves();
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
    // A save still waiting is older than this one: it must not land on top later.
    pending.delete(session.scenario.id);
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
  writeSoon: (session, meta) => {
    pending.set(session.scenario.id, { session, meta });
    if (scheduled) return;
    scheduled = true;
    afterPaint(flushSaves);
  },
  read: (scenarioId) => {
    flushSaves();
    const text = localStorage.getItem(SAVE_PREFIX + scenarioId);
    return text === null ? null : { scenarioId, text, meta: readMeta(scenarioId) };
  },
  discard: (scenarioId) => {
    pending.delete(scenarioId);
    localStorage.removeItem(SAVE_PREFIX + scenarioId);
    localStorage.removeItem(META_PREFIX + scenarioId);
    get().scan();
  },
  quarantine: (scenarioId, reason, detail) => {
    flushSaves();
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
  pending.clear();
  useSavesStore.setState({ saves: [], quarantined: [] });
}
