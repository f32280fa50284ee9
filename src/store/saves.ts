// Session saves in localStorage, any number per scenario, each under its own random id: `draaiboek.save.<saveId>` holds
// the session and `draaiboek.savemeta.<saveId>` its label (scenario id and what the resume list shows). Kept OUTSIDE
// zustand's persist so a damaged value is never overwritten or dropped: it moves to a quarantine key, is reported, and
// is offered for download. Every write reports failure (a full storage) instead of throwing, and touches no other save.
// Deliberately light (no zod, no engine runtime): the start screen uses it before the engine is loaded.
import { create } from 'zustand';
import type { Session } from '../engine/play/session';
import { labelledScenario, looksLikeSave, type SaveMeta, scenarioOfSave, validMeta } from './save-label';

export const SAVE_PREFIX = 'draaiboek.save.';
export const META_PREFIX = 'draaiboek.savemeta.';
export const QUARANTINE_PREFIX = 'draaiboek.quarantine.';
const REASON_PREFIX = 'draaiboek.quarantine-reason.';

export type SavedGame = {
  saveId: string;
  /** The scenario this save is resumed with: its label's, or (with no usable label) the one the save names. */
  scenarioId: string;
  text: string;
  /** Null when the label is missing or damaged: the list then shows what the save itself tells. */
  meta: SaveMeta | null;
};

export type QuarantineReason = 'unreadable' | 'incompatible' | 'mismatch';
export type Quarantined = { key: string; scenarioId: string; text: string; reason: QuarantineReason; detail: string; movedAt: string };

/** A storage write that did not happen: the browser's storage is full, or refuses to store anything at all. */
export type StorageProblem = { kind: 'full' | 'unavailable'; detail: string };
export type WriteResult = { ok: true } | { ok: false; problem: StorageProblem };

type SavesStore = {
  saves: SavedGame[];
  quarantined: Quarantined[];
  /** The last write that failed while listing (moving a save to quarantine, migrating); null when all went well. */
  problem: StorageProblem | null;
  /** Read storage: migrates saves of the one-save-per-scenario era, lists the saves, quarantines damaged ones. */
  scan: () => void;
  write: (saveId: string, session: Session, meta: SaveMeta) => WriteResult;
  read: (saveId: string) => SavedGame | null;
  discard: (saveId: string) => void;
  quarantine: (saveId: string, reason: QuarantineReason, detail: string) => void;
  forget: (key: string) => void;
};

/** A new save id: 12 random letters and digits after a "g", so it never looks like an old per-scenario key. */
const SAVE_ID = /^g[0-9a-z]{12}$/;
export function newSaveId(): string {
  const digits = new Uint8Array(12);
  if (typeof crypto !== 'undefined' && typeof crypto.getRandomValues === 'function') crypto.getRandomValues(digits);
  else for (let i = 0; i < digits.length; i++) digits[i] = Math.floor(Math.random() * 256);
  const id = `g${Array.from(digits, (d) => (d % 36).toString(36)).join('')}`;
  return localStorage.getItem(SAVE_PREFIX + id) === null ? id : newSaveId();
}

function problemOf(e: unknown): StorageProblem {
  const name = e instanceof Error || (typeof DOMException !== 'undefined' && e instanceof DOMException) ? (e as Error).name : '';
  const code = (e as { code?: number } | null)?.code;
  const full = name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
  return { kind: full ? 'full' : 'unavailable', detail: e instanceof Error ? e.message : String(e) };
}

/** setItem that reports instead of throwing; a failed setItem leaves the key's old value as it was. */
function put(key: string, value: string): WriteResult {
  try {
    localStorage.setItem(key, value);
    return { ok: true };
  } catch (e) {
    return { ok: false, problem: problemOf(e) };
  }
}

function readLabel(saveId: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(META_PREFIX + saveId) ?? 'null');
  } catch {
    // A label only describes its save and is rewritten with the next save; the save itself is intact.
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

/** Copy a save to a quarantine key, then remove it. If the copy cannot be written, the save stays where it is. */
function moveToQuarantine(saveId: string, scenarioId: string, text: string, reason: QuarantineReason, detail: string): WriteResult {
  const movedAt = new Date().toISOString();
  let key = `${QUARANTINE_PREFIX}${saveId}.${movedAt}`;
  for (let n = 2; localStorage.getItem(key) !== null; n++) key = `${QUARANTINE_PREFIX}${saveId}.${movedAt}.${n}`;
  const copied = put(key, text);
  if (!copied.ok) return copied;
  const noted = put(REASON_PREFIX + key.slice(QUARANTINE_PREFIX.length), JSON.stringify({ reason, detail, movedAt, scenarioId }));
  if (!noted.ok) {
    localStorage.removeItem(key);
    return noted;
  }
  localStorage.removeItem(SAVE_PREFIX + saveId);
  localStorage.removeItem(META_PREFIX + saveId);
  return { ok: true };
}

function readQuarantine(): Quarantined[] {
  return keysWith(QUARANTINE_PREFIX).map((key) => {
    const rest = key.slice(QUARANTINE_PREFIX.length);
    let info = { reason: 'unreadable' as QuarantineReason, detail: '', movedAt: '', scenarioId: rest.split('.')[0] ?? rest };
    try {
      const note = JSON.parse(localStorage.getItem(REASON_PREFIX + rest) ?? '{}') as Record<string, unknown>;
      info = {
        reason: note.reason === 'incompatible' || note.reason === 'mismatch' ? note.reason : 'unreadable',
        detail: typeof note.detail === 'string' ? note.detail : '',
        movedAt: typeof note.movedAt === 'string' ? note.movedAt : '',
        scenarioId: typeof note.scenarioId === 'string' ? note.scenarioId : info.scenarioId,
      };
    } catch {
      // Without its note the quarantined save is still listed and downloadable.
    }
    return { key, text: localStorage.getItem(key) ?? '', ...info };
  });
}

/**
 * A save of the one-save-per-scenario era sits under its scenario's id: copy it to a new save id with a label naming
 * that scenario, then remove the old keys. If storage is too full to copy, it stays (and works) under its old key.
 */
function migrate(oldId: string, text: string): { saveId: string; problem: StorageProblem | null } {
  const label = readLabel(oldId);
  const saveId = newSaveId();
  const copied = put(SAVE_PREFIX + saveId, text);
  const labelled = copied.ok ? put(META_PREFIX + saveId, JSON.stringify({ ...(label as object | null), scenarioId: oldId })) : copied;
  if (!labelled.ok) {
    localStorage.removeItem(SAVE_PREFIX + saveId);
    localStorage.removeItem(META_PREFIX + saveId);
    return { saveId: oldId, problem: labelled.problem };
  }
  localStorage.removeItem(SAVE_PREFIX + oldId);
  localStorage.removeItem(META_PREFIX + oldId);
  return { saveId, problem: null };
}

/** Newest first, as the resume list shows them. */
function sortSaves(saves: SavedGame[]): SavedGame[] {
  return saves.sort((a, b) => (b.meta?.savedAt ?? '').localeCompare(a.meta?.savedAt ?? ''));
}

/** The text this page last wrote under each save key (a save it wrote itself is known to be readable). */
const written = new Map<string, string>();

export const useSavesStore = create<SavesStore>()((set, get) => ({
  saves: [],
  quarantined: [],
  problem: null,
  scan: () => {
    const saves: SavedGame[] = [];
    let problem: StorageProblem | null = null;
    for (const key of keysWith(SAVE_PREFIX)) {
      let saveId = key.slice(SAVE_PREFIX.length);
      const text = localStorage.getItem(key) ?? '';
      const damage = looksLikeSave(text);
      const old = !SAVE_ID.test(saveId);
      if (damage) {
        const labelled = labelledScenario(readLabel(saveId));
        const moved = moveToQuarantine(saveId, old ? saveId : (labelled ?? 'save'), text, 'unreadable', damage);
        if (!moved.ok) problem = moved.problem;
        continue;
      }
      if (old) {
        const migrated = migrate(saveId, text);
        saveId = migrated.saveId;
        problem = migrated.problem ?? problem;
      }
      const label = readLabel(saveId);
      const fallback = SAVE_ID.test(saveId) ? scenarioOfSave(text) : saveId;
      saves.push({ saveId, scenarioId: labelledScenario(label) ?? fallback, text, meta: validMeta(label) });
    }
    set({ saves: sortSaves(saves), quarantined: readQuarantine(), problem });
  },
  write: (saveId, session, meta) => {
    const key = SAVE_PREFIX + saveId;
    const existing = localStorage.getItem(key);
    // Never write over a value we could not read: it goes to quarantine first (or, if that fails, stays and is kept).
    // What this page wrote itself a moment ago needs no second look (a string compare instead of a parse per key).
    let movedAway = false;
    if (existing !== null && existing !== written.get(key)) {
      const damage = looksLikeSave(existing);
      if (damage) {
        const moved = moveToQuarantine(saveId, session.scenario.id, existing, 'unreadable', damage);
        if (!moved.ok) return moved;
        movedAway = true;
      }
    }
    const text = JSON.stringify(session);
    const saved = put(key, text);
    if (!saved.ok) return saved;
    written.set(key, text);
    const labelled = put(META_PREFIX + saveId, JSON.stringify(meta));
    // A label that could not be updated would describe an older moment: drop it; the list then reads the save.
    if (!labelled.ok) localStorage.removeItem(META_PREFIX + saveId);
    // Only this save changed, so only its row is replaced; a move to quarantine changes the lists, so read them again.
    if (movedAway) get().scan();
    else {
      const row: SavedGame = {
        saveId,
        scenarioId: labelled.ok ? meta.scenarioId : session.scenario.id,
        text,
        meta: labelled.ok ? validMeta(meta) : null,
      };
      set({ saves: sortSaves([row, ...get().saves.filter((g) => g.saveId !== saveId)]) });
    }
    return labelled;
  },
  read: (saveId) => {
    const text = localStorage.getItem(SAVE_PREFIX + saveId);
    if (text === null) return null;
    const label = readLabel(saveId);
    const named = looksLikeSave(text) === null ? scenarioOfSave(text) : '';
    return { saveId, scenarioId: labelledScenario(label) ?? (SAVE_ID.test(saveId) ? named : saveId), text, meta: validMeta(label) };
  },
  discard: (saveId) => {
    localStorage.removeItem(SAVE_PREFIX + saveId);
    localStorage.removeItem(META_PREFIX + saveId);
    get().scan();
  },
  quarantine: (saveId, reason, detail) => {
    const saved = get().read(saveId);
    if (saved) {
      const moved = moveToQuarantine(saveId, saved.scenarioId, saved.text, reason, detail);
      get().scan();
      if (!moved.ok) set({ problem: moved.problem });
      return;
    }
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
  useSavesStore.setState({ saves: [], quarantined: [], problem: null });
}
