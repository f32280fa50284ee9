// The rooms of this process and the WebSocket side of the protocol: the hello (secret → viewer), resync from the
// client's last seq, submissions, pings, size and rate limits. Every refusal is an error reply that changes nothing.
// With a cluster (PostgreSQL), news of appends by other processes reaches the rooms loaded here, and so does news of a
// what-if that moved a room (the screens connected here follow it).
import type { WebSocket } from 'ws';
import {
  ClientMessage,
  type ErrorCode,
  PROTOCOL_VERSION,
  parseMessage,
  type ServerMessage,
  type Submit,
  type Viewer,
} from '../src/net/protocol.ts';
import { ownerIn } from './access.ts';
import { type Clock, TokenBucket } from './limits.ts';
import { restoreRoom } from './load.ts';
import { type ForkKeys, tellRoomMoved } from './move.ts';
import { type Peer, type Room, redactFor, type ServerClock } from './room.ts';
import type { ScenarioShelf } from './scenarios.ts';
import type { Cluster, EventStore, SessionStore } from './storage/types.ts';

export type Log = {
  warn(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
};

export type HubDeps = {
  events: EventStore;
  sessions: SessionStore;
  shelf: ScenarioShelf;
  clock: ServerClock;
  /** Clock for the per-connection message limit. */
  limitClock: Clock;
  log: Log;
  /** Messages per connection: a burst, then so many per second. */
  messageRate?: { burst: number; perSecond: number };
  /** Other processes' URLs for the welcome when there is no cluster to ask; empty for one process. */
  servers?: string[];
  /** Several processes on one database: news of their appends, and their URLs for the welcome. */
  cluster?: Cluster | undefined;
};

/** How long the list of other processes is reused before the database is asked again. */
const PEERS_TTL_MS = 2000;

export class Hub {
  private readonly rooms = new Map<string, Promise<Room | undefined>>();
  private readonly unsubscribe: (() => void)[] = [];
  private peerList: { at: number; urls: Promise<string[]> } | null = null;
  /** Forks whose room this process has already moved (news of a move reaches its teller too). */
  private readonly moves = new Set<string>();

  constructor(readonly deps: HubDeps) {
    const cluster = deps.cluster;
    if (!cluster) return;
    this.unsubscribe.push(
      cluster.onAppend((sessionId, seq, event) => {
        void this.rooms.get(sessionId)?.then((room) => room?.heard(seq, event));
      }),
      cluster.onMissed(() => {
        for (const r of this.rooms.values()) void r.then((room) => room?.sync());
      }),
      cluster.onMoved((parentId, forkId) => {
        if (this.moves.has(forkId)) return;
        this.moves.add(forkId);
        this.moveHere(parentId, forkId).catch((e: Error) =>
          this.deps.log.error({ parentId, forkId, err: e.message }, 'could not move a room'),
        );
      }),
    );
  }

  /**
   * A what-if moved the room of `parentId` to `forkId`: the screens connected here are told where it went (with the
   * fork's own keys, which this process made), and with a cluster the other processes tell theirs.
   */
  async forked(parentId: string, forkId: string, keys: ForkKeys): Promise<void> {
    this.moves.add(forkId);
    await this.moveHere(parentId, forkId, keys);
    await this.deps.cluster?.tellMoved(parentId, forkId);
  }

  private async moveHere(parentId: string, forkId: string, keys?: ForkKeys): Promise<void> {
    const parent = await this.rooms.get(parentId);
    if (!parent || parent.peers.size === 0) return;
    const fork = await this.room(forkId);
    if (fork) await tellRoomMoved(parent, fork, this.deps.sessions, keys);
  }

  /** The room of a session, loaded on first use and caught up with the log (another process may have appended). */
  async room(sessionId: string): Promise<Room | undefined> {
    const room = await this.load(sessionId);
    if (room && this.deps.cluster) await room.sync();
    return room;
  }

  /** The other processes' WebSocket URLs, for the welcome. */
  private servers(): Promise<string[]> {
    const cluster = this.deps.cluster;
    if (!cluster) return Promise.resolve(this.deps.servers ?? []);
    const now = this.deps.limitClock.now();
    if (!this.peerList || now - this.peerList.at > PEERS_TTL_MS) {
      const urls = cluster.peers().catch((e: Error) => {
        this.deps.log.warn({ err: e.message }, 'could not list the other processes');
        return [];
      });
      this.peerList = { at: now, urls };
    }
    return this.peerList.urls;
  }

  private load(sessionId: string): Promise<Room | undefined> {
    let room = this.rooms.get(sessionId);
    if (!room) {
      room = restoreRoom(sessionId, this.deps).catch((e: Error) => {
        this.deps.log.error({ sessionId, err: e.message }, 'session could not be loaded');
        this.rooms.delete(sessionId);
        return undefined;
      });
      this.rooms.set(sessionId, room);
    }
    return room;
  }

  /** A new room for a session just created (its header is stored already). */
  adopt(room: Room): void {
    this.rooms.set(room.header.id, Promise.resolve(room));
  }

  /** Load every open session (after a start or a crash), so their decision timers run before anyone reconnects. */
  async warm(): Promise<number> {
    const open = await this.deps.sessions.listSessions({ open: true });
    const rooms = await Promise.all(open.map((h) => this.room(h.id)));
    return rooms.filter(Boolean).length;
  }

  async openSessions(): Promise<number> {
    return (await this.deps.sessions.listSessions({ open: true })).length;
  }

  /** Wire one WebSocket: the first message must be a hello; after the welcome, submissions and pings. */
  connect(socket: WebSocket, address: string): void {
    const rate = this.deps.messageRate ?? { burst: 40, perSecond: 20 };
    const bucket = new TokenBucket(rate.burst, rate.perSecond, this.deps.limitClock);
    let peer: (Peer & { room: Room; sender: { kind: Viewer['kind']; participantId: string | null; name: string | null } }) | null = null;
    let greeting = false;
    const send = (m: ServerMessage) => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(m));
    };
    const error = (code: ErrorCode, message: string, id?: string, reason?: string) =>
      send({
        v: PROTOCOL_VERSION,
        type: 'error',
        code,
        message,
        ...(reason ? { reason } : {}),
        ...(id ? { id } : {}),
        ...(peer ? { seq: peer.room.seq } : {}),
      });

    socket.on('message', (data, isBinary) => {
      const bytes = Array.isArray(data) ? data.reduce((n, b) => n + b.length, 0) : (data as Buffer).byteLength;
      if (!bucket.take()) return error('rate-limited', 'too many messages: slow down and send this again in a moment');
      if (isBinary) return error('malformed', 'messages are JSON text, not binary');
      const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : (data as Buffer).toString('utf8');
      const parsed = parseMessage(ClientMessage, text, bytes);
      if (!parsed.ok) return error(parsed.code, parsed.message);
      const m = parsed.message;
      if (m.type === 'ping') return send({ v: PROTOCOL_VERSION, type: 'pong', serverTime: new Date(this.deps.clock.now()).toISOString() });
      if (m.type === 'hello') {
        if (peer || greeting) return error('hello-twice', 'this connection has already said hello');
        greeting = true;
        void this.hello(m, send).then(
          (p) => {
            greeting = false;
            if (!p) return;
            if (socket.readyState !== socket.OPEN) return p.room.leave(p);
            peer = p;
          },
          (e: Error) => {
            greeting = false;
            this.deps.log.error({ err: e.message, address }, 'hello failed');
            error('server', 'the server could not open this session');
          },
        );
        return;
      }
      if (!peer) return error('hello-first', 'say hello (session id and secret) before anything else');
      const p = peer;
      void this.submit(p.room, p.sender, m).then((r) => {
        if (r.ok) send({ v: PROTOCOL_VERSION, type: 'ack', id: m.id, seq: r.seq });
        else error(r.code, r.message, m.id, r.reason);
      });
    });
    socket.on('close', () => {
      if (peer) peer.room.leave(peer);
      peer = null;
    });
    socket.on('error', () => socket.terminate());
  }

  private async submit(room: Room, sender: { kind: Viewer['kind']; participantId: string | null; name: string | null }, m: Submit) {
    return room.submit(sender, m.id, m.event as Record<string, unknown>, m.expectedSeq);
  }

  private async hello(m: { sessionId: string; secret: string; since: number }, send: (m: ServerMessage) => void) {
    const fail = (code: ErrorCode, message: string) => {
      send({ v: PROTOCOL_VERSION, type: 'error', code, message });
      return null;
    };
    const owner = await ownerIn(this.deps.sessions, m.secret, m.sessionId);
    if (!owner) {
      const exists = await this.deps.sessions.findSession(m.sessionId);
      return exists
        ? fail('bad-secret', 'this link’s key is not valid for the session: ask the facilitator for a new link')
        : fail('unknown-session', `there is no session "${m.sessionId}" on this server`);
    }
    const room = await this.room(m.sessionId);
    if (!room) return fail('server', 'the session could not be loaded on this server');
    let viewer: Viewer = { kind: owner.kind };
    let name: string | null = null;
    if (owner.kind === 'participant') {
      const who = room.state.participants.find((p) => p.participantId === owner.participantId);
      if (!who) return fail('bad-secret', 'this device’s place in the session was not found: join again');
      viewer = { kind: 'participant', participantId: who.participantId, name: who.name, role: who.role };
      name = who.name;
    }
    const peer: Peer & { room: Room; sender: { kind: Viewer['kind']; participantId: string | null; name: string | null } } = {
      viewer,
      send,
      room,
      sender: { kind: owner.kind, participantId: owner.participantId, name },
    };
    const { events: _all, ...header } = room.state.session;
    // A what-if fork carries its parent's log: the room gets it redacted like its own.
    const parent = header.parent;
    if (parent) header.parent = { ...parent, events: parent.events.map((e) => redactFor(viewer, e) as typeof e) };
    const servers = await this.servers();
    send({
      v: PROTOCOL_VERSION,
      type: 'welcome',
      sessionId: m.sessionId,
      viewer,
      header,
      events: room.eventsFor(viewer, m.since),
      seq: room.seq,
      serverTime: new Date(this.deps.clock.now()).toISOString(),
      servers,
    });
    room.join(peer);
    return peer;
  }

  /** Stop timers (tests and shutdown). */
  async close(): Promise<void> {
    for (const off of this.unsubscribe.splice(0)) off();
    for (const r of this.rooms.values()) (await r)?.close();
    this.rooms.clear();
  }
}
