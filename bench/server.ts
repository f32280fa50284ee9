// Session server benchmark: one session with 200 connected participants, time from the facilitator's lock to the last
// participant's copy of it, against a bare `ws` broadcast of the same payload to 200 sockets; and event append
// throughput (store alone, and the full pipeline with the engine) against a bare better-sqlite3 insert loop.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { WebSocket, WebSocketServer } from 'ws';
import { buildApp } from '../server/app.ts';
import { systemClock } from '../server/limits.ts';
import { systemServerClock } from '../server/room.ts';
import { shelfOf } from '../server/scenarios.ts';
import { openSqlite } from '../server/storage/sqlite.ts';
import { loadScenario } from '../src/engine/play/load.ts';
import type { CreatedSession, Joined } from '../src/net/protocol.ts';
import { type BenchContext, median, row, type Section } from './table.ts';

const PARTICIPANTS = 200;
const ROUNDS = 40;
const APPENDS = 3000;

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)] as number;

type Socket = { ws: WebSocket; waiting: ((data: string) => void) | null };

function open(url: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const s: Socket = { ws, waiting: null };
    ws.on('message', (d) => s.waiting?.(String(d)));
    ws.once('open', () => resolve(s));
    ws.once('error', reject);
  });
}

/** Resolves with the time (performance.now) at which `socket` receives a message that matches. */
const arrival = (s: Socket, match: (data: string) => boolean) =>
  new Promise<number>((resolve) => {
    s.waiting = (data) => {
      if (!match(data)) return;
      s.waiting = null;
      resolve(performance.now());
    };
  });

async function lockLatency(root: string, dir: string): Promise<{ server: number[]; payload: string }> {
  const text = readFileSync(join(root, 'tests/fixtures/mini.yaml'), 'utf8');
  const loaded = loadScenario(text);
  if (!loaded.ok) throw new Error('tests/fixtures/mini.yaml does not load');
  const stores = openSqlite(join(dir, 'latency.sqlite'));
  const { app } = await buildApp({
    ...stores,
    shelf: shelfOf([loaded.scenario]),
    version: 'bench',
    clock: systemServerClock,
    limitClock: systemClock,
    host: '127.0.0.1',
    messageRate: { burst: 10_000, perSecond: 10_000 },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;
  const post = async <T>(path: string, body: unknown) =>
    (await (
      await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) })
    ).json()) as T;
  const created = await post<CreatedSession>('/api/sessions', {
    scenarioId: 'mini',
    language: 'nl',
    timerMode: 'off',
    decisionMode: 'facilitator',
  });
  const ws = `${base.replace('http', 'ws')}/ws`;
  const hello = async (secret: string) => {
    const s = await open(ws);
    const welcomed = arrival(s, (d) => d.includes('"welcome"'));
    s.ws.send(JSON.stringify({ v: 1, type: 'hello', sessionId: created.sessionId, secret, since: 0 }));
    await welcomed;
    return s;
  };
  const people: Socket[] = [];
  for (let i = 0; i < PARTICIPANTS; i++) {
    const joined = await post<Joined>('/api/join', { code: created.code, name: `P${i}`, role: i % 2 ? 'ciso' : 'comms' });
    people.push(await hello(joined.secret));
  }
  const fac = await hello(created.tokens.facilitator);
  let seq = PARTICIPANTS;
  let n = 0;
  const command = async (event: object) => {
    const id = `b${++n}`;
    const acked = arrival(fac, (d) => d.includes(`"id":"${id}"`) && d.includes('"ack"'));
    fac.ws.send(JSON.stringify({ v: 1, type: 'submit', id, expectedSeq: seq, event }));
    await acked;
    seq++;
  };
  const everyone = (type: string) => Promise.all(people.map((p) => arrival(p, (d) => d.includes(`"type":"${type}"`))));
  let all = everyone('session.start');
  await command({ type: 'session.start' });
  await all;
  all = everyone('decision.open');
  await command({ type: 'decision.open' });
  await all;
  const samples: number[] = [];
  let payload = '';
  const first = people[0] as Socket;
  for (let r = 0; r < ROUNDS + 5; r++) {
    const arrived = everyone('decision.lock');
    const seen = first.waiting;
    // Keep a copy of the lock message as the participants got it: the bare broadcast sends exactly these bytes.
    first.waiting = (d) => {
      if (d.includes('"decision.lock"')) payload = d;
      seen?.(d);
    };
    const t0 = performance.now();
    await command({ type: 'decision.lock', optionId: 'patch', basis: 'facilitator' });
    const times = await arrived;
    if (r >= 5) samples.push(Math.max(...times) - t0);
    // Step back: the stage's decision opens again as a new round, ready for the next lock.
    const reopened = everyone('session.undo');
    await command({ type: 'session.undo' });
    await reopened;
  }
  for (const p of [...people, fac]) p.ws.close();
  await app.close();
  await stores.sessions.close();
  return { server: samples, payload };
}

/** The same payload sent by a bare `ws` server to 200 sockets: the floor any broadcast pays on this machine. */
async function bareBroadcast(payload: string): Promise<number[]> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((r) => wss.once('listening', () => r()));
  const url = `ws://127.0.0.1:${(wss.address() as { port: number }).port}`;
  const sockets: Socket[] = [];
  for (let i = 0; i < PARTICIPANTS; i++) sockets.push(await open(url));
  while (wss.clients.size < PARTICIPANTS) await new Promise((r) => setTimeout(r, 5));
  const samples: number[] = [];
  for (let r = 0; r < ROUNDS + 5; r++) {
    const arrived = Promise.all(sockets.map((s) => arrival(s, () => true)));
    const t0 = performance.now();
    for (const c of wss.clients) c.send(payload);
    const times = await arrived;
    if (r >= 5) samples.push(Math.max(...times) - t0);
  }
  for (const s of sockets) s.ws.close();
  await new Promise<void>((r) => wss.close(() => r()));
  return samples;
}

async function appendThroughput(dir: string): Promise<{ store: number; bare: number }> {
  const stores = openSqlite(join(dir, 'append.sqlite'));
  const body = (seq: number) => ({
    seq,
    type: 'note.add',
    at: new Date().toISOString(),
    id: `n${seq}`,
    text: 'Check the backups',
    author: 'F',
    visibility: 'room',
  });
  let t0 = performance.now();
  for (let seq = 1; seq <= APPENDS; seq++) {
    const r = await stores.events.append('bench', seq - 1, body(seq));
    if (!r.ok) throw new Error(`append ${seq} refused: ${r.reason}`);
  }
  const store = APPENDS / ((performance.now() - t0) / 1000);
  await stores.sessions.close();

  const db = new Database(join(dir, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec('create table events (session_id text not null, seq integer not null, body text not null, primary key (session_id, seq))');
  const insert = db.prepare('insert into events (session_id, seq, body) values (?, ?, ?)');
  t0 = performance.now();
  for (let seq = 1; seq <= APPENDS; seq++) insert.run('bench', seq, JSON.stringify(body(seq)));
  const bare = APPENDS / ((performance.now() - t0) / 1000);
  db.close();
  return { store, bare };
}

export async function run(ctx: BenchContext): Promise<Section> {
  const dir = mkdtempSync(join(tmpdir(), 'draaiboek-bench-server-'));
  try {
    const { server, payload } = await lockLatency(ctx.root, dir);
    const bare = await bareBroadcast(payload);
    const append = await appendThroughput(dir);
    return {
      name: 'server',
      baseline: `a bare ws server sending the same ${payload.length}-byte payload to ${PARTICIPANTS} sockets; a bare better-sqlite3 insert loop (WAL, one transaction per row)`,
      rows: [
        row(`lock → last of ${PARTICIPANTS} participants, median (ms)`, median(server), median(bare)),
        row(`lock → last of ${PARTICIPANTS} participants, p99 (ms)`, p99(server), p99(bare)),
        // Higher is better: the ratio says how much of the bare insert rate the transactional, checked append keeps.
        row(`event appends per second (${APPENDS})`, append.store, append.bare),
      ],
      notes: [
        `${ROUNDS} lock rounds after 5 warm-up rounds, clients in the same process; the lock goes through rights, the engine, the SQLite append, the ack and a redacted broadcast`,
      ],
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
