// `npm run cluster`: three server processes on one PostgreSQL on this machine (ports PORT, PORT+1, PORT+2), the
// way a national exercise runs them behind a load balancer. Uses DATABASE_URL when set; otherwise starts a
// throwaway PostgreSQL from Debian's packages that is removed again on Ctrl+C.
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { type Postgres, postgresAvailable, startPostgres } from './local-postgres.ts';

const root = resolve(import.meta.dirname, '..');
const base = Number(process.env.PORT ?? 4173);
const count = Number(process.env.PROCESSES ?? 3);

let local: Postgres | null = null;
let url = process.env.DATABASE_URL;
if (!url) {
  const bin = postgresAvailable();
  if (!bin) process.exit(1);
  local = await startPostgres(bin);
  url = await local.database();
  console.log('Started a throwaway PostgreSQL for this run (set DATABASE_URL to use your own).');
}

const children: ChildProcess[] = [];
for (let i = 0; i < count; i++) {
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(base + i), DATABASE_URL: url },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  child.stdout?.on('data', (d: Buffer) => {
    for (const line of String(d).split('\n')) if (line.trim()) console.log(`[${base + i}] ${line}`);
  });
  children.push(child);
}

let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await Promise.all(
    children.map(
      (c) =>
        new Promise<void>((done) => {
          if (c.exitCode !== null) return done();
          c.once('exit', () => done());
          c.kill('SIGTERM');
        }),
    ),
  );
  await local?.stop();
  process.exit(0);
};
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop());
for (const c of children)
  c.once('exit', (code) => {
    if (!stopping) console.error(`A server process stopped (exit ${code}); the others carry on. Ctrl+C stops them all.`);
  });
