// Votes and locks: the tally of the open decision (each participant's latest vote in this round), and whether a lock
// keeps to the session's decision mode. A tie, or more than one person in the deciding role, goes to the facilitator.
import type { DecisionMode, LockBasis } from './events.ts';

export type Vote = { participantId: string; optionId: string; confidence: number; seq: number };
export type Participant = { participantId: string; name: string; role: string; seq: number };

export type OptionTally = { optionId: string; votes: number; meanConfidence: number | null };
export type Tally = {
  round: number;
  /** The counted votes: each participant's latest in this round. */
  votes: Vote[];
  options: OptionTally[];
  total: number;
  /** The option with the most votes, or null on a tie or with no votes. */
  leader: string | null;
  meanConfidence: number | null;
};

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export function tallyOf(round: number, votes: ReadonlyMap<string, Vote>, optionIds: readonly string[]): Tally {
  const counted = [...votes.values()].sort((a, b) => a.seq - b.seq);
  const options = optionIds.map((optionId) => {
    const mine = counted.filter((v) => v.optionId === optionId);
    return { optionId, votes: mine.length, meanConfidence: mean(mine.map((v) => v.confidence)) };
  });
  const top = Math.max(0, ...options.map((o) => o.votes));
  const leaders = options.filter((o) => o.votes === top && top > 0);
  return {
    round,
    votes: counted,
    options,
    total: counted.length,
    leader: leaders.length === 1 ? (leaders[0]?.optionId ?? null) : null,
    meanConfidence: mean(counted.map((v) => v.confidence)),
  };
}

/** Null when the lock keeps to the mode, else why not. */
export function lockProblem(
  mode: DecisionMode,
  basis: LockBasis,
  optionId: string,
  tally: Tally,
  participants: readonly Participant[],
  decidingRole: string | undefined,
): string | null {
  if (mode === 'solo') return 'a solo session decides with decision.choose, not with a lock';
  if (mode === 'facilitator') return basis === 'facilitator' ? null : 'in this session the facilitator decides';
  if (mode === 'majority') {
    if (tally.leader === null) return basis === 'facilitator' ? null : 'there is no majority (a tie or no votes): the facilitator decides';
    if (basis !== 'majority') return 'the vote has a clear majority: lock it as the majority decided';
    return optionId === tally.leader ? null : `the majority voted for "${tally.leader}", not "${optionId}"`;
  }
  const deciders = participants.filter((p) => p.role === decidingRole);
  if (deciders.length !== 1)
    return basis === 'facilitator' ? null : `${deciders.length} people hold the deciding role: the facilitator decides`;
  if (basis !== 'role') return 'one person holds the deciding role: lock what they chose';
  const decider = deciders[0] as Participant;
  const vote = tally.votes.find((v) => v.participantId === decider.participantId);
  if (!vote) return `${decider.name} (the deciding role) has not chosen yet`;
  return vote.optionId === optionId ? null : `${decider.name} chose "${vote.optionId}", not "${optionId}"`;
}
