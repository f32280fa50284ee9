// `npm run bench`: runs every bench module that exists (engine, bundle, interaction), prints one table and writes
// bench/results.json. Benchmarks report; they never fail on a number, only when a measurement cannot be made.
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { type BenchContext, type BenchModule, results, type Section, table } from './table';

/** In this order; a module whose file does not exist yet (e.g. interaction) is skipped with a note. */
const ALL = ['engine', 'bundle', 'interaction', 'server', 'scale'];
/** `npm run bench -- interaction` runs only the named modules (the others are listed as not measured). */
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const MODULES = only.length > 0 ? ALL.filter((m) => only.includes(m)) : ALL;

const root = resolve(import.meta.dirname, '..');
const temps: string[] = [];

let app: Promise<string> | undefined;
/** The production app, built once per run into a temporary directory, with a Vite manifest. */
function buildApp(): Promise<string> {
  app ??= (async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'draaiboek-bench-app-'));
    temps.push(outDir);
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, manifest: true } });
    return outDir;
  })();
  return app;
}

async function main(): Promise<void> {
  const ctx: BenchContext = { root, buildApp };
  const sections: Section[] = [];
  const skipped: string[] = [];
  try {
    for (const name of MODULES) {
      const file = join(root, 'bench', `${name}.ts`);
      if (!existsSync(file)) {
        skipped.push(name);
        continue;
      }
      const mod = (await import(pathToFileURL(file).href)) as BenchModule;
      console.error(`bench: ${name}…`);
      sections.push(await mod.run(ctx));
    }
  } finally {
    for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  }
  const out = join(root, 'bench/results.json');
  writeFileSync(out, `${JSON.stringify({ ...results(sections), skipped }, null, 2)}\n`);
  console.log(table(sections));
  if (skipped.length > 0) console.log(`\nnot measured (no bench/<name>.ts yet): ${skipped.join(', ')}`);
  console.log(`\nwritten to ${out}`);
}

await main();
