// Who may send which event: the sender's rights, checked before the engine sees the event. The engine decides whether
// an event fits the game; this table decides whether this sender may propose it at all, and fills in who sent it.
import type { ViewerKind } from '../src/net/protocol.ts';
import { knownType } from './engine.ts';

/** The facilitator's commands: they steer the session, so they carry the seq their sender saw (expectedSeq). */
export const facilitatorCommands = new Set([
  'session.start',
  'session.pause',
  'session.resume',
  'session.end',
  'decision.open',
  'decision.lock',
  'session.undo',
  'inject.release',
  'inject.custom',
  'tally.reveal',
  'rating.override',
]);

/** Debrief material the facilitator and observers may add at any time. */
const recordTypes = new Set(['note.add', 'observation.add', 'hotwash.item', 'plan.item']);
/** The facilitator's commands an observer may send too: observers are the evaluators, so they may override a rating. */
const evaluatorCommands = new Set(['rating.override']);
/**
 * The facilitator leads the hot wash: which objective is up, and which items go as duplicates. No expectedSeq: they
 * name their target outright, and participants' items arrive all the time, so a seq check would refuse them for nothing.
 */
const hotwashLead = new Set(['hotwash.focus', 'hotwash.drop']);
/** What a participant's device may send. */
const participantTypes = new Set(['vote.cast', 'note.add', 'feedback.submit', 'hotwash.item']);
/** Written by the server itself, never accepted from a client. */
export const serverOnly = new Set(['decision.timeout', 'participant.join', 'decision.choose', 'redacted']);

export type Sender = { kind: ViewerKind; participantId: string | null; name: string | null };

export type Checked = { ok: true; event: Record<string, unknown> } | { ok: false; code: 'forbidden' | 'invalid'; message: string };

const no = (message: string): Checked => ({ ok: false, code: 'forbidden', message });

/** Check a proposed event against the sender's rights; return it with `by` (and the participant's own fields) filled in. */
export function checkRights(sender: Sender, proposed: Record<string, unknown>, expectedSeq: number | undefined): Checked {
  const type = String(proposed.type);
  if (!knownType(type)) return { ok: false, code: 'invalid', message: `event.type: unknown event type ${JSON.stringify(type)}` };
  if ('seq' in proposed || 'at' in proposed || 'by' in proposed)
    return { ok: false, code: 'invalid', message: 'event: seq, at and by are set by the server, not by the sender' };
  if (serverOnly.has(type)) return no(`${type} is written by the server, not sent by a client`);
  const command = facilitatorCommands.has(type);
  if (command && expectedSeq === undefined)
    return { ok: false, code: 'invalid', message: `expectedSeq: required for ${type} (the last seq the sender saw)` };
  switch (sender.kind) {
    case 'facilitator':
      if (!command && !recordTypes.has(type) && !participantTypes.has(type) && !hotwashLead.has(type))
        return no(`${type} is not something a facilitator sends`);
      if (type === 'vote.cast') return no('the facilitator does not vote; participants do');
      return { ok: true, event: { ...proposed, by: 'facilitator' } };
    case 'observer':
      if (!recordTypes.has(type) && !evaluatorCommands.has(type))
        return no(`an observer records observations, notes and rating overrides; ${type} needs the facilitator link`);
      if (type === 'note.add' && proposed.visibility !== 'facilitator') return no('an observer’s notes are for the facilitator only');
      return { ok: true, event: { ...proposed, by: 'observer' } };
    case 'projector':
      return no('the projector link is read-only');
    case 'participant': {
      if (command) return no(`only the facilitator may send ${type}`);
      if (!participantTypes.has(type)) return no(`a participant may not send ${type}`);
      const me = sender.participantId as string;
      if (type === 'vote.cast' && proposed.participantId !== undefined && proposed.participantId !== me)
        return no('a participant votes only for themselves');
      if (type === 'note.add' && proposed.visibility !== 'room') return no('a participant’s notes are seen by the room');
      const own = type === 'vote.cast' ? { participantId: me } : { author: sender.name ?? me };
      if (type !== 'vote.cast' && proposed.author !== undefined && proposed.author !== sender.name)
        return no('a participant writes under their own name');
      return { ok: true, event: { ...proposed, ...own, by: me } };
    }
  }
}
