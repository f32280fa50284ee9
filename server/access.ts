// Who a key lets into a session: the session's own links and participants' secrets, and a course's trainer key for
// every team of that course (as the team's facilitator, so the trainer can open any team's console from the dashboard).

import type { LinkKind } from '../src/net/protocol.ts';
import { hashSecret } from './secrets.ts';
import type { SessionStore, TokenOwner } from './storage/types.ts';

export type SessionOwner = TokenOwner & { kind: LinkKind | 'participant' };

/** The owner of `secret` as seen by session `sessionId`, or undefined when the key does not open it. */
export async function ownerIn(sessions: SessionStore, secret: string, sessionId: string): Promise<SessionOwner | undefined> {
  const owner = await sessions.findToken(hashSecret(secret));
  if (!owner) return undefined;
  if (owner.kind !== 'course') return owner.sessionId === sessionId ? (owner as SessionOwner) : undefined;
  const team = await sessions.findTeam(sessionId);
  return team && team.courseId === owner.sessionId ? { sessionId, kind: 'facilitator', participantId: null } : undefined;
}

/** True when `secret` is the trainer key of course `courseId`. */
export async function isTrainer(sessions: SessionStore, secret: string | undefined, courseId: string): Promise<boolean> {
  if (!secret) return false;
  const owner = await sessions.findToken(hashSecret(secret));
  return owner?.kind === 'course' && owner.sessionId === courseId;
}
