// National-exercise benchmark: 100 sessions × 15 participants spread over three server processes on PostgreSQL
// (fan-out by LISTEN/NOTIFY), time from each facilitator's lock to the last participant of that session holding it,
// against the same load on one process with SQLite, in the same run. All sessions lock at the same moment.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WebSocket } from 'ws';
import { postgresAvailable, startPostgres } from '../scripts/local-postgres.ts';
import { launchServer, type ServerProcess } from '../scripts/server-process.ts';
import { loadScenario } from '../src/engine/play/load.ts';
import type { CreatedSession, Joined } from '../src/net/protocol.ts';
import { type BenchContext, median, row, type Section } from './table.ts';

const SESSIONS = Number(process.env.BENCH_SESSIONS ?? 100);
const PEOPLE = 15;
const ROUNDS = 5;
const WARMUP = 1;

const p99 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.99) - 1)] as number;

type Socket = { ws: WebSocket; waiting: Set<(data: string) => void> };

function open(url: string): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const s: Socket = { ws, waiting: new Set() };
    ws.on('message', (d) => {
      for (const w of [...s.waiting]) w(String(d));
    });
    ws.once('open', () => resolve(s));
    ws.once('error', reject);
  });
}

const arrival = (s: Socket, match: (data: string) => boolean) =>
  new Promise<number>((resolve) => {
    const w = (data: string) => {
      if (!match(data)) return;
      s.waiting.delete(w);
      resolve(performance.now());
    };
    s.waiting.add(w);
  });

async function post<T>(base: string, path: string, body: unknown): Promise<T> {
  const r = await fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

async function hello(ws: string, sessionId: string, secret: string): Promise<Socket> {
  const s = await open(ws);
  const welcomed = arrival(s, (d) => d.includes('"welcome"'));
  s.ws.send(JSON.stringify({ v: 1, type: 'hello', sessionId, secret, since: 0 }));
  await welcomed;
  return s;
}

type Room = { fac: Socket; people: Socket[]; seq: number; n: number };

/** Seat every session: created on one process, its people joining and connecting through all of them in turn. */
async function seat(servers: ServerProcess[]): Promise<Room[]> {
  const rooms: Room[] = [];
  for (let i = 0; i < SESSIONS; i++) {
    const home = servers[i % servers.length] as ServerProcess;
    const created = await post<CreatedSession>(home.url, '/api/sessions', {
      scenarioId: 'mini',
      language: 'nl',
      timerMode: 'off',
      decisionMode: 'facilitator',
    });
    const people = await Promise.all(
      Array.from({ length: PEOPLE }, async (_, j) => {
        const via = servers[(i + j) % servers.length] as ServerProcess;
        const joined = await post<Joined>(via.url, '/api/join', { code: created.code, name: `P${j}`, role: j % 2 ? 'ciso' : 'comms' });
        return hello(via.ws, created.sessionId, joined.secret);
      }),
    );
    rooms.push({ fac: await hello(home.ws, created.sessionId, created.tokens.facilitator), people, seq: PEOPLE, n: 0 });
  }
  return rooms;
}

async function command(room: Room, event: object): Promise<void> {
  const id = `b${++room.n}`;
  const acked = arrival(room.fac, (d) => d.includes(`"id":"${id}"`));
  room.fac.ws.send(JSON.stringify({ v: 1, type: 'submit', id, expectedSeq: room.seq, event }));
  await acked;
  room.seq++;
}

const everyone = (room: Room, type: string) => Promise.all(room.people.map((p) => arrival(p, (d) => d.includes(`"type":"${type}"`))));

/** Every session locks at once; each sample is one session's lock → its last participant. */
async function lockLatency(servers: ServerProcess[]): Promise<number[]> {
  const rooms = await seat(servers);
  await Promise.all(
    rooms.map(async (room) => {
      const started = everyone(room, 'decision.open');
      await command(room, { type: 'session.start' });
      await command(room, { type: 'decision.open' });
      await started;
    }),
  );
  const samples: number[] = [];
  for (let r = 0; r < WARMUP + ROUNDS; r++) {
    const times = await Promise.all(
      rooms.map(async (room) => {
        const arrived = everyone(room, 'decision.lock');
        const t0 = performance.now();
        await command(room, { type: 'decision.lock', optionId: 'patch', basis: 'facilitator' });
        return Math.max(...(await arrived)) - t0;
      }),
    );
    if (r >= WARMUP) samples.push(...times);
    // Step back: the decision opens again as a new round, ready for the next lock.
    await Promise.all(
      rooms.map(async (room) => {
        const reopened = everyone(room, 'session.undo');
        await command(room, { type: 'session.undo' });
        await reopened;
      }),
    );
  }
  for (const room of rooms) for (const s of [room.fac, ...room.people]) s.ws.close();
  return samples;
}

export async function run(ctx: BenchContext): Promise<Section> {
  const bin = postgresAvailable();
  if (!bin) throw new Error('the scale benchmark needs PostgreSQL: sudo apt-get install -y postgresql');
  const dir = join(tmpdir(), `draaiboek-bench-scale-${process.pid}`);
  mkdirSync(join(dir, 'dist/scenarios'), { recursive: true });
  const loaded = loadScenario(readFileSync(join(ctx.root, 'tests/fixtures/mini.yaml'), 'utf8'));
  if (!loaded.ok) throw new Error('tests/fixtures/mini.yaml does not load');
  writeFileSync(join(dir, 'dist/scenarios/mini.json'), JSON.stringify(loaded.scenario));
  const common = { DRAAIBOEK_DIST: join(dir, 'dist'), HTTP_RATE_LIMIT: '100000', LOG_LEVEL: 'error' };
  const pg = await startPostgres(bin);
  let running: ServerProcess[] = [];
  try {
    const url = await pg.database();
    running = await Promise.all([0, 1, 2].map(() => launchServer({ ...common, DATABASE_URL: url })));
    const three = await lockLatency(running);
    await Promise.all(running.map((p) => p.kill()));
    running = [await launchServer({ ...common, DRAAIBOEK_DB: join(dir, 'one.sqlite') })];
    const one = await lockLatency(running);
    const load = `${SESSIONS} sessions × ${PEOPLE}`;
    return {
      name: 'scale',
      baseline: `the same ${load} participants on one process with SQLite`,
      rows: [
        row(`lock → last participant, ${load} over 3 processes on PostgreSQL, median (ms)`, median(three), median(one)),
        row(`lock → last participant, ${load} over 3 processes on PostgreSQL, p99 (ms)`, p99(three), p99(one)),
      ],
      notes: [
        `${ROUNDS} rounds after ${WARMUP} warm-up, every session locking at the same moment; participants of a session connect to all three processes in turn, the facilitator to the session's home process; clients run in the bench process, on the same machine as the servers and PostgreSQL`,
      ],
    };
  } finally {
    await Promise.all(running.map((p) => p.kill()));
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}
