// Progress in solo play, per browser, for the start screen: which scenarios were played, how many games, which
// endings were found and the best outcome among them, and the time spent playing. Derived from the saves and the
// found endings in this browser; light (no zod, no engine runtime), and a damaged save counts for nothing rather
// than breaking the start screen.
import type { CatalogEntry } from '../engine/play/catalog';
import type { Outcome } from '../engine/play/schema';
import type { SavedGame } from './saves';

/** Best first; local so the start screen does not load the schema. */
const outcomes: Outcome[] = ['good', 'mixed', 'bad'];
/** A gap between two events longer than this is a break (a tab left open), counted as this long. */
const MAX_GAP_MS = 15 * 60_000;

export type ScenarioProgress = {
  id: string;
  entry: CatalogEntry;
  games: number;
  finished: number;
  endingsFound: number;
  endingsTotal: number;
  best: Outcome | null;
  /** Milliseconds of play, pauses left out. */
  timeMs: number;
};

export type Progress = {
  scenarios: ScenarioProgress[];
  games: number;
  endingsFound: number;
  endingsTotal: number;
  timeMs: number;
};

type TimedEvent = { type: string; at: number };

function eventsOf(text: string): TimedEvent[] {
  try {
    const raw = JSON.parse(text) as { events?: unknown };
    if (!Array.isArray(raw?.events)) return [];
    const out: TimedEvent[] = [];
    for (const e of raw.events as { type?: unknown; at?: unknown }[]) {
      const at = typeof e?.at === 'string' ? Date.parse(e.at) : Number.NaN;
      if (typeof e?.type === 'string' && Number.isFinite(at)) out.push({ type: e.type, at });
    }
    return out;
  } catch {
    return [];
  }
}

/** Time between the events of a game, leaving out its pauses and capping breaks. */
export function playTime(text: string): number {
  const events = eventsOf(text);
  let total = 0;
  let paused = false;
  for (let i = 1; i < events.length; i++) {
    const before = events[i - 1] as TimedEvent;
    const e = events[i] as TimedEvent;
    if (before.type === 'session.pause') paused = true;
    if (before.type === 'session.resume') paused = false;
    if (!paused && e.at > before.at) total += Math.min(e.at - before.at, MAX_GAP_MS);
  }
  return total;
}

/** A save's "done" as its label tells, or (without a usable label) whether it reached the end. */
const finished = (save: SavedGame) => save.meta?.done ?? eventsOf(save.text).some((e) => e.type === 'session.end');

export function progressOf(
  catalog: readonly CatalogEntry[],
  saves: readonly SavedGame[],
  found: Record<string, readonly string[]>,
): Progress {
  const scenarios: ScenarioProgress[] = [];
  for (const entry of catalog) {
    const mine = saves.filter((s) => s.scenarioId === entry.id);
    const list = Array.isArray(found[entry.id]) ? (found[entry.id] as readonly string[]) : [];
    const endings = entry.endings.filter((e) => list.includes(e.id));
    if (mine.length === 0 && endings.length === 0) continue;
    scenarios.push({
      id: entry.id,
      entry,
      games: mine.length,
      finished: mine.filter(finished).length,
      endingsFound: endings.length,
      endingsTotal: entry.endings.length,
      best: outcomes.find((o) => endings.some((e) => e.outcome === o)) ?? null,
      timeMs: mine.reduce((sum, s) => sum + playTime(s.text), 0),
    });
  }
  const sum = (pick: (p: ScenarioProgress) => number) => scenarios.reduce((a, p) => a + pick(p), 0);
  return {
    scenarios,
    games: sum((p) => p.games),
    endingsFound: sum((p) => p.endingsFound),
    endingsTotal: catalog.reduce((a, e) => a + e.endings.length, 0),
    timeMs: sum((p) => p.timeMs),
  };
}
