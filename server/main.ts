// Entry point of `npm start` (after the build): opens the stores (the SQLite file, or PostgreSQL with DATABASE_URL),
// reads the built scenarios and serves the app, the session API and the WebSocket on one port. Settings come from the
// environment; see the README.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildApp } from './app.ts';
import { reach } from './lan.ts';
import { systemClock } from './limits.ts';
import { systemServerClock } from './room.ts';
import { readShelf } from './scenarios.ts';
import { openStores } from './storage/open.ts';
import { pruneUploads, UPLOAD_DAYS } from './uploads.ts';

const root = resolve(import.meta.dirname, '..');
const env = process.env;
const port = Number(env.PORT ?? 4173);
const host = env.HOST ?? '127.0.0.1';
const dist = resolve(root, env.DRAAIBOEK_DIST ?? 'dist');
const dbFile = resolve(root, env.DRAAIBOEK_DB ?? 'data/draaiboek.sqlite');
const uploadDays = env.DRAAIBOEK_UPLOAD_DAYS === undefined ? UPLOAD_DAYS : Number(env.DRAAIBOEK_UPLOAD_DAYS);
const { version } = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { version: string };

let stores: Awaited<ReturnType<typeof openStores>>;
try {
  stores = await openStores({ databaseUrl: env.DATABASE_URL, sqliteFile: dbFile, log: console });
} catch (e) {
  console.error(`The database could not be opened: ${(e as Error).message}`);
  process.exit(1);
}
const shelf = readShelf(resolve(dist, 'scenarios'));
const { app, hub } = await buildApp({
  ...stores,
  shelf,
  version,
  clock: systemServerClock,
  limitClock: systemClock,
  dist,
  host,
  publicUrl: env.PUBLIC_URL,
  httpPerMinute: env.HTTP_RATE_LIMIT ? Number(env.HTTP_RATE_LIMIT) : undefined,
  logger: { level: (env.LOG_LEVEL as 'info' | undefined) ?? 'info' },
});
for (const p of shelf.problems) app.log.warn(p, 'scenario not loaded');

try {
  await app.listen({ port, host });
} catch (e) {
  const err = e as NodeJS.ErrnoException;
  if (err.code === 'EADDRINUSE')
    console.error(`Port ${port} is already in use (another Draaiboek still running?). Stop it, or start with PORT=4174 npm start.`);
  else console.error(`The server could not start: ${err.message}`);
  await stores.sessions.close();
  process.exit(1);
}

const resumed = await hub.warm();
if (resumed > 0) app.log.info({ sessions: resumed }, 'open sessions resumed');
const bound = (app.server.address() as { port: number }).port;
const r = reach({ host, port: bound, publicUrl: env.PUBLIC_URL });
console.log(`Draaiboek is running: open http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${bound} on this laptop.`);
console.log(r.bases.length ? `Phones in the room join at ${r.bases.join(' or ')}` : (r.hint ?? ''));
// The other processes list this one in their welcome, so clients that lose their process can come here.
const self = env.PUBLIC_URL ?? (host === '0.0.0.0' || host === '::' ? r.bases[0] : undefined) ?? `http://${host}:${bound}`;
await stores.cluster?.announce(`${self.replace(/^http/, 'ws').replace(/\/+$/, '')}/ws`);
console.log(`Sessions are kept in ${stores.where}. Press Ctrl+C to stop.`);

// Uploads no session was made from go after DRAAIBOEK_UPLOAD_DAYS: now, and every six hours while the server runs.
const prune = () =>
  pruneUploads(stores.sessions, systemServerClock.now(), uploadDays).then(
    (removed) => removed.length > 0 && app.log.info({ removed: removed.length, days: uploadDays }, 'unused uploaded scenarios removed'),
    (e: Error) => app.log.warn({ err: e.message }, 'removing unused uploads failed'),
  );
void prune();
setInterval(prune, 6 * 3_600_000).unref();

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const)
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    void app
      .close()
      .then(() => stores.sessions.close())
      .then(() => process.exit(0));
  });
