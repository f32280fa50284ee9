// Telling a room where it went after a what-if: every screen connected to the parent session on this process gets a
// `moved` message with a key of its own for the fork. Keys are only ever stored as hashes, so a process that did not
// create the fork (it heard of it from the cluster) mints its own keys for the screens it serves; a participant gets
// one only when the fork's log knows them, so they keep their place there.
import { type LinkKind, PROTOCOL_VERSION, type ServerMessage } from '../src/net/protocol.ts';
import type { Room } from './room.ts';
import { hashSecret, newSecret } from './secrets.ts';
import type { SessionStore, TokenOwner } from './storage/types.ts';

export type ForkKeys = Record<LinkKind, string>;

/** `known`: the fork's own keys when this process created it (the facilitator's response carries the same ones). */
export async function tellRoomMoved(parent: Room, fork: Room, sessions: SessionStore, known?: ForkKeys): Promise<number> {
  if (parent.peers.size === 0) return 0;
  const sessionId = fork.header.id;
  const minted = new Map<string, Promise<string>>();
  const mint = (owner: Omit<TokenOwner, 'sessionId'>): Promise<string> => {
    const key = `${owner.kind} ${owner.participantId ?? ''}`;
    let secret = minted.get(key);
    if (!secret) {
      const fresh = newSecret();
      secret = sessions.addToken(hashSecret(fresh), { sessionId, ...owner }).then(() => fresh);
      minted.set(key, secret);
    }
    return secret;
  };
  const linkKey = (kind: LinkKind) => (known ? Promise.resolve(known[kind]) : mint({ kind, participantId: null }));
  const inFork = new Set(fork.state.participants.map((p) => p.participantId));
  const moved = (secret: string, keys?: { projector: string; observer: string }): ServerMessage => ({
    v: PROTOCOL_VERSION,
    type: 'moved',
    sessionId,
    code: fork.header.code,
    secret,
    ...(keys ? { keys } : {}),
  });
  let told = 0;
  for (const peer of [...parent.peers]) {
    const v = peer.viewer;
    if (v.kind === 'participant') {
      if (!v.participantId || !inFork.has(v.participantId)) continue;
      peer.send(moved(await mint({ kind: 'participant', participantId: v.participantId })));
    } else if (v.kind === 'facilitator') {
      const [facilitator, projector, observer] = await Promise.all([linkKey('facilitator'), linkKey('projector'), linkKey('observer')]);
      peer.send(moved(facilitator, { projector, observer }));
    } else peer.send(moved(await linkKey(v.kind)));
    told++;
  }
  return told;
}
