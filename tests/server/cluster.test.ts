// @vitest-environment node
// Three server processes on one real PostgreSQL, the people of one session spread over them: every vote and lock
// reaches everyone, whichever process took it. Then one process is killed with SIGKILL in the middle of a vote: its
// clients move to the others (named in the welcome), nothing acknowledged is lost and nothing is counted twice. At
// the end the facilitator forks the session on one process, and the screens on another follow the room to the fork.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Postgres, postgresAvailable, startPostgres } from '../../scripts/local-postgres';
import { launchServer, type ServerProcess } from '../../scripts/server-process';
import { forkPoints } from '../../src/engine/play/fork';
import type { Live } from '../../src/engine/play/session';
import { tallyOf } from '../../src/engine/play/tally';
import type { CreatedSession, Joined } from '../../src/net/protocol';
import { createConnectedStore } from '../../src/store/connected';
import { caughtUp, playRound, type Seat, type Table, viewOf, waitFor } from './drive';
import { client, createSession, http, mini, RawSocket, type Running, removeTemps, tempDir } from './support';

const bin = postgresAvailable();
let pg: Postgres | null = null;
const children: ServerProcess[] = [];
let table: Table | null = null;

beforeAll(async () => {
  if (bin) pg = await startPostgres(bin);
}, 120_000);
afterAll(async () => {
  table?.closeAll();
  await Promise.all(children.map((c) => c.kill()));
  await pg?.stop();
  removeTemps();
});

type Process = Running & ServerProcess;

/** A server process on the database, with the test helpers' HTTP calls. */
async function launch(dir: string, databaseUrl: string): Promise<Process> {
  const p = await launchServer({ DATABASE_URL: databaseUrl, DRAAIBOEK_DIST: join(dir, 'dist') });
  children.push(p);
  return { ...http(p.url, databaseUrl, async () => undefined), ...p };
}

describe.runIf(bin)('three server processes on PostgreSQL', () => {
  it('serve one session together and lose nothing when one is killed mid-vote', { timeout: 180_000 }, async () => {
    const s = mini();
    const dir = tempDir();
    mkdirSync(join(dir, 'dist/scenarios'), { recursive: true });
    writeFileSync(join(dir, 'dist/scenarios/mini.json'), JSON.stringify(s));
    const url = await (pg as Postgres).database();
    const [a, b, c] = (await Promise.all([launch(dir, url), launch(dir, url), launch(dir, url)])) as [Process, Process, Process];
    expect((await a.get<{ store: string }>('/api/health')).body.store).toBe('postgres');

    // Created on A; each person joins through a different process and stays connected to it.
    const created = await createSession(a, { decisionMode: 'majority' });
    const people: [string, string, Process][] = [
      ['Anna', 'ciso', b],
      ['Bram', 'comms', c],
      ['Chris', 'comms', b],
    ];
    const seats: Seat[] = [];
    for (const [name, role, server] of people) {
      const r = await server.post<Joined>('/api/join', { code: created.code, name, role });
      expect(r.status).toBe(201);
      const cl = client(server, created.sessionId, r.body.secret);
      seats.push({ name, role, participantId: r.body.participantId, client: cl, store: createConnectedStore(cl, s) });
    }
    const facilitator = createConnectedStore(client(a, created.sessionId, created.tokens.facilitator), s);
    const t: Table = {
      sessionId: created.sessionId,
      code: created.code,
      created,
      facilitator,
      seats,
      closeAll: () => {
        facilitator.getState().close();
        for (const x of seats) x.store.getState().close();
      },
    };
    table = t;
    const all = [facilitator, ...seats.map((x) => x.store)];
    await caughtUp(all, 3);

    // The welcome names the other two processes, so a client that loses its own knows where to go.
    const raw = await RawSocket.open(b.ws);
    const welcome = await raw.hello(created.sessionId, created.tokens.observer);
    expect([...(welcome.servers as string[])].sort()).toEqual([a.ws, c.ws].sort());
    raw.close();

    // A whole round over three processes: votes taken on B and C, the lock on A, seen by everyone.
    const start = await facilitator.getState().command({ type: 'session.start' });
    await caughtUp(all, (start as { seq: number }).seq);
    expect(await playRound(s, t, 'majority')).toBe('patch');
    for (const st of all) expect(viewOf(s, st).place).toBe(viewOf(s, facilitator).place);
    expect(viewOf(s, facilitator).place).not.toBe('warning');

    // The next round: two votes acknowledged (Anna on B, Bram on C), then B dies before Chris (on B) votes.
    const open = await facilitator.getState().command({ type: 'decision.open' });
    expect(open).toMatchObject({ ok: true });
    const round = (open as { seq: number }).seq;
    await caughtUp(all, round);
    const [anna, bram, chris] = seats as [Seat, Seat, Seat];
    const options = viewOf(s, facilitator)
      .options.filter((o) => o.available && !o.noDecision)
      .map((o) => o.id);
    const [yes, no] = options as [string, string];
    const annaVote = { type: 'vote.cast', optionId: yes, confidence: 4, round };
    const acked = [open, await anna.store.getState().send(annaVote), await bram.store.getState().send({ ...annaVote, optionId: no })];
    for (const r of acked) expect(r).toMatchObject({ ok: true });
    const annaId = anna.store.getState().outbox.find((o) => o.event.type === 'vote.cast' && o.seq === (acked[1] as { seq: number }).seq)
      ?.id as string;

    await b.kill();
    const chrisVote = chris.store.getState().send({ ...annaVote, confidence: 5 });
    // Anna and Chris find another process by themselves and resync from their last seq; Chris's vote goes through.
    expect(await chrisVote).toMatchObject({ ok: true });
    await waitFor(anna.store, (st) => st.status === 'open');
    // A resend of Anna's vote with its id (an ack lost with B) is acknowledged with the same seq, not counted again.
    const annaSeq = (acked[1] as { seq: number }).seq;
    expect(await anna.client.submit(annaVote, { id: annaId })).toEqual({ ok: true, seq: annaSeq });

    const chrisSeq = ((await chrisVote) as { seq: number }).seq;
    await caughtUp(all, chrisSeq);
    for (const st of all) {
      const tally = tallyOf(round, st.getState().live?.votes ?? new Map(), options);
      expect(tally.total).toBe(3);
      expect(tally.leader).toBe(yes);
    }

    // The lock on A reaches everyone, on A and C; the session plays on to its end.
    const lock = await facilitator.getState().command({ type: 'decision.lock', optionId: yes, basis: 'majority' });
    await caughtUp(all, (lock as { seq: number }).seq);
    while (!viewOf(s, facilitator).done) await playRound(s, t, 'majority');
    for (const x of seats) expect(viewOf(s, x.store).done).toBe(true);

    // The stored log: seqs 1…n without gaps, every acknowledged event in it, each client id once.
    const saved = await c.get<{ events: { seq: number; id?: string; type: string }[] }>(`/api/sessions/${t.sessionId}/save`, {
      authorization: `Bearer ${created.tokens.facilitator}`,
    });
    const log = saved.body.events;
    expect(log.map((e) => e.seq)).toEqual(log.map((_, i) => i + 1));
    for (const r of [...acked, await chrisVote]) expect(log.some((e) => e.seq === (r as { seq: number }).seq)).toBe(true);
    const ids = log.flatMap((e) => (e.id ? [e.id] : []));
    expect(new Set(ids).size).toBe(ids.length);
    expect(log.filter((e) => e.id === annaId)).toHaveLength(1);
    for (const st of all) expect(st.getState().seq).toBe(log.length);

    // What if, for the whole room: the facilitator on A forks the ended session, and the screens on C follow it too,
    // each with a key of its own that C accepts.
    const observer = await RawSocket.open(c.ws);
    expect(await observer.hello(t.sessionId, created.tokens.observer)).toMatchObject({ type: 'welcome' });
    const end = await facilitator.getState().command({ type: 'session.end' });
    await caughtUp(all, (end as { seq: number }).seq);
    const point = forkPoints(s, facilitator.getState().live as Live).find((p) => p.alternatives.some((x) => x.available));
    const alternative = point?.alternatives.find((x) => x.available);
    if (!point || !alternative) throw new Error('no decision to fork at');
    const forked = await fetch(`${a.url}/api/sessions/${t.sessionId}/fork`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${created.tokens.facilitator}` },
      body: JSON.stringify({ seq: point.seq, optionId: alternative.id }),
    });
    expect(forked.status).toBe(201);
    const fork = (await forked.json()) as CreatedSession;
    const watching = (await observer.next((m) => m.type === 'moved')) as { sessionId: string; secret: string };
    expect(watching.sessionId).toBe(fork.sessionId);
    observer.close();
    const again = await RawSocket.open(c.ws);
    expect(await again.hello(fork.sessionId, watching.secret)).toMatchObject({ type: 'welcome', viewer: { kind: 'observer' } });
    again.close();
    for (const seat of seats) {
      await waitFor(seat.store, (st) => st.moved !== null);
      const moved = seat.store.getState().moved;
      expect(moved?.sessionId).toBe(fork.sessionId);
      const there = createConnectedStore(client(c, fork.sessionId, moved?.secret as string), s);
      await waitFor(there, (st) => st.live !== null && st.status === 'open');
      expect(there.getState().viewer).toMatchObject({ kind: 'participant', participantId: seat.participantId });
      there.getState().close();
    }
  });
});
