// The game's rules as pure functions over the context: choosing an option and entering a stage or ending.
// The compiled machine's named actions call these with data-only params, and the analyser uses them too.
import { applyEffects, applyFlags, holds, reads } from './conditions.ts';
import type { Condition, Effects, Metric, StageConsequence } from './schema.ts';

/** The choice (or delayed consequence) that set a flag: lets the debrief say "because you…". */
export type Cause = { flag: string; stageId: string; optionId?: string; clock: number };

export type HistoryEntry = {
  kind: 'choice' | 'timeout' | 'delayed';
  /** Stage where the choice was made, or the stage/ending whose entry fired the consequence. */
  stageId: string;
  optionId?: string;
  consequenceId?: string;
  clock: number;
  changes: Record<string, number>;
  set: string[];
  cleared: string[];
  /** Metric values after this entry. */
  metrics: Record<string, number>;
  causes: Cause[];
};

export type TrailEntry = { placeId: string; clock: number; injects: string[] };

export type GameContext = {
  metrics: Record<string, number>;
  flags: string[];
  clock: number;
  history: HistoryEntry[];
  trail: TrailEntry[];
  origins: Record<string, Cause>;
  limits: Metric[];
};

export type ChoiceParams = {
  stageId: string;
  optionId: string;
  kind: 'choice' | 'timeout';
  effects?: Effects;
  set?: string[];
  clear?: string[];
};

export type EnterParams = {
  placeId: string;
  /** The place's own time in minutes since start, if it has one. */
  at: number | null;
  cost: number;
  consequences: StageConsequence[];
  injects: { id: string; when?: Condition }[];
};

type Change = { effects?: Effects | undefined; set?: string[] | undefined; clear?: string[] | undefined };

/** Apply one change to metrics and flags and record it in the history; `by` is what set the flags. */
function record(
  ctx: GameContext,
  c: Change,
  by: Omit<Cause, 'flag'>,
  entry: Pick<HistoryEntry, 'kind' | 'stageId' | 'optionId' | 'consequenceId' | 'causes'>,
): GameContext {
  const { metrics, changes } = applyEffects(ctx.metrics, c.effects, ctx.limits);
  const flags = applyFlags(ctx.flags, c.set, c.clear);
  const origins = { ...ctx.origins };
  for (const f of c.set ?? []) origins[f] = { flag: f, ...by };
  for (const f of c.clear ?? []) delete origins[f];
  const item: HistoryEntry = { ...entry, clock: ctx.clock, changes, set: c.set ?? [], cleared: c.clear ?? [], metrics };
  return { ...ctx, metrics, flags, origins, history: [...ctx.history, item] };
}

export function choose(ctx: GameContext, p: ChoiceParams): GameContext {
  return record(
    ctx,
    p,
    { stageId: p.stageId, optionId: p.optionId, clock: ctx.clock },
    { kind: p.kind, stageId: p.stageId, optionId: p.optionId, causes: [] },
  );
}

export function enter(ctx: GameContext, p: EnterParams): GameContext {
  let next: GameContext = { ...ctx, clock: Math.max(p.at ?? Number.NEGATIVE_INFINITY, ctx.clock + p.cost) };
  for (const c of p.consequences) {
    if (!holds(c.when, next)) continue;
    const causes = [...reads(c.when).flags].filter((f) => next.flags.includes(f)).flatMap((f) => next.origins[f] ?? []);
    next = record(next, c, { stageId: p.placeId, clock: next.clock }, { kind: 'delayed', stageId: p.placeId, consequenceId: c.id, causes });
  }
  const injects = p.injects.filter((i) => holds(i.when, next)).map((i) => i.id);
  return { ...next, trail: [...next.trail, { placeId: p.placeId, clock: next.clock, injects }] };
}
