// The label of a save and the light checks on a save's text: what the resume list may trust without loading the engine.
// A label is only ever used when every field is what the list needs, so a hand-edited label cannot blank the app.
import type { Text } from '../engine/play/schema';

/** The label of a save: what the resume list shows without loading the scenario, and which scenario it belongs to. */
export type SaveMeta = {
  scenarioId: string;
  scenarioTitle: Text;
  placeTitle: Text;
  /** The scenario's start and the simulated minutes since, so the time can be shown in either language. */
  start: string;
  clock: number;
  done: boolean;
  role: string;
  savedAt: string;
};

/** A structural check that needs no validator; the engine's parseSave checks everything when the game is resumed. */
export function looksLikeSave(text: string): string | null {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return `not valid JSON: ${(e as Error).message}`;
  }
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return 'not a saved session';
  const v = raw as Record<string, unknown>;
  const scenario = v.scenario as Record<string, unknown> | undefined;
  if (typeof v.format !== 'number') return 'format is missing';
  if (!scenario || typeof scenario !== 'object' || typeof scenario.id !== 'string') return 'scenario.id is missing';
  if (!Array.isArray(v.events)) return 'events are missing';
  if (typeof v.role !== 'string') return 'role is missing';
  return null;
}

/** The scenario id a save names (call after looksLikeSave). */
export function scenarioOfSave(text: string): string {
  return (JSON.parse(text) as { scenario: { id: string } }).scenario.id;
}

const isText = (t: unknown): t is Text =>
  !!t && typeof t === 'object' && typeof (t as Text).nl === 'string' && typeof (t as Text).en === 'string';
const isDate = (s: unknown): s is string => typeof s === 'string' && Number.isFinite(Date.parse(s));

/**
 * A label is used only when every field is what the resume list needs: texts, a real date, a clock that lands on a
 * date the browser can format. Anything else (hand-edited, truncated, from an older version) is ignored, never trusted.
 */
export function validMeta(raw: unknown): SaveMeta | null {
  if (!raw || typeof raw !== 'object') return null;
  const m = raw as Record<string, unknown>;
  if (typeof m.scenarioId !== 'string' || !isText(m.scenarioTitle) || !isText(m.placeTitle)) return null;
  if (!isDate(m.start) || !isDate(m.savedAt) || typeof m.done !== 'boolean' || typeof m.role !== 'string') return null;
  if (typeof m.clock !== 'number' || !Number.isFinite(m.clock) || m.clock < 0) return null;
  if (!Number.isFinite(new Date(Date.parse(m.start) + m.clock * 60_000).getTime())) return null;
  const { scenarioId, scenarioTitle, placeTitle, start, clock, done, role, savedAt } = m as SaveMeta;
  return { scenarioId, scenarioTitle, placeTitle, start, clock, done, role, savedAt };
}

/** The scenario a label files its save under, even when the rest of the label is unusable for display. */
export function labelledScenario(raw: unknown): string | null {
  const id = (raw as { scenarioId?: unknown } | null)?.scenarioId;
  return typeof id === 'string' && id.length > 0 ? id : null;
}
