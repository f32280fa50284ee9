// Serving for the browser tests and the interaction benchmark: the production build through Vite's preview server
// (as `npm start` serves it), and single static pages through a tiny node:http server, both on 127.0.0.1.
import { readFile } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { preview } from 'vite';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

export type Served = { url: string; close(): Promise<void> };

/** A port nobody listens on right now (the OS picks it). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** Serve a production build (default: dist/) with the project's Vite config. */
export async function serveBuild(outDir?: string): Promise<Served> {
  const port = await freePort();
  const server = await preview({
    root: ROOT,
    logLevel: 'warn',
    ...(outDir ? { build: { outDir } } : {}),
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/** Serve one HTML file at `/`. */
export async function servePage(file: string): Promise<Served> {
  const html = await readFile(file);
  const server = createHttpServer((request, response) => {
    if (request.url === '/' || request.url === '/index.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(html);
    } else {
      response.writeHead(404).end();
    }
  });
  const port = await freePort();
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
