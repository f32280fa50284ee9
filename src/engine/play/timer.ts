// The decision timer as a function of the log: when the decision opened, the pauses since, and the real seconds the
// timer mode gives the stage's time limit. A reload, a resume or another device shows the same time left; the
// engine refuses a timeout sent before the deadline, and the server enforces the same rule.
import type { TimerMode } from './events.ts';
import { indexOf } from './index.ts';
import type { Scenario } from './schema.ts';

/** Real seconds for a decision's time limit (simulated minutes): realistic = clamp(2 × limit, 30, 180) s, relaxed doubles it. */
export function timerSeconds(timeLimit: number | undefined, mode: TimerMode): number | null {
  if (mode === 'off' || timeLimit === undefined) return null;
  const realistic = Math.min(180, Math.max(30, timeLimit * 2));
  return mode === 'relaxed' ? realistic * 2 : realistic;
}

/** The open decision, as the log left it. Times are milliseconds since the epoch, taken from the events' `at`. */
export type OpenDecision = {
  /** The seq of the event that opened it (decision.open, or an undo that reopened the stage). */
  round: number;
  stageId: string;
  openedAt: number;
  /** Paused time since it opened, not counting a pause still running. */
  pausedMs: number;
  /** Set while the session is paused. */
  pausedSince: number | null;
};

export type TimerState = {
  /** Real seconds the decision has in all; null when no timer applies. */
  seconds: number | null;
  /** When the time runs out (ms since the epoch) if nothing more is paused; null when no timer applies. */
  deadline: number | null;
  /** While paused, the time left stands still at this many milliseconds. */
  pausedLeft: number | null;
};

/** Whether the stage's decision is timed in this mode: a time limit and a "no decision" option to take. */
export function timedSeconds(s: Scenario, stageId: string, mode: TimerMode): number | null {
  const stage = indexOf(s).stages.get(stageId);
  if (!stage?.decision.options.some((o) => o.noDecision)) return null;
  return timerSeconds(stage.decision.timeLimit, mode);
}

export function timerState(s: Scenario, decision: OpenDecision | null, mode: TimerMode): TimerState {
  const seconds = decision ? timedSeconds(s, decision.stageId, mode) : null;
  if (!decision || seconds === null) return { seconds: null, deadline: null, pausedLeft: null };
  const deadline = decision.openedAt + seconds * 1000 + decision.pausedMs;
  if (decision.pausedSince === null) return { seconds, deadline, pausedLeft: null };
  const left = Math.max(0, deadline - decision.pausedSince);
  return { seconds, deadline: null, pausedLeft: left };
}

/** Milliseconds left at `now` (0 when run out), or null when no timer applies. */
export function timeLeft(t: TimerState, now: number): number | null {
  if (t.seconds === null) return null;
  if (t.pausedLeft !== null) return t.pausedLeft;
  return Math.max(0, (t.deadline ?? now) - now);
}
