// Scenario → xstate v5 machine. One state per stage, one final state per ending; every guard and action is
// named and parameterised with plain data, so the machine can be inspected and walked by xstate/graph.
import { assign, setup } from 'xstate';
import { minutesFromStart } from './clock.ts';
import { applyEffects, applyFlags, holds } from './conditions.ts';
import { indexOf } from './index.ts';
import { type ChoiceParams, choose, type EnterParams, enter, type GameContext } from './rules.ts';
import type { Condition, Effects, Option, Route, Scenario } from './schema.ts';

export type GameEvent = { type: 'decision.choose'; optionId: string } | { type: 'decision.timeout' };

type OptionGuard = { optionId: string; when?: Condition; route?: Condition; effects?: Effects; set?: string[]; clear?: string[] };
type TimeoutGuard = { route?: Condition; effects?: Effects; set?: string[]; clear?: string[] };

/** The facts a route condition sees: the context after the option's own effects. */
function afterChoice(ctx: GameContext, p: TimeoutGuard) {
  return { ...ctx, metrics: applyEffects(ctx.metrics, p.effects, ctx.limits).metrics, flags: applyFlags(ctx.flags, p.set, p.clear) };
}

export function routesOf(next: Option['next']): Route[] {
  return typeof next === 'string' ? [{ to: next }] : next;
}

/** Params for entering a stage or ending: its time, delayed consequences and injects. */
export function enterParams(s: Scenario, placeId: string, cost: number): EnterParams {
  const index = indexOf(s);
  const stage = index.stages.get(placeId);
  if (stage) {
    return {
      placeId,
      at: stage.at ? minutesFromStart(s, stage.at) : null,
      cost,
      consequences: stage.onEnter ?? [],
      // Injects the facilitator releases by hand are not part of the machine: they enter the feed from the log.
      injects: (stage.injects ?? [])
        .filter((i) => i.release !== 'facilitator')
        .map((i) => ({ id: i.id, ...(i.when ? { when: i.when } : {}) })),
    };
  }
  const ending = index.endings.get(placeId);
  return { placeId, at: null, cost, consequences: ending?.onEnter ?? [], injects: [] };
}

/** The clock cost of a timeout: the option's own cost, but at least the time limit that ran out. */
export function timeoutCost(option: Option, timeLimit: number | undefined): number {
  return Math.max(option.cost, timeLimit ?? 0);
}

export function initialContext(s: Scenario): GameContext {
  const base: GameContext = {
    metrics: Object.fromEntries(s.metrics.map((m) => [m.id, m.start])),
    flags: [],
    clock: 0,
    history: [],
    trail: [],
    origins: {},
    limits: s.metrics,
  };
  return enter(base, enterParams(s, s.initialStage, 0));
}

export function compile(s: Scenario) {
  const machineSetup = setup({
    types: { context: {} as GameContext, events: {} as GameEvent },
    guards: {
      option: ({ context, event }, p: OptionGuard) =>
        event.type === 'decision.choose' &&
        event.optionId === p.optionId &&
        holds(p.when, context) &&
        holds(p.route, afterChoice(context, p)),
      timeout: ({ context, event }, p: TimeoutGuard) => event.type === 'decision.timeout' && holds(p.route, afterChoice(context, p)),
    },
    actions: {
      choose: assign(({ context }, p: ChoiceParams) => choose(context, p)),
      enter: assign(({ context }, p: EnterParams) => enter(context, p)),
    },
  });

  const states: Record<string, object> = {};
  for (const stage of s.stages) {
    const choices = stage.decision.options.flatMap((o) =>
      routesOf(o.next).map((r) => ({
        target: r.to,
        guard: {
          type: 'option' as const,
          params: { optionId: o.id, when: o.when, route: r.when, effects: o.effects, set: o.set, clear: o.clear },
        },
        actions: [
          { type: 'choose' as const, params: choiceParams(stage.id, o, 'choice') },
          { type: 'enter' as const, params: enterParams(s, r.to, o.cost) },
        ],
      })),
    );
    const wait = stage.decision.options.find((o) => o.noDecision);
    const on: Record<string, unknown> = { 'decision.choose': choices };
    if (wait && stage.decision.timeLimit !== undefined) {
      on['decision.timeout'] = routesOf(wait.next).map((r) => ({
        target: r.to,
        guard: { type: 'timeout' as const, params: { route: r.when, effects: wait.effects, set: wait.set, clear: wait.clear } },
        actions: [
          { type: 'choose' as const, params: choiceParams(stage.id, wait, 'timeout') },
          { type: 'enter' as const, params: enterParams(s, r.to, timeoutCost(wait, stage.decision.timeLimit)) },
        ],
      }));
    }
    states[stage.id] = { on };
  }
  for (const ending of s.endings) states[ending.id] = { type: 'final' };

  return machineSetup.createMachine({
    id: s.id,
    initial: s.initialStage,
    context: initialContext(s),
    // biome-ignore lint/suspicious/noExplicitAny: state config is assembled from data; setup() types the guards and actions.
    states: states as any,
  });
}

function choiceParams(stageId: string, o: Option, kind: 'choice' | 'timeout'): ChoiceParams {
  return { stageId, optionId: o.id, kind, effects: o.effects, set: o.set, clear: o.clear };
}

export type GameMachine = ReturnType<typeof compile>;
