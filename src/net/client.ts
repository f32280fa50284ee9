// The client side of the session protocol: one WebSocket that says hello, resyncs from the last seq it holds, and
// reconnects by itself with back-off. Submissions carry a client event id and stay in an outbox until the server
// acknowledges or refuses them, so a vote sent during an outage is acknowledged after reconnecting or reported as
// not sent — never lost silently, never counted twice.

import type { ClientOptions, ClientSnapshot, Outgoing, SocketLike, SubmitResult, Timers } from './client-types.ts';
import { PROTOCOL_VERSION, type ProposedEvent, parseMessage, ServerMessage, type WireEvent } from './protocol.ts';

export type { ClientOptions, ClientSnapshot, ClientStatus, Outgoing, SocketLike, SubmitResult, Timers } from './client-types.ts';

const OPEN = 1;

/** 0.5 s, 1 s, 2 s … up to 10 s, with a little jitter so 200 phones do not all come back in the same millisecond. */
export const defaultBackoff = (attempt: number): number => Math.min(10_000, 500 * 2 ** attempt) * (0.8 + Math.random() * 0.4);

const randomId = (): string => {
  const bytes = new Uint8Array(12);
  globalThis.crypto.getRandomValues(bytes);
  return `c${[...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')}`;
};

export class SessionClient {
  private socket: SocketLike | null = null;
  private attempt = 0;
  private retry: unknown = null;
  private urls: string[];
  private urlIndex = 0;
  /** The URL of the socket now open (or being opened): after a failover it is not `opts.url`. */
  private current: string;
  private readonly waiting = new Map<string, (r: SubmitResult) => void>();
  private readonly listeners = new Set<(s: ClientSnapshot) => void>();
  private readonly timers: Timers;
  private snap: ClientSnapshot;

  constructor(private readonly opts: ClientOptions) {
    this.urls = [opts.url];
    this.current = opts.url;
    this.timers = opts.timers ?? {
      setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
      clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
    };
    this.snap = {
      status: 'connecting',
      viewer: null,
      header: null,
      events: opts.events ?? [],
      outbox: [],
      presence: null,
      refusal: null,
      clockOffset: 0,
      moved: null,
    };
    this.open();
  }

  get snapshot(): ClientSnapshot {
    return this.snap;
  }

  get lastSeq(): number {
    return this.snap.events[this.snap.events.length - 1]?.seq ?? 0;
  }

  subscribe(listener: (s: ClientSnapshot) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Propose an event. Resolves when the server acknowledges (with its seq) or refuses it, however many reconnects later. */
  submit(event: ProposedEvent, opts: { expectedSeq?: number; id?: string } = {}): Promise<SubmitResult> {
    const id = opts.id ?? (this.opts.newId ?? randomId)();
    const out: Outgoing = { id, event, status: 'queued', ...(opts.expectedSeq !== undefined ? { expectedSeq: opts.expectedSeq } : {}) };
    if (this.snap.status === 'closed' || this.snap.status === 'refused') {
      return Promise.resolve({ ok: false, code: 'closed', message: 'not connected to the session: not sent' });
    }
    this.update({ outbox: [...this.snap.outbox, out] });
    const done = new Promise<SubmitResult>((resolve) => this.waiting.set(id, resolve));
    if (this.snap.status === 'open') this.transmit(out);
    return done;
  }

  /** Stop for good: queued submissions are reported as not sent. */
  close(): void {
    if (this.retry !== null) this.timers.clearTimeout(this.retry);
    this.retry = null;
    const socket = this.socket;
    this.socket = null;
    socket?.close(1000, 'client closed');
    for (const o of this.snap.outbox)
      if (o.status === 'queued' || o.status === 'sent')
        this.settle(o.id, { code: 'closed', message: 'the page closed the connection: not sent' });
    this.update({ status: 'closed' });
  }

  /** Drop the connection as if the network went away (tests, and the browser's offline event). Reconnects by itself. */
  drop(): void {
    this.socket?.close(4000, 'dropped');
  }

  private open(): void {
    const url = this.urls[this.urlIndex % this.urls.length] as string;
    this.current = url;
    const socket = (this.opts.connect ?? ((u: string) => new WebSocket(u) as unknown as SocketLike))(url);
    this.socket = socket;
    socket.onopen = () => {
      if (this.socket !== socket) return;
      socket.send(
        JSON.stringify({
          v: PROTOCOL_VERSION,
          type: 'hello',
          sessionId: this.opts.sessionId,
          secret: this.opts.secret,
          since: this.lastSeq,
        }),
      );
    };
    socket.onmessage = (ev) => {
      if (this.socket === socket && typeof ev.data === 'string') this.receive(ev.data);
    };
    socket.onclose = () => {
      if (this.socket !== socket) return;
      this.socket = null;
      this.lost();
    };
    socket.onerror = () => undefined;
  }

  private lost(): void {
    if (this.snap.status === 'closed' || this.snap.status === 'refused') return;
    // What was on the wire may or may not have arrived; it goes again after the next welcome (the id makes that safe).
    const outbox = this.snap.outbox.map((o) => (o.status === 'sent' ? { ...o, status: 'queued' as const } : o));
    this.update({ status: 'offline', outbox });
    const wait = (this.opts.backoff ?? defaultBackoff)(this.attempt++);
    this.urlIndex++;
    this.retry = this.timers.setTimeout(() => {
      this.retry = null;
      if (this.snap.status === 'offline') {
        this.update({ status: 'connecting' });
        this.open();
      }
    }, wait);
  }

  private receive(text: string): void {
    const parsed = parseMessage(ServerMessage, text, text.length);
    if (!parsed.ok) return;
    const m = parsed.message;
    const now = (this.opts.now ?? Date.now)();
    switch (m.type) {
      case 'welcome': {
        this.attempt = 0;
        // This server first, then the others it names, then the first one: a lost connection tries them in turn.
        this.urls = [...new Set([this.current, ...m.servers, this.opts.url])];
        this.urlIndex = 0;
        const have = this.snap.events;
        // A server whose log is shorter than ours (another database) sends everything: take its log as the truth.
        const events = m.seq < this.lastSeq ? m.events : [...have, ...m.events.filter((e) => e.seq > this.lastSeq)];
        this.update({
          status: 'open',
          viewer: m.viewer,
          header: m.header,
          events,
          refusal: null,
          clockOffset: Date.parse(m.serverTime) - now,
        });
        for (const o of this.snap.outbox) if (o.status === 'queued') this.transmit(o);
        return;
      }
      case 'event': {
        if (m.event.seq <= this.lastSeq) return;
        if (m.event.seq !== this.lastSeq + 1) {
          // A gap means a missed message: reconnect, and the welcome fills it in.
          this.drop();
          return;
        }
        this.update({ events: [...this.snap.events, m.event as WireEvent] });
        return;
      }
      case 'ack':
        this.settle(m.id, null, m.seq);
        return;
      case 'error':
        if (m.id) {
          this.settle(m.id, { code: m.code, message: m.message, ...(m.reason ? { reason: m.reason } : {}) });
          return;
        }
        if (m.code === 'bad-secret' || m.code === 'unknown-session') {
          this.update({ status: 'refused', refusal: { code: m.code, message: m.message } });
          for (const o of this.snap.outbox)
            if (o.status !== 'acked' && o.status !== 'refused') this.settle(o.id, { code: m.code, message: m.message });
          this.socket?.close(1000, 'refused');
          this.socket = null;
        }
        return;
      case 'presence':
        this.update({ presence: { participants: m.participants, screens: m.screens } });
        return;
      case 'pong':
        this.update({ clockOffset: Date.parse(m.serverTime) - now });
        return;
      case 'moved': {
        // This session is over and the room plays on elsewhere: stop here, and let the screen follow.
        const { v: _v, type: _t, ...where } = m;
        this.close();
        this.update({ moved: where });
        return;
      }
    }
  }

  private transmit(o: Outgoing): void {
    const socket = this.socket;
    if (!socket || socket.readyState !== OPEN) return;
    socket.send(
      JSON.stringify({
        v: PROTOCOL_VERSION,
        type: 'submit',
        id: o.id,
        ...(o.expectedSeq !== undefined ? { expectedSeq: o.expectedSeq } : {}),
        event: o.event,
      }),
    );
    // Only a queued entry becomes "sent": an answer that came in meanwhile (acked, refused) stands.
    this.update({ outbox: this.snap.outbox.map((x) => (x.id === o.id && x.status === 'queued' ? { ...x, status: 'sent' as const } : x)) });
  }

  private settle(id: string, error: Outgoing['error'] | null, seq?: number): void {
    const outbox = this.snap.outbox.map((o): Outgoing => {
      if (o.id !== id) return o;
      return error ? { ...o, status: 'refused', error } : { ...o, status: 'acked', ...(seq !== undefined ? { seq } : {}) };
    });
    this.update({ outbox });
    const resolve = this.waiting.get(id);
    this.waiting.delete(id);
    resolve?.(error ? { ok: false, ...error } : { ok: true, seq: seq ?? 0 });
  }

  private update(patch: Partial<ClientSnapshot>): void {
    this.snap = { ...this.snap, ...patch };
    for (const l of this.listeners) l(this.snap);
  }
}
