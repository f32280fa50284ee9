// @vitest-environment node
// The server process is killed with SIGKILL in the middle of a vote and started again on the same SQLite file:
// the clients reconnect by themselves and finish; every acknowledged event is still there, none is counted twice.
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, afterEach, expect, it } from 'vitest';
import { tallyOf } from '../../src/engine/play/tally';
import { caughtUp, playRound, seatTable, type Table, viewOf, waitFor } from './drive';
import { http, mini, type Running, removeTemps, root, tempDir } from './support';

let child: ChildProcess | null = null;
let table: Table | null = null;
afterEach(() => {
  table?.closeAll();
  child?.kill('SIGKILL');
});
afterAll(removeTemps);

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** Start `server/main.ts` as its own process (as `npm start` does after the build) and wait until it answers. */
async function launch(dir: string, port: number): Promise<Running> {
  child = spawn(process.execPath, ['--import', 'tsx', join(root, 'server/main.ts')], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DRAAIBOEK_DB: join(dir, 'db.sqlite'),
      DRAAIBOEK_DIST: join(dir, 'dist'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += String(d);
  });
  child.stderr?.on('data', (d) => {
    output += String(d);
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${url}/api/health`);
      if (r.ok) return http(url, join(dir, 'db.sqlite'), async () => undefined);
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not start: ${output}`);
}

const kill = (c: ChildProcess) =>
  new Promise<void>((resolve) => {
    c.once('exit', () => resolve());
    c.kill('SIGKILL');
  });

it('loses no acknowledged event and counts no vote twice when the server is killed mid-vote', { timeout: 90_000 }, async () => {
  const s = mini();
  const dir = tempDir();
  mkdirSync(join(dir, 'dist/scenarios'), { recursive: true });
  writeFileSync(join(dir, 'dist/scenarios/mini.json'), JSON.stringify(s));
  const port = await freePort();
  let server = await launch(dir, port);
  const health = await server.get<{ app: string; store: string }>('/api/health');
  expect(health.body).toMatchObject({ app: 'draaiboek', store: 'sqlite' });

  const t = await seatTable(server, s, { decisionMode: 'majority' });
  table = t;
  const all = [t.facilitator, ...t.seats.map((x) => x.store)];
  await caughtUp(all, 3);
  const start = await t.facilitator.getState().command({ type: 'session.start' });
  const open = await t.facilitator.getState().command({ type: 'decision.open' });
  expect(open).toMatchObject({ ok: true });
  const round = (open as { seq: number }).seq;
  await caughtUp(all, round);
  const [anna, bram, chris] = t.seats as [Table['seats'][0], Table['seats'][0], Table['seats'][0]];
  const annaVote = { type: 'vote.cast', optionId: 'patch', confidence: 4, round };
  const acked = [
    start,
    open,
    await anna.store.getState().send(annaVote),
    await bram.store.getState().send({ ...annaVote, optionId: 'wait', confidence: 2 }),
  ];
  for (const a of acked) expect(a).toMatchObject({ ok: true });
  const annaId = anna.store.getState().outbox[0]?.id as string;

  await kill(child as ChildProcess);
  // During the outage Chris votes: the vote waits in the outbox until the server is back.
  const chrisVote = chris.store.getState().send({ ...annaVote, optionId: 'patch', confidence: 5 });
  await waitFor(chris.store, (st) => st.status !== 'open');
  expect(chris.store.getState().outbox.at(-1)?.status).toBe('queued');

  server = await launch(dir, port);
  expect(await chrisVote).toMatchObject({ ok: true });
  // A resend of Anna's vote with its id (a lost ack) is acknowledged with the same seq, not counted again.
  const first = acked[2] as { seq: number };
  expect(await anna.client.submit(annaVote, { id: annaId })).toEqual({ ok: true, seq: first.seq });

  const saved = await server.get<{ events: { seq: number; id?: string; type: string }[] }>(`/api/sessions/${t.sessionId}/save`, {
    authorization: `Bearer ${t.created.tokens.facilitator}`,
  });
  const log = saved.body.events;
  for (const a of acked) expect(log.some((e) => e.seq === (a as { seq: number }).seq)).toBe(true);
  expect(log.filter((e) => e.id === annaId)).toHaveLength(1);
  await caughtUp(all, log.length);
  const live = t.facilitator.getState().live;
  const tally = tallyOf(round, live?.votes ?? new Map(), ['patch', 'wait']);
  expect(tally.total).toBe(3);
  expect(tally.leader).toBe('patch');

  // The room carries on to the end on the restarted server.
  await caughtUp(
    all,
    ((await t.facilitator.getState().command({ type: 'decision.lock', optionId: 'patch', basis: 'majority' })) as { seq: number }).seq,
  );
  while (!viewOf(s, t.facilitator).done) await playRound(s, t, 'majority');
  expect(viewOf(s, chris.store).done).toBe(true);
});
