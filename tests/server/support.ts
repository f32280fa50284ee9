// Shared by the server tests: a real server on 127.0.0.1 with a real SQLite file in a temporary folder, raw `ws`
// sockets for speaking the protocol by hand, and SessionClients (src/net) over `ws` for playing as people do.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { WebSocket } from 'ws';
import { type AppOptions, buildApp } from '../../server/app';
import type { Clock } from '../../server/limits';
import type { ServerClock } from '../../server/room';
import { shelfOf } from '../../server/scenarios';
import { openSqlite } from '../../server/storage/sqlite';
import { loadScenario } from '../../src/engine/play/load';
import type { Scenario } from '../../src/engine/play/schema';
import { type ClientSnapshot, SessionClient, type SocketLike } from '../../src/net/client';
import type { CreatedSession, CreateSession, Joined } from '../../src/net/protocol';

export const root = resolve(import.meta.dirname, '../..');

export function scenarioFile(path: string): Scenario {
  const r = loadScenario(readFileSync(resolve(root, path), 'utf8'));
  if (!r.ok) throw new Error(`${path}: ${r.findings.map((f) => f.message).join('; ')}`);
  return r.scenario;
}

export const mini = () => scenarioFile('tests/fixtures/mini.yaml');

const temps: string[] = [];
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'draaiboek-server-'));
  temps.push(dir);
  return dir;
}
export function removeTemps(): void {
  for (const d of temps.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** A clock the test moves by hand; timers fire when their time comes. */
export class ManualClock implements ServerClock, Clock {
  private t = Date.parse('2026-03-02T09:00:00.000Z');
  private timers: { at: number; fn: () => void; id: number }[] = [];
  private nextId = 1;
  now(): number {
    return this.t;
  }
  setTimeout(fn: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  }
  clearTimeout(handle: unknown): void {
    this.timers = this.timers.filter((x) => x.id !== handle);
  }
  /** Move time on and run every timer that is due. */
  advance(ms: number): void {
    this.t += ms;
    for (;;) {
      const due = this.timers.filter((x) => x.at <= this.t).sort((a, b) => a.at - b.at)[0];
      if (!due) return;
      this.timers = this.timers.filter((x) => x !== due);
      due.fn();
    }
  }
}

export type Running = {
  url: string;
  ws: string;
  file: string;
  close(): Promise<void>;
  post<T>(path: string, body: unknown): Promise<{ status: number; body: T }>;
  get<T>(path: string, headers?: Record<string, string>): Promise<{ status: number; body: T }>;
};

export async function startServer(
  opts: {
    scenarios?: Scenario[];
    file?: string;
    clock?: ManualClock;
    /** Other stores than a fresh SQLite file (the PostgreSQL ones). */
    stores?: Pick<AppOptions, 'events' | 'sessions' | 'cluster'>;
  } & Partial<Omit<AppOptions, 'shelf'>> = {},
): Promise<Running> {
  const file = opts.file ?? join(tempDir(), 'test.sqlite');
  const stores = opts.stores ?? openSqlite(file);
  const clock = opts.clock ?? new ManualClock();
  const { app, hub } = await buildApp({
    ...stores,
    shelf: shelfOf(opts.scenarios ?? [mini()]),
    version: 'test',
    clock,
    limitClock: clock,
    host: '127.0.0.1',
    ...opts,
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  // As server/main.ts does: open sessions come back with their timers before anyone reconnects.
  await hub.warm();
  const address = app.server.address() as { port: number };
  const url = `http://127.0.0.1:${address.port}`;
  return http(url, file, async () => {
    await app.close();
    await stores.sessions.close();
  });
}

export function http(url: string, file: string, close: () => Promise<void>): Running {
  return {
    url,
    ws: `${url.replace('http', 'ws')}/ws`,
    file,
    close,
    post: async (path, body) => {
      const r = await fetch(url + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
      return { status: r.status, body: await r.json() };
    },
    get: async (path, headers = {}) => {
      const r = await fetch(url + path, { headers });
      return { status: r.status, body: await r.json() };
    },
  };
}

export async function createSession(server: Running, body: Partial<CreateSession> = {}): Promise<CreatedSession> {
  const r = await server.post<CreatedSession>('/api/sessions', {
    scenarioId: 'mini',
    language: 'nl',
    timerMode: 'off',
    decisionMode: 'facilitator',
    ...body,
  });
  if (r.status !== 201) throw new Error(`create failed: ${JSON.stringify(r.body)}`);
  return r.body;
}

export async function joinSession(server: Running, code: string, name: string, role: string): Promise<Joined> {
  const r = await server.post<Joined>('/api/join', { code, name, role });
  if (r.status !== 201) throw new Error(`join failed: ${JSON.stringify(r.body)}`);
  return r.body;
}

/** A raw protocol socket: send anything, read replies in order. */
export class RawSocket {
  readonly messages: Record<string, unknown>[] = [];
  private waiters: (() => void)[] = [];
  private constructor(readonly socket: WebSocket) {
    socket.on('message', (data) => {
      this.messages.push(JSON.parse(String(data)) as Record<string, unknown>);
      for (const w of this.waiters.splice(0)) w();
    });
  }
  static async open(url: string): Promise<RawSocket> {
    const socket = new WebSocket(url);
    await new Promise<void>((ok, fail) => {
      socket.once('open', () => ok());
      socket.once('error', fail);
    });
    return new RawSocket(socket);
  }
  send(message: unknown): void {
    this.socket.send(typeof message === 'string' ? message : JSON.stringify(message));
  }
  /** The first message not yet taken that matches (messages that do not match stay for later calls). */
  private taken = new Set<number>();
  async next(match: (m: Record<string, unknown>) => boolean = () => true, ms = 5000): Promise<Record<string, unknown>> {
    const deadline = Date.now() + ms;
    for (;;) {
      const i = this.messages.findIndex((m, i) => !this.taken.has(i) && match(m));
      if (i >= 0) {
        this.taken.add(i);
        return this.messages[i] as Record<string, unknown>;
      }
      if (Date.now() > deadline) throw new Error(`no matching message; got ${JSON.stringify(this.messages.slice(-5))}`);
      await new Promise<void>((ok) => {
        this.waiters.push(ok);
        setTimeout(ok, 50);
      });
    }
  }
  async hello(sessionId: string, secret: string, since = 0): Promise<Record<string, unknown>> {
    this.send({ v: 1, type: 'hello', sessionId, secret, since });
    return this.next((m) => m.type === 'welcome' || m.type === 'error');
  }
  /** Send a submission and wait for its ack or error. */
  async submit(id: string, event: Record<string, unknown>, expectedSeq?: number): Promise<Record<string, unknown>> {
    this.send({ v: 1, type: 'submit', id, event, ...(expectedSeq !== undefined ? { expectedSeq } : {}) });
    return this.next((m) => (m.type === 'ack' || m.type === 'error') && m.id === id);
  }
  close(): void {
    this.socket.close();
  }
}

/** A SessionClient over `ws`, reconnecting immediately (no sleeping on back-off in tests). */
export function client(server: { ws: string }, sessionId: string, secret: string, backoff = () => 20): SessionClient {
  return new SessionClient({
    url: server.ws,
    sessionId,
    secret,
    backoff,
    connect: (u) => new WebSocket(u) as unknown as SocketLike,
  });
}

/** Wait until the client's snapshot satisfies the condition. */
export function until(c: SessionClient, ok: (s: ClientSnapshot) => boolean, ms = 10_000): Promise<ClientSnapshot> {
  return new Promise((resolve, reject) => {
    if (ok(c.snapshot)) return resolve(c.snapshot);
    const timer = setTimeout(() => {
      off();
      reject(new Error(`timed out; status ${c.snapshot.status}, seq ${c.lastSeq}`));
    }, ms);
    const off = c.subscribe((s) => {
      if (ok(s)) {
        clearTimeout(timer);
        off();
        resolve(s);
      }
    });
  });
}
