// Storing a new session: its header under a fresh join code, the events it starts with (none for a new session, the
// copied prefix for a what-if fork) and a key for each link. Used by session creation and by forks, so both hand out
// the same kind of links.
import { type CreatedSession, type LinkKind, linkKinds } from '../src/net/protocol.ts';
import { hashSecret, newId, newJoinCode, newSecret } from './secrets.ts';
import type { EventStore, SessionStore, StoredEvent } from './storage/types.ts';

const linkPrefix: Record<LinkKind, string> = { facilitator: 'f', observer: 'o', projector: 'p' };

export type SpawnDeps = { sessions: SessionStore; events: EventStore; now: () => number };

export type Spawned = { ok: true; created: CreatedSession } | { ok: false; status: number; error: string };

export async function spawnSession(
  deps: SpawnDeps,
  save: Record<string, unknown>,
  language: 'nl' | 'en',
  events: readonly StoredEvent[] = [],
): Promise<Spawned> {
  const id = newId('s');
  const createdAt = new Date(deps.now()).toISOString();
  let code = '';
  for (let tries = 0; ; tries++) {
    code = newJoinCode();
    if (await deps.sessions.createSession({ id, code, createdAt, endedAt: null, save, language })) break;
    if (tries > 20) return { ok: false, status: 503, error: 'no free join code: try again' };
  }
  for (const e of events) {
    const stored = await deps.events.append(id, e.seq - 1, e);
    if (!stored.ok) return { ok: false, status: 500, error: `event ${e.seq} of the new session could not be stored` };
  }
  const tokens = {} as Record<LinkKind, string>;
  const links = {} as Record<LinkKind, string>;
  for (const kind of linkKinds) {
    tokens[kind] = newSecret();
    links[kind] = `/${linkPrefix[kind]}/${id}#k=${tokens[kind]}`;
    await deps.sessions.addToken(hashSecret(tokens[kind]), { sessionId: id, kind, participantId: null });
  }
  return { ok: true, created: { sessionId: id, code, tokens, links } };
}
