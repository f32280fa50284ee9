// Bundle benchmark: gzip size of the JavaScript the start screen loads (entry chunk + its static imports), against a
// plain React 19 "hello" page built by the same Vite and React plugin in the same run. Lazy chunks are listed too.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { build, type Manifest } from 'vite';
import { type BenchContext, type Row, row, type Section } from './table';

const AIM = 2;

const kB = (bytes: number) => bytes / 1024;
const gzipped = (outDir: string, file: string) => gzipSync(readFileSync(join(outDir, file))).length;

function readManifest(outDir: string): Manifest {
  return JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest;
}

/** The HTML entry's chunk and every chunk it imports statically (transitively); dynamic imports stay out. */
function startChunks(manifest: Manifest): Set<string> {
  const entries = Object.keys(manifest).filter((k) => manifest[k]?.isEntry);
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    for (const next of manifest[key]?.imports ?? []) visit(next);
  };
  for (const e of entries) visit(e);
  return seen;
}

function startScreenBytes(outDir: string): { bytes: number; files: string[] } {
  const manifest = readManifest(outDir);
  const files = [...startChunks(manifest)].map((k) => manifest[k]?.file as string).filter((f) => f.endsWith('.js'));
  return { bytes: files.reduce((sum, f) => sum + gzipped(outDir, f), 0), files };
}

/** The baseline page: React 19 rendering one heading, nothing else. */
async function buildHello(root: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'draaiboek-hello-'));
  // The page lives outside the project, so it borrows the project's node_modules to resolve react.
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(
    join(dir, 'index.html'),
    '<!doctype html><html lang="en"><head><meta charset="UTF-8" /><title>Hello</title></head><body><div id="root"></div><script type="module" src="/main.tsx"></script></body></html>\n',
  );
  writeFileSync(
    join(dir, 'main.tsx'),
    "import { createRoot } from 'react-dom/client';\n\nconst root = document.getElementById('root');\nif (root) createRoot(root).render(<h1>Hello</h1>);\n",
  );
  const outDir = join(dir, 'dist');
  mkdirSync(outDir);
  await build({
    configFile: false,
    root: dir,
    logLevel: 'warn',
    plugins: [react()],
    build: { outDir, emptyOutDir: true, manifest: true, target: 'es2022' },
  });
  return dir;
}

export async function run(ctx: BenchContext): Promise<Section> {
  const appOut = await ctx.buildApp();
  const helloDir = await buildHello(ctx.root);
  try {
    const app = startScreenBytes(appOut);
    const hello = startScreenBytes(join(helloDir, 'dist'));
    const ratio = app.bytes / hello.bytes;
    const rows: Row[] = [
      row(
        'start screen JS (kB gzip)',
        kB(app.bytes),
        kB(hello.bytes),
        `${app.files.length} file(s); aim ≤ ${AIM}×: ${ratio <= AIM ? 'met' : 'NOT met'}`,
      ),
    ];
    const manifest = readManifest(appOut);
    const start = startChunks(manifest);
    const lazy = Object.entries(manifest)
      .filter(([key, chunk]) => !start.has(key) && chunk.file.endsWith('.js'))
      .map(([key, chunk]) => ({ name: chunk.name ?? key, bytes: gzipped(appOut, chunk.file) }))
      .sort((a, b) => b.bytes - a.bytes);
    for (const chunk of lazy) rows.push(row(`lazy chunk ${chunk.name} (kB gzip)`, kB(chunk.bytes), null));
    return {
      name: 'Bundle',
      baseline: 'a React 19 "hello" page built by the same Vite 8 and @vitejs/plugin-react in this run',
      rows,
      notes: [
        `lazy chunks: ${lazy.length}, ${kB(lazy.reduce((s, c) => s + c.bytes, 0)).toFixed(1)} kB gzip in all (loaded on demand)`,
        'gzip: Node zlib, default level',
      ],
    };
  } finally {
    rmSync(helloDir, { recursive: true, force: true });
  }
}
