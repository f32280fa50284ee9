// The real session server for the facilitated browser tests: `server/main.ts` under tsx, serving a copy of the
// production build on a free port with a temporary SQLite file, as `npm start` does on a facilitator's laptop.
import { type ChildProcess, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, ROOT } from './serve';

export type SessionServer = { url: string; close(): Promise<void> };

export async function startSessionServer(): Promise<SessionServer> {
  const dir = mkdtempSync(join(tmpdir(), 'draaiboek-e2e-server-'));
  cpSync(`${ROOT}dist`, join(dir, 'dist'), { recursive: true });
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DRAAIBOEK_DB: join(dir, 'test.sqlite'),
      DRAAIBOEK_DIST: join(dir, 'dist'),
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the session server did not start:\n${output}`)), 30_000);
    const seen = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Draaiboek is running')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', seen);
    child.stderr?.on('data', seen);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the session server exited with ${code}:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      child.removeAllListeners('exit');
      await new Promise<void>((resolve) => {
        // A clean stop first; if open sockets hold it up, the test does not wait for them.
        const hard = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(hard);
          resolve();
        });
        child.kill('SIGTERM');
      });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
