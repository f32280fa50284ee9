// One dashboard row per team, worked out from the team's live state: where it is (stage or ending, simulated clock),
// its metrics, whether it waits on a decision and for how long, its pace, and its people's progress. Pure, so the
// dashboard's tests hand in rows of their own.
import { type Pace, type ParticipantProgress, paceOf, participantProgress, waitingMs } from '../../engine/play/progress';
import type { Outcome, Scenario, Text } from '../../engine/play/schema';
import type { Live } from '../../engine/play/session';
import { type MetricView, viewFor } from '../../engine/play/view';
import type { TeamInfo } from '../../net/course';
import type { ConnectedState } from '../../store/connected';

/** What a team is doing: not started, playing (between decisions), deciding, paused, or finished. */
export type TeamState = 'not-started' | 'playing' | 'deciding' | 'paused' | 'ended';

export type TeamSummary = {
  team: TeamInfo;
  /** The dashboard's connection to the team's session. */
  connection: ConnectedState['status'] | 'failed';
  problem: string | null;
  play: {
    state: TeamState;
    stage: Text | null;
    ending: { title: Text; outcome: Outcome } | null;
    clock: number;
    metrics: MetricView[];
    waitingMs: number | null;
    pace: Pace;
    people: (ParticipantProgress & { online: boolean })[];
  } | null;
};

export function summarise(
  team: TeamInfo,
  scenario: Scenario | null,
  state:
    | Pick<ConnectedState, 'status' | 'live' | 'presence' | 'problem'>
    | { status: 'connecting' | 'failed'; live: null; presence: null; problem: string | null },
  now: number,
): TeamSummary {
  const base = { team, connection: state.status, problem: state.problem };
  const live: Live | null = state.live;
  if (!scenario || !live) return { ...base, play: null };
  const view = viewFor(scenario, live, { kind: 'facilitator' });
  const online = new Set(state.presence?.participants ?? []);
  const playState: TeamState =
    view.ended || view.done ? 'ended' : !view.started ? 'not-started' : view.paused ? 'paused' : view.deciding ? 'deciding' : 'playing';
  return {
    ...base,
    play: {
      state: playState,
      stage: view.stage?.title ?? null,
      ending: view.ending ? { title: view.ending.title, outcome: view.ending.outcome } : null,
      clock: view.clock,
      metrics: view.metrics,
      waitingMs: waitingMs(live, now),
      pace: paceOf(scenario, live, now),
      people: participantProgress(live, now).map((p) => ({ ...p, online: online.has(p.participantId) })),
    },
  };
}
