// SQLite implementation of both stores (better-sqlite3, WAL): one file holds the event logs, session headers,
// token hashes, join codes, courses and uploaded scenarios. The (session, seq) primary key makes a lost race an error.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type {
  AppendResult,
  CodeOwner,
  EventStore,
  SessionHeader,
  SessionStore,
  StoredEvent,
  StoredScenario,
  StoredTeam,
  TokenOwner,
} from './types.ts';

const SCHEMA = `
create table if not exists sessions (
  id text primary key, code text not null unique, language text not null,
  save text not null, created_at text not null, ended_at text);
create table if not exists courses (id text primary key, code text not null unique, data text not null, created_at text not null);
create table if not exists course_teams (
  course_id text not null, position integer not null, session_id text not null unique, data text not null, added_at text not null,
  primary key (course_id, position));
create table if not exists codes (code text primary key, kind text not null check (kind in ('session', 'course')), ref text not null);
create table if not exists tokens (
  hash text primary key, session_id text not null, kind text not null, participant_id text);
create table if not exists scenarios (hash text primary key, id text not null, version integer not null, body text not null, uploaded_at text not null);
create table if not exists events (
  session_id text not null, seq integer not null, client_id text, body text not null,
  primary key (session_id, seq));
create unique index if not exists events_client_id on events (session_id, client_id) where client_id is not null;
`;

type Row = Record<string, unknown>;

export type SqliteStores = { events: EventStore; sessions: SessionStore; db: Database.Database };

/** Open (and create on first use) the SQLite file at `file`; `:memory:` works for quick tests. */
export function openSqlite(file: string): SqliteStores {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  // NORMAL is durable across process crashes in WAL mode (only an OS crash can lose the last commits).
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(SCHEMA);

  const q = {
    last: db.prepare('select coalesce(max(seq), 0) as seq from events where session_id = ?'),
    insert: db.prepare('insert into events (session_id, seq, client_id, body) values (?, ?, ?, ?)'),
    since: db.prepare('select body from events where session_id = ? and seq > ? order by seq'),
    byClient: db.prepare('select body from events where session_id = ? and client_id = ?'),
    addSession: db.prepare('insert into sessions (id, code, language, save, created_at, ended_at) values (?, ?, ?, ?, ?, ?)'),
    addCode: db.prepare('insert into codes (code, kind, ref) values (?, ?, ?)'),
    findCode: db.prepare('select kind, ref from codes where code = ?'),
    session: db.prepare('select * from sessions where id = ?'),
    sessions: db.prepare('select * from sessions order by created_at'),
    openSessions: db.prepare('select * from sessions where ended_at is null order by created_at'),
    end: db.prepare('update sessions set ended_at = ? where id = ? and ended_at is null'),
    addToken: db.prepare('insert into tokens (hash, session_id, kind, participant_id) values (?, ?, ?, ?)'),
    token: db.prepare('select session_id, kind, participant_id from tokens where hash = ?'),
    addCourse: db.prepare('insert into courses (id, code, data, created_at) values (?, ?, ?, ?)'),
    course: db.prepare('select * from courses where id = ?'),
    lastTeam: db.prepare('select coalesce(max(position), 0) as position from course_teams where course_id = ?'),
    addTeam: db.prepare('insert into course_teams (course_id, position, session_id, data, added_at) values (?, ?, ?, ?, ?)'),
    teams: db.prepare('select * from course_teams where course_id = ? order by position'),
    teamOf: db.prepare('select * from course_teams where session_id = ?'),
    saveScenario: db.prepare(
      'insert into scenarios (hash, id, version, body, uploaded_at) values (?, ?, ?, ?, ?) on conflict (hash) do update set uploaded_at = max(uploaded_at, excluded.uploaded_at)',
    ),
    pruneScenarios: db.prepare(
      "delete from scenarios where uploaded_at < ? and not exists (select 1 from sessions where json_extract(sessions.save, '$.scenario.hash') = scenarios.hash) returning hash",
    ),
    scenario: db.prepare('select * from scenarios where hash = ?'),
  };

  const append = db.transaction((sessionId: string, expectedSeq: number, event: StoredEvent): AppendResult => {
    if (event.id !== undefined) {
      const dup = q.byClient.get(sessionId, event.id) as Row | undefined;
      if (dup) return { ok: false, reason: 'duplicate', existing: JSON.parse(dup.body as string) as StoredEvent };
    }
    const last = (q.last.get(sessionId) as { seq: number }).seq;
    if (last !== expectedSeq || event.seq !== expectedSeq + 1) return { ok: false, reason: 'conflict', lastSeq: last };
    q.insert.run(sessionId, event.seq, event.id ?? null, JSON.stringify(event));
    return { ok: true };
  });

  const events: EventStore = {
    append: async (sessionId, expectedSeq, event) => append.immediate(sessionId, expectedSeq, event),
    readSince: async (sessionId, seq) => (q.since.all(sessionId, seq) as Row[]).map((r) => JSON.parse(r.body as string) as StoredEvent),
    findByClientId: async (sessionId, clientId) => {
      const row = q.byClient.get(sessionId, clientId) as Row | undefined;
      return row ? (JSON.parse(row.body as string) as StoredEvent) : undefined;
    },
    lastSeq: async (sessionId) => (q.last.get(sessionId) as { seq: number }).seq,
  };

  const header = (r: Row): SessionHeader => ({
    id: r.id as string,
    code: r.code as string,
    language: r.language as 'nl' | 'en',
    save: JSON.parse(r.save as string) as Record<string, unknown>,
    createdAt: r.created_at as string,
    endedAt: (r.ended_at as string | null) ?? null,
  });
  const claimCode = (code: string, kind: CodeOwner['kind'], ref: string): boolean => {
    if (q.findCode.get(code)) return false;
    q.addCode.run(code, kind, ref);
    return true;
  };
  const createSession = db.transaction((h: SessionHeader): boolean => {
    if (!claimCode(h.code, 'session', h.id)) return false;
    q.addSession.run(h.id, h.code, h.language, JSON.stringify(h.save), h.createdAt, h.endedAt);
    return true;
  });
  const createCourse = db.transaction((c: { id: string; code: string; data: unknown; createdAt: string }): boolean => {
    if (!claimCode(c.code, 'course', c.id)) return false;
    q.addCourse.run(c.id, c.code, JSON.stringify(c.data), c.createdAt);
    return true;
  });

  const addTeam = db.transaction((t: Omit<StoredTeam, 'position'>): number => {
    const position = (q.lastTeam.get(t.courseId) as { position: number }).position + 1;
    q.addTeam.run(t.courseId, position, t.sessionId, JSON.stringify(t.data), t.addedAt);
    return position;
  });
  const team = (r: Row): StoredTeam => ({
    courseId: r.course_id as string,
    position: r.position as number,
    sessionId: r.session_id as string,
    data: JSON.parse(r.data as string),
    addedAt: r.added_at as string,
  });

  const sessions: SessionStore = {
    kind: 'sqlite',
    createSession: async (h) => createSession.immediate(h),
    findSession: async (id) => {
      const r = q.session.get(id) as Row | undefined;
      return r ? header(r) : undefined;
    },
    listSessions: async (opts) => ((opts?.open ? q.openSessions : q.sessions).all() as Row[]).map(header),
    markEnded: async (id, at) => {
      q.end.run(at, id);
    },
    findCode: async (code) => {
      const r = q.findCode.get(code) as Row | undefined;
      return r ? { kind: r.kind as CodeOwner['kind'], id: r.ref as string } : undefined;
    },
    addToken: async (hash, owner: TokenOwner) => {
      q.addToken.run(hash, owner.sessionId, owner.kind, owner.participantId);
    },
    findToken: async (hash) => {
      const r = q.token.get(hash) as Row | undefined;
      return r
        ? {
            sessionId: r.session_id as string,
            kind: r.kind as TokenOwner['kind'],
            participantId: (r.participant_id as string | null) ?? null,
          }
        : undefined;
    },
    createCourse: async (c) => createCourse.immediate(c),
    findCourse: async (id) => {
      const r = q.course.get(id) as Row | undefined;
      return r
        ? { id: r.id as string, code: r.code as string, data: JSON.parse(r.data as string), createdAt: r.created_at as string }
        : undefined;
    },
    addTeam: async (t) => addTeam.immediate(t),
    listTeams: async (courseId) => (q.teams.all(courseId) as Row[]).map(team),
    findTeam: async (sessionId) => {
      const r = q.teamOf.get(sessionId) as Row | undefined;
      return r ? team(r) : undefined;
    },
    saveScenario: async (s: StoredScenario) => {
      q.saveScenario.run(s.hash, s.id, s.version, JSON.stringify(s.body), s.uploadedAt);
    },
    pruneScenarios: async (uploadedBefore) => (q.pruneScenarios.all(uploadedBefore) as { hash: string }[]).map((r) => r.hash),
    findScenario: async (hash) => {
      const r = q.scenario.get(hash) as Row | undefined;
      return r
        ? {
            hash: r.hash as string,
            id: r.id as string,
            version: r.version as number,
            body: JSON.parse(r.body as string),
            uploadedAt: r.uploaded_at as string,
          }
        : undefined;
    },
    close: async () => {
      if (db.open) db.close();
    },
  };
  return { events, sessions, db };
}
