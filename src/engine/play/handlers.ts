// One handler per event type: each checks its event against the live state and returns what changes, or a reason.
// Only choices, timeouts and locks move the machine; undo pops the last of them and steps over everything else.

import { holds } from './conditions.ts';
import type { EventOf, EventType, SessionEvent } from './events.ts';
import { indexOf } from './index.ts';
import { moveMachine } from './machine.ts';
import type { HandlerContext, Live, Rejection, Snap, Step } from './session.ts';
import { lockProblem, tallyOf, type Vote } from './tally.ts';
import { timedSeconds, timerState } from './timer.ts';

type Handler<T extends EventType> = (ctx: HandlerContext<EventOf<T>>) => Step | Rejection;
export type HandlerTable = { [T in EventType]: Handler<T> };

const fail = (code: Rejection['code'], message: string, extra: Partial<Rejection> = {}): Rejection => ({ code, message, ...extra });
const same: Step = { live: {} };
const facilitated = (live: Live) => live.session.decisionMode !== 'solo';
const clockOf = (live: Live) => (live.snaps[live.snaps.length - 1] as Snap).context.clock;
const trailIndex = (live: Live) => (live.snaps[live.snaps.length - 1] as Snap).context.trail.length - 1;

/** The open decision of the current stage, or why there is none. */
function openDecision(ctx: HandlerContext<SessionEvent>): Rejection | null {
  if (ctx.game.done) return fail('finished', 'the scenario has reached an ending');
  if (!ctx.live.decision) return fail('not-open', `the decision in stage "${ctx.game.place}" is not open`);
  return null;
}

/** An option of the current stage that can be chosen now. */
function availableOption(ctx: HandlerContext<SessionEvent>, optionId: string): Rejection | null {
  const option = indexOf(ctx.s).options.get(ctx.game.place)?.get(optionId);
  if (!option) return fail('unknown-option', `stage "${ctx.game.place}" has no option "${optionId}"`);
  if (!holds(option.when, ctx.game.context))
    return fail('unavailable', `option "${option.id}" is not available now`, option.unavailable ? { detail: option.unavailable } : {});
  return null;
}

function tallyNow(ctx: HandlerContext<SessionEvent>) {
  const options = [...(indexOf(ctx.s).options.get(ctx.game.place)?.keys() ?? [])];
  return tallyOf(ctx.live.decision?.round ?? 0, ctx.live.votes, options);
}

export const handlers: HandlerTable = {
  'session.start': (ctx) => (ctx.live.started ? fail('already-open', 'the session has already started') : { live: { started: true } }),

  'decision.open': (ctx) => {
    if (ctx.game.done) return fail('finished', 'the scenario has reached an ending');
    if (facilitated(ctx.live) && !ctx.live.started) return fail('not-started', 'the facilitator has not started the session');
    if (ctx.live.decision) return fail('already-open', `the decision in stage "${ctx.game.place}" is already open`);
    const { event, at, live } = ctx;
    return {
      live: {
        decision: {
          round: event.seq,
          stageId: event.stageId,
          openedAt: at,
          pausedMs: 0,
          pausedSince: live.pausedSince === null ? null : at,
        },
        votes: new Map(),
        revealed: false,
      },
    };
  },

  'decision.choose': (ctx) => {
    if (facilitated(ctx.live)) return fail('mode', 'in a facilitated session a decision is locked (decision.lock), not chosen');
    const problem = openDecision(ctx) ?? availableOption(ctx, ctx.event.optionId);
    return problem ?? moveMachine(ctx, { type: 'decision.choose', optionId: ctx.event.optionId });
  },

  'decision.timeout': (ctx) => {
    const problem = openDecision(ctx);
    if (problem) return problem;
    if (ctx.live.session.timerMode === 'off') return fail('no-timer', 'the timer is off in this session');
    if (timedSeconds(ctx.s, ctx.game.place, ctx.live.session.timerMode) === null)
      return fail('no-timer', `stage "${ctx.game.place}" has no time limit`);
    const timer = timerState(ctx.s, ctx.live.decision, ctx.live.session.timerMode);
    if (timer.deadline === null) return fail('paused', 'the timer is paused');
    if (ctx.at < timer.deadline)
      return fail('early', `the time runs out at ${new Date(timer.deadline).toISOString()}, not before (${ctx.event.at})`);
    return moveMachine(ctx, { type: 'decision.timeout' });
  },

  'decision.lock': (ctx) => {
    if (!facilitated(ctx.live)) return fail('mode', 'a solo session decides with decision.choose');
    const problem = openDecision(ctx) ?? availableOption(ctx, ctx.event.optionId);
    if (problem) return problem;
    const tally = tallyNow(ctx);
    const s = ctx.live.session;
    const why = lockProblem(s.decisionMode, ctx.event.basis, ctx.event.optionId, tally, ctx.live.participants, s.decidingRole);
    if (why) return fail('lock-basis', why);
    const moved = moveMachine(ctx, { type: 'decision.choose', optionId: ctx.event.optionId });
    if ('code' in moved) return moved;
    return { live: moved.live, result: { ...moved.result, tally, basis: ctx.event.basis } };
  },

  'session.undo': (ctx) => {
    const { live, event } = ctx;
    if (live.snaps.length < 2) return fail('nothing-to-undo', 'there is no decision to undo');
    const reverses = live.moves[live.moves.length - 1] as number;
    const snaps = live.snaps.slice(0, -1);
    const back = snaps[snaps.length - 1] as Snap;
    const undone = new Map(live.undone).set(reverses, event.seq);
    return {
      live: {
        snaps,
        moves: live.moves.slice(0, -1),
        undone,
        // Stepping back reopens the earlier decision as a new round: old votes are kept in the log but no longer count.
        decision: {
          round: event.seq,
          stageId: String(back.value),
          openedAt: ctx.at,
          pausedMs: 0,
          pausedSince: live.pausedSince === null ? null : ctx.at,
        },
        votes: new Map(),
        revealed: false,
      },
      result: { from: ctx.game.place, to: String(back.value), reverses },
    };
  },

  'session.pause': (ctx) => {
    const { live, at } = ctx;
    if (live.pausedSince !== null) return fail('paused', 'the session is already paused');
    return { live: { pausedSince: at, decision: live.decision ? { ...live.decision, pausedSince: at } : null } };
  },

  'session.resume': (ctx) => {
    const { live, at } = ctx;
    if (live.pausedSince === null) return fail('not-paused', 'the session is not paused');
    const d = live.decision;
    const decision = d ? { ...d, pausedMs: d.pausedMs + Math.max(0, at - (d.pausedSince ?? at)), pausedSince: null } : null;
    return { live: { pausedSince: null, decision } };
  },

  'session.end': () => ({ live: { ended: true, decision: null } }),

  'inject.release': (ctx) => {
    const { live, event } = ctx;
    const found = indexOf(ctx.s).injects.get(event.injectId);
    if (!found || found.stageId !== ctx.game.place)
      return fail('unknown-inject', `stage "${ctx.game.place}" has no inject "${event.injectId}"`);
    const trail = (live.snaps[live.snaps.length - 1] as Snap).context.trail;
    const shownNow = trail[trail.length - 1]?.injects.includes(event.injectId) ?? false;
    if (
      shownNow ||
      live.released.some((r) => r.injectId === event.injectId && r.stageId === ctx.game.place && r.trailIndex === trail.length - 1)
    )
      return fail('already-shown', `inject "${event.injectId}" has already reached the team`);
    const item = { seq: event.seq, injectId: event.injectId, stageId: ctx.game.place, clock: clockOf(live), trailIndex: trail.length - 1 };
    return { live: { released: [...live.released, item] } };
  },

  'inject.custom': (ctx) => {
    const { live, event } = ctx;
    const item = {
      seq: event.seq,
      kind: event.kind,
      from: event.from,
      subject: event.subject,
      body: event.body,
      clock: clockOf(live),
      trailIndex: trailIndex(live),
    };
    return { live: { customs: [...live.customs, item] } };
  },

  'note.add': (ctx) => {
    const { live, event } = ctx;
    const note = {
      seq: event.seq,
      text: event.text,
      author: event.author,
      visibility: event.visibility,
      clock: clockOf(live),
      at: event.at,
    };
    return { live: { notes: [...live.notes, note] } };
  },

  'participant.join': (ctx) => {
    const { live, event } = ctx;
    if (!indexOf(ctx.s).roles.has(event.role)) return fail('unknown-role', `"${event.role}" is not a role of this scenario`);
    if (live.participants.some((p) => p.participantId === event.participantId))
      return fail('joined', `participant "${event.participantId}" has already joined`);
    const p = { participantId: event.participantId, name: event.name, role: event.role, seq: event.seq };
    return { live: { participants: [...live.participants, p] } };
  },

  'vote.cast': (ctx) => {
    const { live, event } = ctx;
    if (!facilitated(live)) return fail('mode', 'a solo session has no votes');
    const problem = openDecision(ctx);
    if (problem) return problem;
    if (event.round !== live.decision?.round)
      return fail('round', `the vote is for round ${event.round}, but the open decision is round ${live.decision?.round}`);
    if (!live.participants.some((p) => p.participantId === event.participantId))
      return fail('unknown-participant', `participant "${event.participantId}" has not joined`);
    const optionProblem = availableOption(ctx, event.optionId);
    if (optionProblem) return optionProblem;
    const vote: Vote = { participantId: event.participantId, optionId: event.optionId, confidence: event.confidence, seq: event.seq };
    return { live: { votes: new Map(live.votes).set(event.participantId, vote) } };
  },

  'tally.reveal': (ctx) => {
    const problem = openDecision(ctx);
    if (problem) return problem;
    if (ctx.event.round !== ctx.live.decision?.round) return fail('round', `round ${ctx.event.round} is not the open decision`);
    return { live: { revealed: true } };
  },

  'observation.add': (ctx) =>
    indexOf(ctx.s).objectives.has(ctx.event.objectiveId) ? same : fail('unknown-objective', `no objective "${ctx.event.objectiveId}"`),

  'rating.override': (ctx) =>
    indexOf(ctx.s).objectives.has(ctx.event.objectiveId) ? same : fail('unknown-objective', `no objective "${ctx.event.objectiveId}"`),

  'feedback.submit': () => same,
  'hotwash.item': () => same,
  'plan.item': () => same,
  redacted: () => same,
};
