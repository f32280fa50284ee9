// A second, independent reading of the game rules for tests: written from the format's documentation (README,
// clarifications), sharing no code with the engine — its own condition evaluator, effects, flags, clock and routing —
// so that replaying a log through the engine and playing it here can disagree when either has a rule wrong.
import type { Condition, Scenario } from '../../src/engine/play/schema';

export type RefState = { place: string; done: boolean; metrics: Record<string, number>; flags: string[]; clock: number };
export type RefMove = { type: 'decision.choose'; optionId: string } | { type: 'decision.timeout' };

function test(c: Condition | undefined, st: RefState): boolean {
  if (c === undefined) return true;
  if ('flag' in c && c.flag !== undefined) return st.flags.includes(c.flag);
  if (c.all) return c.all.every((x) => test(x, st));
  if (c.any) return c.any.some((x) => test(x, st));
  if (c.not) return !test(c.not, st);
  if (c.clockAtLeast !== undefined) return st.clock >= c.clockAtLeast;
  if (c.clockBefore !== undefined) return st.clock < c.clockBefore;
  const v = st.metrics[c.metric ?? ''] ?? 0;
  const w = c.value ?? 0;
  return { '<': v < w, '<=': v <= w, '>': v > w, '>=': v >= w, '==': v === w, '!=': v !== w }[c.op ?? '=='];
}

function change(s: Scenario, st: RefState, c: { effects?: Record<string, number>; set?: string[]; clear?: string[] }): RefState {
  const metrics = { ...st.metrics };
  for (const [id, d] of Object.entries(c.effects ?? {})) {
    const m = s.metrics.find((x) => x.id === id);
    if (m) metrics[id] = Math.min(m.max, Math.max(m.min, (metrics[id] ?? m.start) + d));
  }
  const flags = new Set(st.flags);
  for (const f of c.set ?? []) flags.add(f);
  for (const f of c.clear ?? []) flags.delete(f);
  return { ...st, metrics, flags: [...flags].sort() };
}

const minutes = (s: Scenario, iso: string) => Math.round((new Date(iso).getTime() - new Date(s.start).getTime()) / 60_000);

/** Entering a place: the clock moves to the later of its own time and the clock plus the cost; then its consequences. */
function arrive(s: Scenario, st: RefState, placeId: string, cost: number): RefState {
  const stage = s.stages.find((x) => x.id === placeId);
  const own = stage?.at ? minutes(s, stage.at) : -Infinity;
  let next: RefState = { ...st, place: placeId, done: !stage, clock: Math.max(own, st.clock + cost) };
  const consequences = stage ? (stage.onEnter ?? []) : (s.endings.find((e) => e.id === placeId)?.onEnter ?? []);
  for (const c of consequences) if (test(c.when, next)) next = change(s, next, c);
  return next;
}

export function refStart(s: Scenario): RefState {
  const st: RefState = { place: '', done: false, metrics: Object.fromEntries(s.metrics.map((m) => [m.id, m.start])), flags: [], clock: 0 };
  return arrive(s, st, s.initialStage, 0);
}

/** What a player may do: every option whose condition holds, and the timeout where the decision is timed. */
export function refMoves(s: Scenario, st: RefState): RefMove[] {
  const stage = s.stages.find((x) => x.id === st.place);
  if (!stage || st.done) return [];
  const moves: RefMove[] = stage.decision.options.filter((o) => test(o.when, st)).map((o) => ({ type: 'decision.choose', optionId: o.id }));
  if (stage.decision.timeLimit !== undefined && stage.decision.options.some((o) => o.noDecision)) moves.push({ type: 'decision.timeout' });
  return moves;
}

/** Options that exist in the stage but whose condition does not hold now. */
export function refUnavailable(s: Scenario, st: RefState): string[] {
  const stage = s.stages.find((x) => x.id === st.place);
  return stage ? stage.decision.options.filter((o) => !test(o.when, st)).map((o) => o.id) : [];
}

/** One move; null where no route applies (the checker calls that a dead end). */
export function refStep(s: Scenario, st: RefState, move: RefMove): RefState | null {
  const stage = s.stages.find((x) => x.id === st.place);
  if (!stage) return null;
  const limit = stage.decision.timeLimit ?? 0;
  const option =
    move.type === 'decision.timeout'
      ? stage.decision.options.find((o) => o.noDecision)
      : stage.decision.options.find((o) => o.id === move.optionId);
  if (!option) return null;
  const chosen = change(s, st, option);
  const routes = typeof option.next === 'string' ? [{ to: option.next }] : option.next;
  const route = routes.find((r) => test('when' in r ? r.when : undefined, chosen));
  if (!route) return null;
  return arrive(s, chosen, route.to, move.type === 'decision.timeout' ? Math.max(option.cost, limit) : option.cost);
}
