// @vitest-environment node
// A facilitator uploads their own scenario to the session server: the server checks it with the same checker as the
// browser and the CLI, refuses a bad file with each error's line and field and keeps nothing, keeps a good one in the
// header store (SQLite and PostgreSQL alike), and a session of it is played to an ending, comes back after a restart,
// and exports with the scenario embedded so the file replays in the engine.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Postgres, postgresAvailable, startPostgres } from '../../scripts/local-postgres';
import type { AppOptions } from '../../server/app';
import { openPostgres } from '../../server/storage/postgres';
import { openSqlite } from '../../server/storage/sqlite';
import { checkUpload } from '../../src/engine/analyse/check-upload';
import { parseSave } from '../../src/engine/play/save';
import { Scenario } from '../../src/engine/play/schema';
import { gameOf, replay } from '../../src/engine/play/session';
import type { UploadedScenario, UploadRefused } from '../../src/net/protocol';
import { hostileFiles } from '../fixtures/hostile';
import { playToEnd, seatTable, viewOf } from './drive';
import { ManualClock, type Running, removeTemps, startServer, tempDir } from './support';

const example = readFileSync(resolve(import.meta.dirname, '../../docs/example-scenario.yaml'), 'utf8');
/** The example with one mistake on a known line: a stage that leads to a stage that does not exist. */
const broken = example.replace('next: supplier', 'next: supplier_typo');
const brokenLine = broken.split('\n').findIndex((l) => l.includes('supplier_typo')) + 1;

async function upload(server: Running, text: string, type = 'text/plain; charset=utf-8') {
  const r = await fetch(`${server.url}/api/scenarios`, { method: 'POST', headers: { 'content-type': type }, body: text });
  return { status: r.status, body: (await r.json()) as UploadedScenario & UploadRefused };
}

const bin = postgresAvailable();
let pgCluster: Postgres | null = null;
beforeAll(async () => {
  if (bin) pgCluster = await startPostgres(bin);
}, 120_000);
afterAll(async () => {
  await pgCluster?.stop();
  removeTemps();
});

type Stores = Pick<AppOptions, 'events' | 'sessions' | 'cluster'> & { count(): Promise<number> };
const kinds: [string, () => Promise<Stores>][] = [
  [
    'SQLite',
    async () => {
      const s = openSqlite(resolve(tempDir(), 'upload.sqlite'));
      return { ...s, count: async () => (s.db.prepare('select count(*) as n from scenarios').get() as { n: number }).n };
    },
  ],
];
if (bin)
  kinds.push([
    'PostgreSQL',
    async () => {
      const s = await openPostgres(await (pgCluster as Postgres).database());
      return {
        ...s,
        count: async () => Number((await s.pool.query('select count(*) as n from scenarios')).rows[0].n),
      };
    },
  ]);

describe.each(kinds)('uploading a scenario (%s)', (_name, open) => {
  it('refuses a bad file with each error’s line and field and keeps nothing', async () => {
    const stores = await open();
    const server = await startServer({ stores });
    try {
      const r = await upload(server, broken);
      expect(r.status).toBe(422);
      expect(r.body.error).toMatch(/refused: 1 problem/);
      expect(r.body.findings).toEqual([
        expect.objectContaining({
          line: brokenLine,
          path: '/stages/0/decision/options/0/next',
          message: 'unknown stage or ending "supplier_typo"',
        }),
      ]);
      expect(await stores.count()).toBe(0);
      // A session cannot be made of it either.
      const created = await server.post('/api/sessions', {
        scenarioId: 'example-supplier-account',
        scenarioHash: '0123456789abcdef',
        language: 'nl',
        timerMode: 'off',
        decisionMode: 'facilitator',
      });
      expect(created.status).toBe(404);
    } finally {
      await server.close();
    }
  });

  it('keeps a good file; its session is played to an ending, and its export embeds the scenario and replays', async () => {
    const stores = await open();
    const server = await startServer({ stores });
    const table = { current: null as Awaited<ReturnType<typeof seatTable>> | null };
    try {
      const r = await upload(server, example);
      expect(r.status).toBe(201);
      expect(r.body.entry.id).toBe('example-supplier-account');
      expect(r.body.hash).toMatch(/^[0-9a-f]{16}$/);
      expect(await stores.count()).toBe(1);
      // Uploading the same file again keeps one copy.
      expect((await upload(server, example)).body.hash).toBe(r.body.hash);
      expect(await stores.count()).toBe(1);

      // Every screen of the session gets the scenario from the server, with its own key.
      const checked = checkUpload(example);
      if (!checked.ok) throw new Error('the example does not pass the checker');
      const scenario = checked.scenario;
      table.current = await seatTable(server, scenario, { decisionMode: 'majority', scenarioHash: r.body.hash });
      const t = table.current;
      const fromServer = await server.get<unknown>(`/api/sessions/${t.sessionId}/scenario`, {
        authorization: `Bearer ${t.created.tokens.projector}`,
      });
      expect(fromServer.status).toBe(200);
      expect(Scenario.parse(fromServer.body)).toEqual(scenario);
      expect((await server.get(`/api/sessions/${t.sessionId}/scenario`)).status).toBe(401);

      await playToEnd(scenario, t, 'majority');
      expect(viewOf(scenario, t.seats[0]?.store as never).ending).toBeDefined();

      const exported = await server.get<Record<string, unknown>>(`/api/sessions/${t.sessionId}/save`, {
        authorization: `Bearer ${t.created.tokens.facilitator}`,
      });
      expect(exported.status).toBe(200);
      const parsed = parseSave(JSON.stringify(exported.body));
      if (!parsed.ok) throw new Error(parsed.message);
      const embedded = Scenario.parse(parsed.session.embeddedScenario);
      expect(embedded.id).toBe('example-supplier-account');
      const replayed = replay(embedded, parsed.session);
      if (!replayed.ok) throw new Error(replayed.reason.message);
      expect(gameOf(replayed.live).done).toBe(true);
      expect(gameOf(replayed.live).place).toBe(viewOf(scenario, t.facilitator).place);
    } finally {
      table.current?.closeAll();
      await server.close();
    }
  });
});

describe('the upload route', () => {
  it('refuses a file over 2 MB in the checker’s words, and too many uploads from one device', async () => {
    const clock = new ManualClock();
    const server = await startServer({ clock, uploadRate: { burst: 1, perSecond: 0.1 } });
    try {
      const big = await upload(server, `# ${'x'.repeat(2 * 1024 * 1024)}\n${example}`);
      expect(big.status).toBe(413);
      expect(big.body.findings[0]?.message).toMatch(/a scenario file may be at most 2.0 MB/);
      expect((await upload(server, 'id: [unclosed')).status).toBe(422);
      expect((await upload(server, 'id: [unclosed')).status).toBe(429);
      clock.advance(10_000);
      expect((await upload(server, 'id: [unclosed')).status).toBe(422);
    } finally {
      await server.close();
    }
  });

  it('refuses a scenario with a built-in id, and a body that is not a file', async () => {
    const server = await startServer();
    try {
      const mini = readFileSync(resolve(import.meta.dirname, '../fixtures/mini.yaml'), 'utf8');
      const taken = await upload(server, mini);
      expect(taken.status).toBe(422);
      expect(taken.body.error).toMatch(/id: "mini" is a scenario of this server/);
      const json = await server.post<{ error: string }>('/api/scenarios', { text: example });
      expect(json.status).toBe(415);
    } finally {
      await server.close();
    }
  });

  it('brings a session of an uploaded scenario back after a restart', async () => {
    const file = resolve(tempDir(), 'restart.sqlite');
    let server = await startServer({ file });
    const r = await upload(server, example);
    const created = await server.post<{ sessionId: string; tokens: { facilitator: string } }>('/api/sessions', {
      scenarioId: 'example-supplier-account',
      scenarioHash: r.body.hash,
      language: 'en',
      timerMode: 'off',
      decisionMode: 'facilitator',
    });
    expect(created.status).toBe(201);
    await server.close();
    server = await startServer({ file });
    try {
      const save = await server.get<{ scenario: { id: string } }>(`/api/sessions/${created.body.sessionId}/save`, {
        authorization: `Bearer ${created.body.tokens.facilitator}`,
      });
      expect(save.status).toBe(200);
      expect(save.body.scenario.id).toBe('example-supplier-account');
    } finally {
      await server.close();
    }
  });
});

describe('hostile files uploaded to the server', () => {
  it('refuses each with a message, or keeps its markup as plain text, and the server keeps serving', { timeout: 240_000 }, async () => {
    expect(hostileFiles.length).toBeGreaterThanOrEqual(20);
    const server = await startServer({ uploadRate: { burst: 100, perSecond: 1 } });
    try {
      for (const h of hostileFiles) {
        const r = await upload(server, h.text);
        if ('refused' in h.expect) {
          expect([413, 422], h.name).toContain(r.status);
          expect(r.body.findings.map((f) => f.message).join('\n'), h.name).toMatch(h.expect.refused);
        } else {
          expect(r.status, h.name).toBe(201);
          expect(r.body.entry.title.nl + r.body.entry.teaser.nl, h.name).toContain(h.expect.harmless);
        }
      }
      expect((await server.get<{ app: string }>('/api/health')).body.app).toBe('draaiboek');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    } finally {
      await server.close();
    }
  });
});
