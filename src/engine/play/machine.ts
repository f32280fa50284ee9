// The compiled machine of a scenario (cached per scenario object) and the one place that moves it.
import { transition } from 'xstate';
import { compile, type GameMachine } from './compile.ts';
import type { SessionEvent } from './events.ts';
import type { HandlerContext, Rejection, Snap, Step } from './session.ts';

const machines = new WeakMap<object, GameMachine>();
export function machineFor(s: Parameters<typeof compile>[0]): GameMachine {
  let m = machines.get(s);
  if (!m) {
    m = compile(s);
    machines.set(s, m);
  }
  return m;
}

/** Move the machine with one event, after the handler has checked the rules; the new snapshot goes on the stack. */
export function moveMachine(
  ctx: HandlerContext<SessionEvent>,
  event: { type: 'decision.choose'; optionId: string } | { type: 'decision.timeout' },
): Step | Rejection {
  const current = ctx.live.snaps[ctx.live.snaps.length - 1] as Snap;
  if (!current.can(event)) return { code: 'no-route', message: `no route leads on from stage "${ctx.game.place}" for this choice` };
  const [next] = transition(machineFor(ctx.s), current, event);
  return {
    live: {
      snaps: [...ctx.live.snaps, next],
      moves: [...ctx.live.moves, ctx.event.seq],
      decision: null,
      votes: new Map(),
      revealed: false,
    },
    result: { from: ctx.game.place, to: String(next.value), history: next.context.history.slice(current.context.history.length) },
  };
}
