// Saves: a session's JSON text read back (older formats migrated, damage reported with where it is) and resumed
// against the scenario as it is now, replaying the log when the scenario changed since.
import { Session } from './events.ts';
import { migrate } from './migrate.ts';
import type { Scenario } from './schema.ts';
import { canUndo, type Game, gameOf, type Live, remember, replay, scenarioHash } from './session.ts';

export type ParsedSave = { ok: true; session: Session; migratedFrom: number | null } | { ok: false; message: string; newer?: boolean };

/** Parse a saved session (JSON text), migrating older formats. Damaged or unknown data is reported, never dropped here. */
export function parseSave(text: string): ParsedSave {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
  }
  const migrated = migrate(raw);
  if (!migrated.ok) return migrated;
  const parsed = Session.safeParse(migrated.value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const path = issue?.path ?? [];
    const at = path.length ? path.map(String).join('.') : '(top level)';
    return { ok: false, message: `${at}: ${issue?.message ?? 'invalid save'}` };
  }
  return { ok: true, session: parsed.data, migratedFrom: migrated.from };
}

export type LoadSaveResult =
  | { ok: true; session: Session; live: Live; game: Game; canUndo: boolean; scenarioChanged: boolean }
  | { ok: false; kind: 'unreadable' | 'unknown-scenario' | 'incompatible'; message: string };

/** Resume a parsed save against the scenario as it is now. A changed scenario is replayed if its events still fit. */
export function resume(s: Scenario | undefined, session: Session): LoadSaveResult {
  if (!s) return { ok: false, kind: 'unknown-scenario', message: `scenario "${session.scenario.id}" is not available` };
  if (session.scenario.id !== s.id)
    return { ok: false, kind: 'incompatible', message: `the save is for scenario "${session.scenario.id}", not "${s.id}"` };
  if (!s.roles.some((r) => r.id === session.role))
    return { ok: false, kind: 'incompatible', message: `role "${session.role}" is not a role of scenario "${s.id}"` };
  const changed = session.scenario.hash !== scenarioHash(s) || session.scenario.version !== s.version;
  const result = replay(s, session);
  if (!result.ok)
    return {
      ok: false,
      kind: 'incompatible',
      message: `event ${result.index + 1} no longer fits the scenario: ${result.reason.message}`,
    };
  const updated = changed ? { ...session, scenario: { id: s.id, version: s.version, hash: scenarioHash(s) } } : session;
  const live = remember({ ...result.live, session: updated });
  return { ok: true, session: updated, live, game: gameOf(live), canUndo: canUndo(live), scenarioChanged: changed };
}
