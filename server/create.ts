// Making a session on the server: its header (from the engine), a free join code in the one namespace of codes, one
// key per link (only their hashes are stored) and its room. Used for a single session and for every team of a course,
// where a late team's session may start with a copied prefix of events.
import type { SessionEvent } from '../src/engine/play/events.ts';
import type { Scenario } from '../src/engine/play/schema.ts';
import { type CreatedSession, type CreateSession, type LinkKind, linkKinds } from '../src/net/protocol.ts';
import { newHeader } from './engine.ts';
import type { Hub } from './hub.ts';
import type { ServerClock } from './room.ts';
import { hashSecret, newId, newJoinCode, newSecret } from './secrets.ts';
import type { EventStore, SessionStore } from './storage/types.ts';

const linkPrefix: Record<LinkKind, string> = { facilitator: 'f', observer: 'o', projector: 'p' };

export type CreateDeps = { sessions: SessionStore; events: EventStore; hub: Hub; clock: ServerClock };
export type Failure = { status: number; error: string };

/** The header a session of this scenario and these settings would get, or what is wrong with the settings. */
export function headerFor(scenario: Scenario, body: CreateSession): { header: Record<string, unknown> } | Failure {
  const save = newHeader(scenario, body);
  return 'error' in save ? { status: 400, error: save.error } : { header: save };
}

/**
 * Store a new session with a header (and, for a late team, its first events), claim a join code and make its keys.
 * `start` may replace the header and give first events once the session's id is known.
 */
export async function makeSession(
  deps: CreateDeps,
  header: Record<string, unknown>,
  language: 'nl' | 'en',
  start?: (id: string) => { header: Record<string, unknown>; events: SessionEvent[] } | Failure,
): Promise<CreatedSession | Failure> {
  const id = newId('s');
  const first = start?.(id);
  if (first && 'error' in first) return first;
  const save = first?.header ?? header;
  const createdAt = new Date(deps.clock.now()).toISOString();
  let code = '';
  for (let tries = 0; ; tries++) {
    code = newJoinCode();
    if (await deps.sessions.createSession({ id, code, createdAt, endedAt: null, save, language })) break;
    if (tries > 20) return { status: 503, error: 'no free join code: try again' };
  }
  for (const [i, e] of (first?.events ?? []).entries()) {
    const stored = await deps.events.append(id, i, e as unknown as { seq: number });
    if (!stored.ok) return { status: 500, error: `the copied events could not be stored (event ${i + 1})` };
  }
  const tokens = {} as Record<LinkKind, string>;
  const links = {} as Record<LinkKind, string>;
  for (const kind of linkKinds) {
    tokens[kind] = newSecret();
    links[kind] = `/${linkPrefix[kind]}/${id}#k=${tokens[kind]}`;
    await deps.sessions.addToken(hashSecret(tokens[kind]), { sessionId: id, kind, participantId: null });
  }
  const room = await deps.hub.room(id);
  if (!room) return { status: 500, error: 'the new session could not be opened' };
  deps.hub.adopt(room);
  return { sessionId: id, code, tokens, links };
}
