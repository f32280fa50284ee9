// Start `server/main.ts` as a process of its own (as `npm run serve` does) for the multi-process tests and the
// scale benchmark; ready once it prints where it keeps its sessions (after listening and announcing itself).
import { type ChildProcess, spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { freePort } from './local-postgres.ts';

export type ServerProcess = { port: number; url: string; ws: string; child: ChildProcess; kill(): Promise<void> };

const root = resolve(import.meta.dirname, '..');

export async function launchServer(env: Record<string, string>, timeoutMs = 60_000): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--import', 'tsx', resolve(root, 'server/main.ts')], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`the server did not start within ${timeoutMs / 1000} s: ${output}`));
    }, timeoutMs);
    const read = (d: Buffer) => {
      output += String(d);
      if (output.includes('Sessions are kept in')) {
        clearTimeout(timer);
        ready();
      }
    };
    child.stdout?.on('data', read);
    child.stderr?.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the server exited with ${code}: ${output}`));
    });
  });
  const url = `http://127.0.0.1:${port}`;
  return {
    port,
    url,
    ws: `ws://127.0.0.1:${port}/ws`,
    child,
    kill: () =>
      new Promise<void>((done) => {
        if (child.exitCode !== null || child.signalCode !== null) return done();
        child.once('exit', () => done());
        child.kill('SIGKILL');
      }),
  };
}
