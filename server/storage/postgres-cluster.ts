// The PostgreSQL side of several processes on one database: one LISTEN connection per process (re-opened when it
// drops, with a catch-up signal), news of every append on one channel and of every what-if move on another, and the
// table of live processes (each announces its WebSocket URL and keeps it fresh with a heartbeat).
import pg from 'pg';
import type { Cluster, StoredEvent } from './types.ts';

/** The NOTIFY channel of appends; the payload is `<sessionId> <seq>[ <event JSON>]` (ids never hold a space). */
export const CHANNEL = 'draaiboek_events';
/** The NOTIFY channel of what-if moves; the payload is `<parent session id> <fork session id>`. */
export const MOVES = 'draaiboek_moves';

export type PostgresOptions = {
  /** How often this process tells the others it is alive, and after how long without that a process counts as gone. */
  heartbeatMs?: number;
  staleMs?: number;
  /** Wait before the n-th attempt to re-open the LISTEN connection. */
  relistenMs?: (attempt: number) => number;
  log?: { warn(obj: object, msg: string): void };
};

/** The LISTEN connection (re-opened when it drops, with a catch-up signal) and the table of live processes. */
export async function listen(url: string, pool: pg.Pool, opts: PostgresOptions): Promise<Cluster> {
  const heartbeatMs = opts.heartbeatMs ?? 5000;
  const staleMs = opts.staleMs ?? 3 * heartbeatMs;
  const relisten = opts.relistenMs ?? ((n: number) => Math.min(10_000, 250 * 2 ** n));
  const appended = new Set<(sessionId: string, seq: number, event?: StoredEvent) => void>();
  const missed = new Set<() => void>();
  const moves = new Set<(parentId: string, forkId: string) => void>();
  let self: string | null = null;
  let closed = false;
  let client: pg.Client | null = null;
  let heartbeat: NodeJS.Timeout | null = null;
  let retry: NodeJS.Timeout | null = null;

  const connect = async (attempt: number): Promise<void> => {
    if (closed) return;
    const c = new pg.Client({ connectionString: url });
    c.on('notification', (n) => {
      if (n.channel === MOVES && n.payload) {
        const [parentId, forkId] = n.payload.split(' ', 2);
        if (parentId && forkId) for (const l of moves) l(parentId, forkId);
        return;
      }
      if (n.channel !== CHANNEL || !n.payload) return;
      const [sessionId, seq] = n.payload.split(' ', 2);
      if (!sessionId || !seq) return;
      const rest = n.payload.slice(sessionId.length + seq.length + 2);
      let event: StoredEvent | undefined;
      try {
        event = rest ? (JSON.parse(rest) as StoredEvent) : undefined;
      } catch {
        event = undefined; // read back from the table instead
      }
      for (const l of appended) l(sessionId, Number(seq), event);
    });
    const again = () => {
      if (client !== c || closed) return;
      client = null;
      retry = setTimeout(() => void connect(attempt + 1), relisten(attempt));
    };
    c.on('error', (e) => {
      opts.log?.warn({ err: e.message }, 'LISTEN connection lost; re-opening');
      again();
    });
    c.on('end', again);
    try {
      await c.connect();
      await c.query(`listen ${CHANNEL}; listen ${MOVES}`);
      client = c;
      // Appends made while nobody listened were never heard: every room must look at the log again.
      if (attempt > 0) for (const l of missed) l();
    } catch (e) {
      opts.log?.warn({ err: (e as Error).message }, 'LISTEN connection could not be opened');
      await c.end().catch(() => undefined);
      if (attempt === 0) throw e;
      retry = setTimeout(() => void connect(attempt + 1), relisten(attempt));
    }
  };
  await connect(0);

  const beat = () => {
    if (self)
      void pool
        .query('insert into servers (url, seen_at) values ($1, now()) on conflict (url) do update set seen_at = now()', [self])
        .catch(() => undefined);
  };

  return {
    onAppend(listener) {
      appended.add(listener);
      return () => appended.delete(listener);
    },
    onMissed(listener) {
      missed.add(listener);
      return () => missed.delete(listener);
    },
    async tellMoved(parentId, forkId) {
      await pool.query('select pg_notify($1, $2)', [MOVES, `${parentId} ${forkId}`]);
    },
    onMoved(listener) {
      moves.add(listener);
      return () => moves.delete(listener);
    },
    async announce(selfUrl) {
      self = selfUrl;
      beat();
      heartbeat ??= setInterval(beat, heartbeatMs);
      heartbeat.unref();
    },
    async peers() {
      const r = await pool.query<{ url: string }>(
        'select url from servers where seen_at > now() - make_interval(secs => $1) and url <> $2 order by url',
        [staleMs / 1000, self ?? ''],
      );
      return r.rows.map((x) => x.url);
    },
    async close() {
      closed = true;
      if (heartbeat) clearInterval(heartbeat);
      if (retry) clearTimeout(retry);
      if (self) await pool.query('delete from servers where url = $1', [self]).catch(() => undefined);
      const c = client;
      client = null;
      await c?.end().catch(() => undefined);
    },
  };
}
