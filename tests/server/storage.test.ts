// @vitest-environment node
// The storage contract (what a PostgreSQL store must also do), on a real SQLite file: appends in order or not at
// all, client ids once per session, one namespace of join codes for sessions and courses, only hashes of tokens.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { hashSecret, newJoinCode } from '../../server/secrets';
import { openSqlite } from '../../server/storage/sqlite';
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

describe('the SQLite stores', () => {
  it('creates the file and its folder on first start, in WAL mode', () => {
    const file = join(tempDir(), 'nested/data/draaiboek.sqlite');
    const { db } = openSqlite(file);
    expect(existsSync(file)).toBe(true);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    db.close();
  });

  it('appends only at the expected seq and reads back what came after a seq', async () => {
    const { events, db } = openSqlite(join(tempDir(), 'a.sqlite'));
    expect(await events.append('s1', 0, note(1))).toEqual({ ok: true });
    expect(await events.append('s1', 0, note(1))).toEqual({ ok: false, reason: 'conflict', lastSeq: 1 });
    expect(await events.append('s1', 1, note(3))).toEqual({ ok: false, reason: 'conflict', lastSeq: 1 });
    expect(await events.append('s1', 1, note(2))).toEqual({ ok: true });
    expect(await events.append('s2', 0, note(1))).toEqual({ ok: true });
    expect((await events.readSince('s1', 1)).map((e) => e.seq)).toEqual([2]);
    expect(await events.lastSeq('s1')).toBe(2);
    db.close();
  });

  it('keeps a client id once per session and hands back the earlier event', async () => {
    const { events, db } = openSqlite(join(tempDir(), 'b.sqlite'));
    await events.append('s1', 0, note(1, 'vote-1'));
    expect(await events.append('s1', 1, note(2, 'vote-1'))).toEqual({ ok: false, reason: 'duplicate', existing: note(1, 'vote-1') });
    expect(await events.append('s2', 0, note(1, 'vote-1'))).toEqual({ ok: true });
    expect(await events.findByClientId('s1', 'vote-1')).toEqual(note(1, 'vote-1'));
    db.close();
  });

  it('gives sessions and courses one namespace of join codes', async () => {
    const { sessions } = openSqlite(join(tempDir(), 'c.sqlite'));
    expect(await sessions.createSession(header('s1', 'ACDEFG'))).toBe(true);
    expect(await sessions.createCourse({ id: 'c1', code: 'ACDEFG', data: {}, createdAt: '2026-03-02T09:00:00.000Z' })).toBe(false);
    expect(await sessions.createCourse({ id: 'c1', code: 'HJKMNP', data: { teams: 3 }, createdAt: '2026-03-02T09:00:00.000Z' })).toBe(true);
    expect(await sessions.createSession(header('s2', 'HJKMNP'))).toBe(false);
    expect(await sessions.findCode('HJKMNP')).toEqual({ kind: 'course', id: 'c1' });
    expect(await sessions.findCourse('c1')).toMatchObject({ data: { teams: 3 } });
    expect(await sessions.findSession('s2')).toBeUndefined();
    await sessions.markEnded('s1', '2026-03-02T11:00:00.000Z');
    expect(await sessions.listSessions({ open: true })).toEqual([]);
    expect(await sessions.listSessions()).toHaveLength(1);
    await sessions.close();
  });

  it('finds a token by its hash and keeps uploaded scenarios by content hash', async () => {
    const { sessions, db } = openSqlite(join(tempDir(), 'd.sqlite'));
    await sessions.addToken(hashSecret('k'.repeat(43)), { sessionId: 's1', kind: 'observer', participantId: null });
    expect(await sessions.findToken(hashSecret('k'.repeat(43)))).toEqual({ sessionId: 's1', kind: 'observer', participantId: null });
    expect(JSON.stringify(db.prepare('select * from tokens').all())).not.toContain('k'.repeat(43));
    await sessions.saveScenario({ hash: 'h1', id: 'mini', version: 1, body: { id: 'mini' }, uploadedAt: '2026-03-02T09:00:00.000Z' });
    expect(await sessions.findScenario('h1')).toMatchObject({ id: 'mini', body: { id: 'mini' } });
    db.close();
  });
});

describe('join codes', () => {
  it('are 6 characters from an alphabet without look-alikes', () => {
    for (let i = 0; i < 200; i++) expect(newJoinCode()).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
  });
});
