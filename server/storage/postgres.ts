// PostgreSQL implementation of both stores (`pg` client), chosen when DATABASE_URL is set: the same tables as the
// SQLite file, the (session, seq) primary key refusing a second event N, and LISTEN/NOTIFY telling every process
// of every append so several processes can serve one session.
import pg from 'pg';
import { CHANNEL, listen, type PostgresOptions } from './postgres-cluster.ts';
import type {
  Cluster,
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
  save jsonb not null, created_at text not null, ended_at text);
create table if not exists courses (id text primary key, code text not null unique, data jsonb not null, created_at text not null);
create table if not exists course_teams (
  course_id text not null, position integer not null, session_id text not null unique, data jsonb not null, added_at text not null,
  primary key (course_id, position));
create table if not exists codes (code text primary key, kind text not null check (kind in ('session', 'course')), ref text not null);
create table if not exists tokens (hash text primary key, session_id text not null, kind text not null, participant_id text);
create table if not exists scenarios (hash text primary key, id text not null, version integer not null, body jsonb not null, uploaded_at text not null);
create table if not exists events (
  session_id text not null, seq integer not null, client_id text, body jsonb not null,
  constraint events_session_seq primary key (session_id, seq));
create unique index if not exists events_client_id on events (session_id, client_id) where client_id is not null;
create table if not exists servers (url text primary key, seen_at timestamptz not null);
`;

/** NOTIFY payloads are limited to 8000 bytes; an event that does not fit is read back from the table instead. */
const PAYLOAD_LIMIT = 7900;
/**
 * One append in one statement (one round trip): the log's last seq and a duplicate client id are read, the row is
 * inserted only when the log stands at the expected seq and the id is new, and the news goes out only if it was.
 * Two processes racing for the same seq both pass the read; the primary key refuses the second insert (23505).
 */
const APPEND = `
with last as (select coalesce(max(seq), 0)::int as s from events where session_id = $1),
dup as (select body from events where $3::text is not null and session_id = $1 and client_id = $3),
ins as (
  insert into events (session_id, seq, client_id, body)
  select $1, $2, $3, $4 from last where last.s = $2 - 1 and not exists (select 1 from dup)
  returning seq)
select (select s from last) as last, (select body from dup) as dup,
  (select count(*) from (select pg_notify($5, $6) from ins) as notified)::int as inserted`;
/** Any constant: serialises schema creation when several processes start at once. */
const SCHEMA_LOCK = 7_310_544;

type Row = Record<string, unknown>;

export type { PostgresOptions } from './postgres-cluster.ts';

export type PostgresStores = { events: EventStore; sessions: SessionStore; cluster: Cluster; pool: pg.Pool };

const team = (r: Row): StoredTeam => ({
  courseId: r.course_id as string,
  position: r.position as number,
  sessionId: r.session_id as string,
  data: r.data,
  addedAt: r.added_at as string,
});

const header = (r: Row): SessionHeader => ({
  id: r.id as string,
  code: r.code as string,
  language: r.language as 'nl' | 'en',
  save: r.save as Record<string, unknown>,
  createdAt: r.created_at as string,
  endedAt: (r.ended_at as string | null) ?? null,
});

/** Connect to `url`, create the tables if needed and start listening for appends. */
export async function openPostgres(url: string, opts: PostgresOptions = {}): Promise<PostgresStores> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server emits here; without a listener that would end the process.
  pool.on('error', (e) => opts.log?.warn({ err: e.message }, 'PostgreSQL connection lost'));
  const setup = await pool.connect();
  try {
    await setup.query('select pg_advisory_lock($1)', [SCHEMA_LOCK]);
    await setup.query(SCHEMA);
  } finally {
    await setup.query('select pg_advisory_unlock($1)', [SCHEMA_LOCK]).catch(() => undefined);
    setup.release();
  }

  /** Run `work` in one transaction on one connection; rolled back when it throws or returns `rollback`. */
  async function tx<T>(work: (c: pg.PoolClient) => Promise<{ value: T; commit: boolean }>): Promise<T> {
    const c = await pool.connect();
    try {
      await c.query('begin');
      const r = await work(c);
      await c.query(r.commit ? 'commit' : 'rollback');
      return r.value;
    } catch (e) {
      await c.query('rollback').catch(() => undefined);
      throw e;
    } finally {
      c.release();
    }
  }

  const lastSeq = async (c: pg.Pool | pg.PoolClient, sessionId: string): Promise<number> =>
    (await c.query<{ seq: number }>('select coalesce(max(seq), 0)::int as seq from events where session_id = $1', [sessionId])).rows[0]
      ?.seq ?? 0;
  const byClient = async (c: pg.Pool | pg.PoolClient, sessionId: string, clientId: string): Promise<StoredEvent | undefined> =>
    (await c.query<{ body: StoredEvent }>('select body from events where session_id = $1 and client_id = $2', [sessionId, clientId]))
      .rows[0]?.body;

  const events: EventStore = {
    append: async (sessionId, expectedSeq, event) => {
      if (event.seq !== expectedSeq + 1) return { ok: false, reason: 'conflict', lastSeq: await lastSeq(pool, sessionId) };
      const body = JSON.stringify(event);
      const news = `${sessionId} ${event.seq}`;
      // The event rides along with the news when it fits, so the other processes need not read it back.
      const payload = Buffer.byteLength(body) + news.length < PAYLOAD_LIMIT ? `${news} ${body}` : news;
      for (;;) {
        try {
          const r = (
            await pool.query<{ last: number; dup: StoredEvent | null; inserted: number }>(APPEND, [
              sessionId,
              event.seq,
              event.id ?? null,
              body,
              CHANNEL,
              payload,
            ])
          ).rows[0];
          if (r?.dup) return { ok: false, reason: 'duplicate', existing: r.dup };
          if (r && r.inserted > 0) return { ok: true };
          return { ok: false, reason: 'conflict', lastSeq: r?.last ?? 0 };
        } catch (e) {
          // Another process committed the same seq or client id between our read and our insert: the unique index
          // refused ours. Look again; the next round reports the conflict or the duplicate.
          if ((e as { code?: string }).code === '23505') continue;
          throw e;
        }
      }
    },
    readSince: async (sessionId, seq) =>
      (
        await pool.query<{ body: StoredEvent }>('select body from events where session_id = $1 and seq > $2 order by seq', [sessionId, seq])
      ).rows.map((r) => r.body),
    findByClientId: (sessionId, clientId) => byClient(pool, sessionId, clientId),
    lastSeq: (sessionId) => lastSeq(pool, sessionId),
  };

  const claim = async (c: pg.PoolClient, code: string, kind: CodeOwner['kind'], ref: string) =>
    ((await c.query('insert into codes (code, kind, ref) values ($1, $2, $3) on conflict do nothing', [code, kind, ref])).rowCount ?? 0) >
    0;
  const one = async (sql: string, params: unknown[]): Promise<Row | undefined> => (await pool.query<Row>(sql, params)).rows[0];

  const sessions: SessionStore = {
    kind: 'postgres',
    createSession: (h) =>
      tx(async (c) => {
        if (!(await claim(c, h.code, 'session', h.id))) return { value: false, commit: false };
        await c.query('insert into sessions (id, code, language, save, created_at, ended_at) values ($1, $2, $3, $4, $5, $6)', [
          h.id,
          h.code,
          h.language,
          JSON.stringify(h.save),
          h.createdAt,
          h.endedAt,
        ]);
        return { value: true, commit: true };
      }),
    findSession: async (id) => {
      const r = await one('select * from sessions where id = $1', [id]);
      return r ? header(r) : undefined;
    },
    listSessions: async (o) =>
      (await pool.query<Row>(`select * from sessions ${o?.open ? 'where ended_at is null' : ''} order by created_at`)).rows.map(header),
    markEnded: async (id, at) => {
      await pool.query('update sessions set ended_at = $1 where id = $2 and ended_at is null', [at, id]);
    },
    findCode: async (code) => {
      const r = await one('select kind, ref from codes where code = $1', [code]);
      return r ? { kind: r.kind as CodeOwner['kind'], id: r.ref as string } : undefined;
    },
    addToken: async (hash, owner: TokenOwner) => {
      await pool.query('insert into tokens (hash, session_id, kind, participant_id) values ($1, $2, $3, $4)', [
        hash,
        owner.sessionId,
        owner.kind,
        owner.participantId,
      ]);
    },
    findToken: async (hash) => {
      const r = await one('select session_id, kind, participant_id from tokens where hash = $1', [hash]);
      return r
        ? {
            sessionId: r.session_id as string,
            kind: r.kind as TokenOwner['kind'],
            participantId: (r.participant_id as string | null) ?? null,
          }
        : undefined;
    },
    createCourse: (course) =>
      tx(async (c) => {
        if (!(await claim(c, course.code, 'course', course.id))) return { value: false, commit: false };
        await c.query('insert into courses (id, code, data, created_at) values ($1, $2, $3, $4)', [
          course.id,
          course.code,
          JSON.stringify(course.data),
          course.createdAt,
        ]);
        return { value: true, commit: true };
      }),
    findCourse: async (id) => {
      const r = await one('select * from courses where id = $1', [id]);
      return r ? { id: r.id as string, code: r.code as string, data: r.data, createdAt: r.created_at as string } : undefined;
    },
    addTeam: async (t) => {
      for (;;) {
        try {
          // Two processes adding at once may pick the same position: the primary key refuses one, which looks again.
          const r = await pool.query<{ position: number }>(
            `insert into course_teams (course_id, position, session_id, data, added_at)
             select $1, coalesce(max(position), 0) + 1, $2, $3, $4 from course_teams where course_id = $1 returning position`,
            [t.courseId, t.sessionId, JSON.stringify(t.data), t.addedAt],
          );
          return r.rows[0]?.position ?? 0;
        } catch (e) {
          if ((e as { constraint?: string }).constraint === 'course_teams_pkey') continue;
          throw e;
        }
      }
    },
    listTeams: async (courseId) =>
      (await pool.query<Row>('select * from course_teams where course_id = $1 order by position', [courseId])).rows.map(team),
    findTeam: async (sessionId) => {
      const r = await one('select * from course_teams where session_id = $1', [sessionId]);
      return r ? team(r) : undefined;
    },
    saveScenario: async (s: StoredScenario) => {
      await pool.query(
        'insert into scenarios (hash, id, version, body, uploaded_at) values ($1, $2, $3, $4, $5) on conflict (hash) do update set uploaded_at = greatest(scenarios.uploaded_at, excluded.uploaded_at)',
        [s.hash, s.id, s.version, JSON.stringify(s.body), s.uploadedAt],
      );
    },
    pruneScenarios: async (uploadedBefore) =>
      (
        await pool.query<{ hash: string }>(
          "delete from scenarios s where s.uploaded_at < $1 and not exists (select 1 from sessions where sessions.save->'scenario'->>'hash' = s.hash) returning s.hash",
          [uploadedBefore],
        )
      ).rows.map((r) => r.hash),
    findScenario: async (hash) => {
      const r = await one('select * from scenarios where hash = $1', [hash]);
      return r
        ? { hash: r.hash as string, id: r.id as string, version: r.version as number, body: r.body, uploadedAt: r.uploaded_at as string }
        : undefined;
    },
    close: async () => {
      await cluster.close();
      await pool.end();
    },
  };

  const cluster = await listen(url, pool, opts);
  return { events, sessions, cluster, pool };
}
