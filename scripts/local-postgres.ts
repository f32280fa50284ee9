// A throwaway PostgreSQL from Debian's `postgresql` package, for the tests, the benchmark and `npm run cluster`:
// initdb in a temporary folder and pg_ctl on a free local port, as the `postgres` user when we run as root (initdb
// refuses root). No Docker. Where the binaries are missing the PostgreSQL tests are skipped with a message, except
// under CI=true, where that fails the run.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

export const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });

/** The folder holding initdb and pg_ctl: PG_BIN, else the newest /usr/lib/postgresql/<version>/bin. */
function binaries(): string | null {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : null;
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return null;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin/initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(base, versions[0], 'bin') : null;
}

const MISSING =
  'PostgreSQL tests skipped: initdb was not found in /usr/lib/postgresql/*/bin (or PG_BIN). ' +
  'Install it with `sudo apt-get install -y postgresql` (bash .ci/run does this) to run them.';

/** The binaries' folder, or null (with the reason printed) when they are missing outside CI. Throws under CI=true. */
export function postgresAvailable(): string | null {
  const bin = binaries();
  if (bin) return bin;
  if (process.env.CI === 'true') throw new Error(MISSING.replace('tests skipped', 'binaries missing under CI=true'));
  console.warn(MISSING);
  return null;
}

export type Postgres = {
  /** A new, empty database on the cluster; its connection URL. */
  database(): Promise<string>;
  stop(): Promise<void>;
};

let databases = 0;

/** Start a throwaway cluster. Takes a few seconds (initdb), so test files start one each in beforeAll. */
export async function startPostgres(bin: string): Promise<Postgres> {
  const dir = mkdtempSync(join(tmpdir(), 'draaiboek-pg-'));
  const root = process.getuid?.() === 0;
  // initdb will not run as root: the folder belongs to the postgres user, who runs initdb and the server.
  const as = (cmd: string, args: string[]) =>
    root
      ? execFileSync('runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args], { stdio: 'pipe' })
      : execFileSync(join(bin, cmd), args, { stdio: 'pipe' });
  if (root) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  const port = await freePort();
  try {
    as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--no-instructions']);
    // fsync off: a test cluster need not survive a power cut, and it makes the tests much faster on shared disks.
    const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=200`;
    as('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', options, 'start']);
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    rmSync(dir, { recursive: true, force: true });
    throw new Error(`PostgreSQL did not start: ${err.stderr?.toString() || err.message}`);
  }
  const base = `postgres://postgres@127.0.0.1:${port}`;
  return {
    async database() {
      const name = `draaiboek_${process.pid}_${++databases}`;
      const admin = new pg.Client({ connectionString: `${base}/postgres` });
      await admin.connect();
      await admin.query(`create database ${name}`);
      await admin.end();
      return `${base}/${name}`;
    },
    async stop() {
      try {
        as('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
