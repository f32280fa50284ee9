// @vitest-environment node
// The storage contract, run against both stores: a real SQLite file and a real PostgreSQL (see postgres.ts). Appends
// in order or not at all, client ids once per session, one namespace of join codes for sessions and courses, only
// hashes of tokens. Then what only PostgreSQL does: two processes racing for one seq, news of appends, live processes.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Postgres, postgresAvailable, startPostgres } from '../../scripts/local-postgres';
import { hashSecret, newJoinCode } from '../../server/secrets';
import { openPostgres } from '../../server/storage/postgres';
import { openSqlite } from '../../server/storage/sqlite';
import type { EventStore, SessionStore } from '../../server/storage/types';
import { pruneUploads } from '../../server/uploads';
import { removeTemps, tempDir } from './support';

afterAll(removeTemps);

const note = (seq: number, id?: string) => ({ seq, type: 'note.add', at: '2026-03-02T09:00:00.000Z', text: 't', ...(id ? { id } : {}) });
const header = (id: string, code: string) => ({
  id,
  code,
  createdAt: '2026-03-02T09:00:00.000Z',
  endedAt: null,
  save: { format: 2 },
  language: 'nl' as const,
});

type Opened = { events: EventStore; sessions: SessionStore; tokenRows(): Promise<unknown[]> };

const bin = postgresAvailable();
let cluster: Postgres | null = null;
beforeAll(async () => {
  if (bin) cluster = await startPostgres(bin);
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});

const stores: [string, () => Promise<Opened>][] = [
  [
    'SQLite',
    async () => {
      const { events, sessions, db } = openSqlite(join(tempDir(), 'contract.sqlite'));
      return { events, sessions, tokenRows: async () => db.prepare('select * from tokens').all() };
    },
  ],
];
if (bin)
  stores.push([
    'PostgreSQL',
    async () => {
      const { events, sessions, pool } = await openPostgres(await (cluster as Postgres).database());
      return { events, sessions, tokenRows: async () => (await pool.query('select * from tokens')).rows };
    },
  ]);

describe.each(stores)('the %s stores', (_name, open) => {
  it('appends only at the expected seq and reads back what came after a seq', async () => {
    const { events, sessions } = await open();
    expect(await events.append('s1', 0, note(1))).toEqual({ ok: true });
    expect(await events.append('s1', 0, note(1))).toEqual({ ok: false, reason: 'conflict', lastSeq: 1 });
    expect(await events.append('s1', 1, note(3))).toEqual({ ok: false, reason: 'conflict', lastSeq: 1 });
    expect(await events.append('s1', 1, note(2))).toEqual({ ok: true });
    expect(await events.append('s2', 0, note(1))).toEqual({ ok: true });
    expect((await events.readSince('s1', 1)).map((e) => e.seq)).toEqual([2]);
    expect(await events.readSince('s1', 0)).toEqual([note(1), note(2)]);
    expect(await events.lastSeq('s1')).toBe(2);
    expect(await events.lastSeq('nobody')).toBe(0);
    await sessions.close();
  });

  it('keeps a client id once per session and hands back the earlier event', async () => {
    const { events, sessions } = await open();
    await events.append('s1', 0, note(1, 'vote-1'));
    expect(await events.append('s1', 1, note(2, 'vote-1'))).toEqual({ ok: false, reason: 'duplicate', existing: note(1, 'vote-1') });
    expect(await events.append('s2', 0, note(1, 'vote-1'))).toEqual({ ok: true });
    expect(await events.findByClientId('s1', 'vote-1')).toEqual(note(1, 'vote-1'));
    expect(await events.findByClientId('s1', 'vote-2')).toBeUndefined();
    await sessions.close();
  });

  it('gives sessions and courses one namespace of join codes', async () => {
    const { sessions } = await open();
    expect(await sessions.createSession(header('s1', 'ACDEFG'))).toBe(true);
    expect(await sessions.createCourse({ id: 'c1', code: 'ACDEFG', data: {}, createdAt: '2026-03-02T09:00:00.000Z' })).toBe(false);
    expect(await sessions.createCourse({ id: 'c1', code: 'HJKMNP', data: { teams: 3 }, createdAt: '2026-03-02T09:00:00.000Z' })).toBe(true);
    expect(await sessions.createSession(header('s2', 'HJKMNP'))).toBe(false);
    expect(await sessions.findCode('HJKMNP')).toEqual({ kind: 'course', id: 'c1' });
    expect(await sessions.findCourse('c1')).toMatchObject({ data: { teams: 3 } });
    expect(await sessions.findSession('s2')).toBeUndefined();
    expect(await sessions.findSession('s1')).toEqual(header('s1', 'ACDEFG'));
    await sessions.markEnded('s1', '2026-03-02T11:00:00.000Z');
    expect(await sessions.listSessions({ open: true })).toEqual([]);
    expect(await sessions.listSessions()).toEqual([{ ...header('s1', 'ACDEFG'), endedAt: '2026-03-02T11:00:00.000Z' }]);
    await sessions.close();
  });

  it('keeps a course’s teams in the order they were added, each session in one course only', async () => {
    const { sessions } = await open();
    await sessions.createCourse({ id: 'c1', code: 'QRTUVW', data: { name: 'Course' }, createdAt: '2026-03-02T09:00:00.000Z' });
    const team = (sessionId: string, name: string) => ({ courseId: 'c1', sessionId, data: { name }, addedAt: '2026-03-02T09:00:00.000Z' });
    expect(await Promise.all([sessions.addTeam(team('s1', 'A')), sessions.addTeam(team('s2', 'B'))])).toEqual(
      expect.arrayContaining([1, 2]),
    );
    expect(await sessions.addTeam(team('s3', 'C'))).toBe(3);
    await expect(sessions.addTeam(team('s3', 'again'))).rejects.toThrow();
    expect((await sessions.listTeams('c1')).map((t) => [t.position, t.sessionId])).toEqual([
      [1, expect.any(String)],
      [2, expect.any(String)],
      [3, 's3'],
    ]);
    expect(await sessions.findTeam('s3')).toEqual({ ...team('s3', 'C'), position: 3 });
    expect(await sessions.findTeam('nobody')).toBeUndefined();
    expect(await sessions.listTeams('c2')).toEqual([]);
    await sessions.addToken(hashSecret('c'.repeat(43)), { sessionId: 'c1', kind: 'course', participantId: null });
    expect(await sessions.findToken(hashSecret('c'.repeat(43)))).toEqual({ sessionId: 'c1', kind: 'course', participantId: null });
    await sessions.close();
  });

  it('finds a token by its hash and keeps uploaded scenarios by content hash', async () => {
    const { sessions, tokenRows } = await open();
    await sessions.addToken(hashSecret('k'.repeat(43)), { sessionId: 's1', kind: 'observer', participantId: null });
    expect(await sessions.findToken(hashSecret('k'.repeat(43)))).toEqual({ sessionId: 's1', kind: 'observer', participantId: null });
    expect(await sessions.findToken(hashSecret('x'.repeat(43)))).toBeUndefined();
    expect(JSON.stringify(await tokenRows())).not.toContain('k'.repeat(43));
    const scenario = { hash: 'h1', id: 'mini', version: 1, body: { id: 'mini' }, uploadedAt: '2026-03-02T09:00:00.000Z' };
    await sessions.saveScenario(scenario);
    // The same content again (same hash): one copy, with the later upload time, so it counts as recently used.
    await sessions.saveScenario({ ...scenario, body: { id: 'other' }, uploadedAt: '2026-04-01T09:00:00.000Z' });
    await sessions.saveScenario({ ...scenario, uploadedAt: '2026-01-01T09:00:00.000Z' });
    expect(await sessions.findScenario('h1')).toEqual({ ...scenario, uploadedAt: '2026-04-01T09:00:00.000Z' });
    await sessions.close();
  });

  it('removes old uploads that no session was made from, and keeps the rest', async () => {
    const { sessions } = await open();
    const upload = (hash: string, uploadedAt: string) => ({ hash, id: `own-${hash}`, version: 1, body: { id: hash }, uploadedAt });
    await sessions.saveScenario(upload('used', '2026-01-01T09:00:00.000Z'));
    await sessions.saveScenario(upload('unused', '2026-01-01T09:00:00.000Z'));
    await sessions.saveScenario(upload('recent', '2026-03-01T09:00:00.000Z'));
    await sessions.createSession({
      ...header('s1', 'ACDEFG'),
      save: { format: 2, scenario: { id: 'own-used', version: 1, hash: 'used' } },
    });
    await sessions.createSession(header('s2', 'HJKLMN'));
    expect(await sessions.pruneScenarios('2026-02-01T00:00:00.000Z')).toEqual(['unused']);
    expect(await sessions.findScenario('unused')).toBeUndefined();
    expect((await sessions.findScenario('used'))?.id).toBe('own-used');
    expect((await sessions.findScenario('recent'))?.id).toBe('own-recent');
    expect(await sessions.pruneScenarios('2026-02-01T00:00:00.000Z')).toEqual([]);
    await sessions.close();
  });

  it('removes unused uploads after the retention days counted from now, and none when retention is off', async () => {
    const { sessions } = await open();
    await sessions.saveScenario({ hash: 'h', id: 'own', version: 1, body: { id: 'own' }, uploadedAt: '2026-03-01T09:00:00.000Z' });
    const day = 86_400_000;
    const uploaded = Date.parse('2026-03-01T09:00:00.000Z');
    expect(await pruneUploads(sessions, uploaded + 29 * day, 30)).toEqual([]);
    expect(await pruneUploads(sessions, uploaded + 365 * day, 0)).toEqual([]);
    expect(await pruneUploads(sessions, uploaded + 31 * day, 30)).toEqual(['h']);
    await sessions.close();
  });
});

describe('the SQLite file', () => {
  it('is created with its folder on first start, in WAL mode', () => {
    const file = join(tempDir(), 'nested/data/draaiboek.sqlite');
    const { db } = openSqlite(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });
});

describe.runIf(bin)('PostgreSQL shared by several processes', () => {
  it('lets exactly one of two processes append event N when both try at once', async () => {
    const url = await (cluster as Postgres).database();
    const [a, b] = await Promise.all([openPostgres(url), openPostgres(url)]);
    for (let n = 0; n < 20; n++) {
      const results = await Promise.all([a.events.append('s1', n, note(n + 1, `a${n}`)), b.events.append('s1', n, note(n + 1, `b${n}`))]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.find((r) => !r.ok)).toEqual({ ok: false, reason: 'conflict', lastSeq: n + 1 });
    }
    expect((await a.events.readSince('s1', 0)).map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    await Promise.all([a.sessions.close(), b.sessions.close()]);
  });

  it('tells every process of each committed append, with session id, seq and the event when it fits', async () => {
    const url = await (cluster as Postgres).database();
    const [a, b] = await Promise.all([openPostgres(url), openPostgres(url)]);
    const heard: string[] = [];
    const bodies: unknown[] = [];
    const got = new Promise<void>((resolve) =>
      b.cluster.onAppend((sessionId, seq, event) => {
        heard.push(`${sessionId}#${seq}`);
        bodies.push(event);
        if (heard.length === 3) resolve();
      }),
    );
    await a.events.append('s1', 0, note(1));
    await a.events.append('s1', 0, note(1)); // refused: no news
    await a.events.append('s2', 0, note(1));
    // Too large for a NOTIFY payload: the news carries only where to read it.
    const large = { ...note(2), text: 'x'.repeat(9000) };
    await a.events.append('s2', 1, large);
    await got;
    expect(heard).toEqual(['s1#1', 's2#1', 's2#2']);
    expect(bodies.slice(0, 2)).toEqual([note(1), note(1)]);
    expect(bodies[2]).toBeUndefined();
    expect((await b.events.readSince('s2', 1))[0]).toEqual(large);
    await Promise.all([a.sessions.close(), b.sessions.close()]);
  });

  it('lists the other live processes, not itself, and forgets one that stops', async () => {
    const url = await (cluster as Postgres).database();
    const [a, b] = await Promise.all([openPostgres(url), openPostgres(url)]);
    await a.cluster.announce('ws://10.0.0.1:4173/ws');
    await b.cluster.announce('ws://10.0.0.2:4173/ws');
    await expect.poll(() => a.cluster.peers()).toEqual(['ws://10.0.0.2:4173/ws']);
    expect(await b.cluster.peers()).toEqual(['ws://10.0.0.1:4173/ws']);
    await b.sessions.close();
    expect(await a.cluster.peers()).toEqual([]);
    await a.sessions.close();
  });

  it('catches up after its listening connection is cut', async () => {
    const url = await (cluster as Postgres).database();
    const a = await openPostgres(url, { relistenMs: () => 10 });
    let missed = 0;
    const back = new Promise<void>((resolve) =>
      a.cluster.onMissed(() => {
        missed++;
        resolve();
      }),
    );
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query("select pg_terminate_backend(pid) from pg_stat_activity where query like 'listen draaiboek_events%'");
    await admin.end();
    await back;
    expect(missed).toBe(1);
    await a.sessions.close();
  });

  it('refuses to start on a database it cannot reach, saying so', async () => {
    await expect(openPostgres('postgres://postgres@127.0.0.1:1/none')).rejects.toThrow(/ECONNREFUSED|connect/);
  });
});

describe('join codes', () => {
  it('are 6 characters from an alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
  });
});
