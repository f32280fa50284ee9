// Which lock the console offers for the session's decision mode: the facilitator picks any option; a clear majority
// or the one person in the deciding role decides by themselves; a tie, no votes, or no single decider goes back to
// the facilitator. The engine refuses any other lock; this only decides which buttons to show.
import type { PlayView } from '../../engine/play/view';

export type LockOffer =
  | { kind: 'any' }
  | { kind: 'one'; optionId: string; basis: 'majority' | 'role'; by: string | null }
  | { kind: 'wait'; who: string };

export function lockOffer(view: PlayView, mode: string, decidingRole: string | undefined): LockOffer {
  if (mode === 'majority' && view.tally?.leader) return { kind: 'one', optionId: view.tally.leader, basis: 'majority', by: null };
  if (mode === 'role') {
    const deciders = view.participants.filter((p) => p.role === decidingRole);
    const decider = deciders[0];
    if (deciders.length === 1 && decider) {
      const vote = view.tally?.votes.find((v) => v.participantId === decider.participantId);
      return vote ? { kind: 'one', optionId: vote.optionId, basis: 'role', by: decider.name } : { kind: 'wait', who: decider.name };
    }
  }
  return { kind: 'any' };
}
