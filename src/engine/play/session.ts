// Sessions: a scenario plus an append-only event log. Everything on screen is a fold of that log through the
// compiled machine; `apply` validates an event first and either returns the longer log or a reason, never half-applies.
import { initialTransition, type SnapshotFrom, transition } from 'xstate';
import { z } from 'zod';
import { compile, type GameEvent, type GameMachine } from './compile.ts';
import { holds } from './conditions.ts';
import { contentHash } from './hash.ts';
import type { GameContext } from './rules.ts';
import { Id, type Scenario, type Text } from './schema.ts';

export const SAVE_FORMAT = 1;
export const timerModes = ['off', 'relaxed', 'realistic'] as const;
export type TimerMode = (typeof timerModes)[number];

export const eventTypes = ['decision.choose', 'decision.timeout', 'session.undo'] as const;
export const SessionEvent = z.strictObject({
  seq: z.number().int().min(1),
  type: z.enum(eventTypes),
  /** The stage the event was made in: lets a changed scenario be detected precisely. */
  stageId: Id,
  optionId: Id.optional(),
  /** Wall-clock time of the event (ISO). */
  at: z.string(),
});
export type SessionEvent = z.infer<typeof SessionEvent>;

export const Session = z.strictObject({
  format: z.literal(SAVE_FORMAT, { error: `unknown save format (this version reads format ${SAVE_FORMAT})` }),
  scenario: z.strictObject({ id: Id, version: z.number().int(), hash: z.string() }),
  seed: z.number().int(),
  role: Id,
  timerMode: z.enum(timerModes),
  events: z.array(SessionEvent),
});
export type Session = z.infer<typeof Session>;

export type Game = {
  /** Current stage or ending id. */
  place: string;
  done: boolean;
  context: GameContext;
};

export type RejectCode = 'finished' | 'wrong-stage' | 'unknown-option' | 'unavailable' | 'no-timer' | 'nothing-to-undo' | 'no-route';
export type Rejection = { code: RejectCode; message: string; detail?: Text };

type Snap = SnapshotFrom<GameMachine>;
type Run = { machine: GameMachine; stack: Snap[] };

const machines = new WeakMap<Scenario, GameMachine>();
export function machineFor(s: Scenario): GameMachine {
  let m = machines.get(s);
  if (!m) {
    m = compile(s);
    machines.set(s, m);
  }
  return m;
}

export function scenarioHash(s: Scenario): string {
  return contentHash(s);
}

export function newSession(s: Scenario, opts: { role: string; timerMode: TimerMode; seed?: number }): Session {
  return {
    format: SAVE_FORMAT,
    scenario: { id: s.id, version: s.version, hash: scenarioHash(s) },
    seed: opts.seed ?? 1,
    role: opts.role,
    timerMode: opts.timerMode,
    events: [],
  };
}

function gameOf(snap: Snap): Game {
  return { place: String(snap.value), done: snap.status === 'done', context: snap.context };
}

function start(s: Scenario): Run {
  const machine = machineFor(s);
  const [snap] = initialTransition(machine);
  return { machine, stack: [snap] };
}

/** Check an event against the current state; on success return the next run, else the reason. */
function step(s: Scenario, run: Run, e: Pick<SessionEvent, 'type' | 'stageId' | 'optionId'>): Run | Rejection {
  const current = run.stack[run.stack.length - 1] as Snap;
  if (e.type === 'session.undo') {
    if (run.stack.length < 2) return { code: 'nothing-to-undo', message: 'there is no choice to undo' };
    if (e.stageId !== String(current.value))
      return { code: 'wrong-stage', message: `undo was made in stage "${e.stageId}" but the session is in "${String(current.value)}"` };
    return { ...run, stack: run.stack.slice(0, -1) };
  }
  if (current.status === 'done') return { code: 'finished', message: 'the scenario has ended' };
  const place = String(current.value);
  if (e.stageId !== place) return { code: 'wrong-stage', message: `event for stage "${e.stageId}" but the session is in "${place}"` };
  const stage = s.stages.find((x) => x.id === place);
  if (!stage) return { code: 'wrong-stage', message: `stage "${place}" is not in the scenario` };
  let event: GameEvent;
  if (e.type === 'decision.timeout') {
    if (stage.decision.timeLimit === undefined) return { code: 'no-timer', message: `stage "${place}" has no time limit` };
    event = { type: 'decision.timeout' };
  } else {
    const option = stage.decision.options.find((o) => o.id === e.optionId);
    if (!option) return { code: 'unknown-option', message: `stage "${place}" has no option "${e.optionId ?? ''}"` };
    if (!holds(option.when, current.context))
      return {
        code: 'unavailable',
        message: `option "${option.id}" is not available now`,
        ...(option.unavailable ? { detail: option.unavailable } : {}),
      };
    event = { type: 'decision.choose', optionId: option.id };
  }
  if (!current.can(event)) return { code: 'no-route', message: `no route leads on from stage "${place}" for this choice` };
  const [next] = transition(run.machine, current, event);
  return { ...run, stack: [...run.stack, next] };
}

const rejected = (r: Run | Rejection): r is Rejection => 'code' in r;

export type ReplayResult = { ok: true; game: Game; canUndo: boolean } | { ok: false; index: number; reason: Rejection };

/** Fold a session's events through the machine from the start. */
export function replay(s: Scenario, events: ReadonlyArray<SessionEvent>): ReplayResult {
  let run = start(s);
  for (let i = 0; i < events.length; i++) {
    const ev = events[i] as SessionEvent;
    const next = step(s, run, ev);
    if (rejected(next)) return { ok: false, index: i, reason: next };
    run = next;
  }
  return { ok: true, game: gameOf(run.stack[run.stack.length - 1] as Snap), canUndo: run.stack.length > 1 };
}

export type ApplyResult = { ok: true; session: Session; game: Game; canUndo: boolean } | { ok: false; reason: Rejection };

/** Validate one event against the session and append it. The input session is never changed. */
export function apply(
  s: Scenario,
  session: Session,
  input: { type: SessionEvent['type']; optionId?: string },
  at: string = new Date().toISOString(),
): ApplyResult {
  const base = replay(s, session.events);
  if (!base.ok) return { ok: false, reason: base.reason };
  const event: SessionEvent = {
    seq: session.events.length + 1,
    type: input.type,
    stageId: base.game.place,
    ...(input.optionId !== undefined ? { optionId: input.optionId } : {}),
    at,
  };
  const again = replay(s, [...session.events, event]);
  if (!again.ok) return { ok: false, reason: again.reason };
  return { ok: true, session: { ...session, events: [...session.events, event] }, game: again.game, canUndo: again.canUndo };
}

export type LoadSaveResult =
  | { ok: true; session: Session; game: Game; canUndo: boolean; scenarioChanged: boolean }
  | { ok: false; kind: 'unreadable' | 'unknown-scenario' | 'incompatible'; message: string };

/** Parse a saved session (JSON text). Damaged or unknown data is reported, never thrown away by this function. */
export function parseSave(text: string): { ok: true; session: Session } | { ok: false; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    return { ok: false, message: `not valid JSON: ${(e as Error).message}` };
  }
  const parsed = Session.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.length ? issue.path.map(String).join('.') : '(top level)';
    return { ok: false, message: `${where}: ${issue?.message ?? 'invalid save'}` };
  }
  return { ok: true, session: parsed.data };
}

/** Resume a parsed save against the scenario as it is now. A changed scenario is replayed if its events still fit. */
export function resume(s: Scenario | undefined, session: Session): LoadSaveResult {
  if (!s) return { ok: false, kind: 'unknown-scenario', message: `scenario "${session.scenario.id}" is not available` };
  const changed = session.scenario.hash !== scenarioHash(s);
  const result = replay(s, session.events);
  if (!result.ok)
    return {
      ok: false,
      kind: 'incompatible',
      message: `event ${result.index + 1} no longer fits the scenario: ${result.reason.message}`,
    };
  const updated = changed ? { ...session, scenario: { id: s.id, version: s.version, hash: scenarioHash(s) } } : session;
  return { ok: true, session: updated, game: result.game, canUndo: result.canUndo, scenarioChanged: changed };
}
