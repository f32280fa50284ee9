// One running session: its scenario, the engine's live state, the connected screens and the decision timer.
// Submissions are handled one at a time: rights → engine → transactional append → ack → broadcast (redacted per viewer).
// With several processes on one database, events appended elsewhere are read from the log (`sync`) and broadcast the
// same way; an append that loses the race catches up first and is then tried again on the new state.
import type { Scenario } from '../src/engine/play/schema.ts';
import { type ErrorCode, PROTOCOL_VERSION, type ServerMessage, type Viewer, type WireEvent } from '../src/net/protocol.ts';
import { applyOne, deadlineOf, type EngineEvent, hiddenFromRoom, type Live, lastSeq } from './engine.ts';
import { checkRights, type Sender } from './rights.ts';
import type { EventStore, SessionHeader, SessionStore, StoredEvent } from './storage/types.ts';

/** Wall clock and timers, injectable so tests can move time without sleeping. */
export type ServerClock = {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
};
export const systemServerClock: ServerClock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as NodeJS.Timeout),
};

/** A connected screen, as the room sees it. */
export type Peer = { viewer: Viewer; send(message: ServerMessage): void };

export type SubmitOutcome = { ok: true; seq: number } | { ok: false; code: ErrorCode; message: string; reason?: string };

type Log = { warn(obj: object, msg: string): void; info(obj: object, msg: string): void };

const privileged = (v: Viewer) => v.kind === 'facilitator' || v.kind === 'observer';

/**
 * The event as this viewer may see it: facilitator-only events become `{ seq, type: 'redacted' }` for the room, and so
 * does a feedback answer for everyone but its sender (the form is personal; the facilitator reads the summary).
 */
export function redactFor(viewer: Viewer, event: EngineEvent): WireEvent {
  if (!privileged(viewer) && hiddenFromRoom(event)) return { seq: event.seq, type: 'redacted' };
  if (!privileged(viewer) && event.type === 'feedback.submit' && (event as { by?: string }).by !== viewer.participantId)
    return { seq: event.seq, type: 'redacted' };
  return event as WireEvent;
}

export class Room {
  readonly peers = new Set<Peer>();
  private queue: Promise<unknown> = Promise.resolve();
  private timer: unknown = null;
  private closed = false;
  /** A catch-up is queued and has not started: news that arrives meanwhile needs no second one. */
  private syncQueued = false;

  constructor(
    readonly header: SessionHeader,
    readonly scenario: Scenario,
    private live: Live,
    private readonly deps: { events: EventStore; sessions: SessionStore; clock: ServerClock; log: Log },
  ) {
    this.schedule();
  }

  get state(): Live {
    return this.live;
  }

  get seq(): number {
    return lastSeq(this.live);
  }

  /** Every event after `since`, as this viewer may see it. A client ahead of the log (another database) gets it all. */
  eventsFor(viewer: Viewer, since: number): WireEvent[] {
    const events = this.live.session.events;
    const from = since > events.length ? 0 : since;
    return events.slice(from).map((e) => redactFor(viewer, e));
  }

  join(peer: Peer): void {
    this.peers.add(peer);
    this.presence();
  }

  leave(peer: Peer): void {
    this.peers.delete(peer);
    this.presence();
  }

  /** Tell the facilitator's and observers' screens who is connected. */
  private presence(): void {
    const participants = new Set<string>();
    const screens: Record<string, number> = {};
    for (const p of this.peers) {
      if (p.viewer.participantId) participants.add(p.viewer.participantId);
      else screens[p.viewer.kind] = (screens[p.viewer.kind] ?? 0) + 1;
    }
    const message: ServerMessage = { v: PROTOCOL_VERSION, type: 'presence', participants: [...participants], screens };
    for (const p of this.peers) if (privileged(p.viewer)) p.send(message);
  }

  /** A client's proposal: checked for rights, then by the engine, then stored and broadcast. Serialised per room. */
  submit(sender: Sender, id: string, proposed: Record<string, unknown>, expectedSeq: number | undefined): Promise<SubmitOutcome> {
    return this.serial(async () => {
      const earlier = this.live.ids.get(id);
      if (earlier !== undefined) {
        const e = this.live.session.events[earlier - 1] as EngineEvent & { by?: string };
        const mine = e.by === (sender.participantId ?? sender.kind) && e.type === proposed.type;
        return mine
          ? { ok: true, seq: earlier }
          : { ok: false, code: 'duplicate-id', message: `event id "${id}" already names event ${earlier} of another kind or sender` };
      }
      const checked = checkRights(sender, proposed, expectedSeq);
      if (!checked.ok) return checked;
      return this.append({ ...checked.event, id }, expectedSeq);
    });
  }

  /**
   * A course trainer's command for this team (pause, resume, an inject for every team): checked like the facilitator's,
   * against the log as it stands when its turn comes, so it is never refused as stale.
   */
  trainer(id: string, proposed: Record<string, unknown>): Promise<SubmitOutcome> {
    return this.serial(async () => {
      const checked = checkRights({ kind: 'facilitator', participantId: null, name: null }, proposed, this.seq);
      if (!checked.ok) return checked;
      return this.append({ ...checked.event, id, by: 'trainer' }, this.seq);
    });
  }

  /** An event the server writes itself (a join, a timeout), stamped with the server's clock. */
  system(input: Record<string, unknown>): Promise<SubmitOutcome> {
    return this.serial(() => this.append({ ...input, by: 'server' }, undefined));
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.queue.then(task, task);
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Read what other processes appended since our last seq and take it in (also before serving a hello). */
  sync(): Promise<void> {
    return this.serial(() => this.catchUp());
  }

  /**
   * News from the database: event `seq` exists (and here it is, when it fitted in the news). The next event is taken
   * in as it comes; otherwise catch up from the log, unless we hold it already or a catch-up is queued.
   */
  heard(seq: number, event?: StoredEvent): void {
    if (seq <= this.seq || this.closed) return;
    if (event && event.seq === seq) {
      void this.serial(async () => {
        if (event.seq === this.seq + 1) this.take(event);
        else if (event.seq > this.seq) await this.catchUp();
      });
      return;
    }
    if (this.syncQueued) return;
    this.syncQueued = true;
    void this.serial(async () => {
      this.syncQueued = false;
      await this.catchUp();
    });
  }

  private async catchUp(): Promise<void> {
    const news = await this.deps.events.readSince(this.header.id, this.seq);
    for (const stored of news) if (!this.take(stored)) return;
  }

  /** Take in one event another process stored. */
  private take(stored: StoredEvent): boolean {
    const outcome = applyOne(this.scenario, this.live, stored);
    if (!outcome.ok) {
      // Another process accepted it with the same engine, so this means different scenario files or code.
      this.deps.log.warn({ sessionId: this.header.id, seq: stored.seq, reason: outcome.reason.message }, 'stored event does not apply');
      return false;
    }
    this.accepted(outcome.live, outcome.event);
    return true;
  }

  private accepted(live: Live, event: EngineEvent): void {
    this.live = live;
    for (const peer of this.peers) peer.send({ v: PROTOCOL_VERSION, type: 'event', event: redactFor(peer.viewer, event) });
    this.schedule();
  }

  private async append(input: Record<string, unknown>, expectedSeq: number | undefined): Promise<SubmitOutcome> {
    for (let attempt = 0; ; attempt++) {
      if (this.closed) return { ok: false, code: 'server', message: 'the server is shutting down' };
      const at = new Date(this.deps.clock.now()).toISOString();
      // The engine's expected seq is the seq the new event will get; the protocol's is the last seq the sender saw.
      const outcome = applyOne(this.scenario, this.live, { ...input, at }, expectedSeq === undefined ? undefined : expectedSeq + 1);
      if (!outcome.ok) {
        const code: ErrorCode = outcome.reason.code === 'stale' ? 'stale' : outcome.reason.code === 'invalid' ? 'invalid' : 'rejected';
        return { ok: false, code, message: outcome.reason.message, ...(code === 'rejected' ? { reason: outcome.reason.code } : {}) };
      }
      const event = outcome.event;
      const stored = await this.deps.events.append(this.header.id, event.seq - 1, event as StoredEvent);
      if (stored.ok) {
        if (event.type === 'session.end') await this.deps.sessions.markEnded(this.header.id, at);
        this.accepted(outcome.live, event);
        return { ok: true, seq: event.seq };
      }
      // Another process appended first (or already holds this client id): take its events in, then try again on
      // the new state, where the engine decides afresh (a vote still counts; a stale lock is refused as stale).
      await this.catchUp();
      if (stored.reason === 'duplicate') return { ok: true, seq: stored.existing.seq };
      if (attempt >= 20) {
        this.deps.log.warn({ sessionId: this.header.id, lastSeq: stored.lastSeq }, 'event log keeps moving on under this process');
        return { ok: false, code: 'server', message: 'the session is busy: send this again in a moment' };
      }
    }
  }

  /** Arm the decision timer from the log: at the deadline the server appends `decision.timeout` with its own clock. */
  private schedule(): void {
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
    const deadline = deadlineOf(this.scenario, this.live);
    if (deadline === null || this.closed) return;
    const round = this.live.decision?.round;
    this.timer = this.deps.clock.setTimeout(
      () => {
        this.timer = null;
        if (this.live.decision?.round !== round) return;
        void this.system({ type: 'decision.timeout' }).then((r) => {
          if (!r.ok) {
            this.deps.log.info({ sessionId: this.header.id, reason: r.message }, 'timeout not applied');
            this.schedule();
          }
        });
      },
      Math.max(0, deadline - this.deps.clock.now()),
    );
  }

  /** Stop the timer and refuse further work (server shutdown). */
  close(): void {
    this.closed = true;
    if (this.timer !== null) this.deps.clock.clearTimeout(this.timer);
    this.timer = null;
  }
}
