// Which store the server runs on: PostgreSQL when DATABASE_URL is set (several processes may share it), otherwise
// the embedded SQLite file at DRAAIBOEK_DB.
import { openPostgres, type PostgresOptions } from './postgres.ts';
import { openSqlite } from './sqlite.ts';
import type { Cluster, EventStore, SessionStore } from './types.ts';

export type Stores = { events: EventStore; sessions: SessionStore; cluster?: Cluster; where: string };

/** The URL without its password, for the start-up line. */
export const withoutPassword = (url: string): string => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');

export async function openStores(opts: {
  databaseUrl?: string | undefined;
  sqliteFile: string;
  log?: PostgresOptions['log'];
}): Promise<Stores> {
  if (opts.databaseUrl) {
    const { events, sessions, cluster } = await openPostgres(opts.databaseUrl, opts.log ? { log: opts.log } : {});
    return { events, sessions, cluster, where: `PostgreSQL at ${withoutPassword(opts.databaseUrl)}` };
  }
  const { events, sessions } = openSqlite(opts.sqliteFile);
  return { events, sessions, where: opts.sqliteFile };
}
