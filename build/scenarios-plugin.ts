// Vite plugin: validates scenarios/*.yaml at build time, so the browser never carries the validator.
// `virtual:scenarios` exports the catalogue, the files that failed (with their findings) and a lazy loader per scenario.
// The build also writes each valid scenario to dist/scenarios/<id>.json, which the session server reads.
// Each file is parsed once per content (the catalogue and every scenario chunk share the result), and a file that
// breaks the loader in any way becomes a problem of that file only: the other scenarios still build.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { type CatalogProblem, catalogEntry } from '../src/engine/play/catalog.ts';
import { type LoadResult, loadScenario } from '../src/engine/play/load.ts';

const CATALOG = 'virtual:scenarios';
const ONE = 'virtual:scenario/';

type Loaded = { file: string; text: string; result: LoadResult };

/** The loader promises never to throw; should it anyway, the file fails with the reason instead of the build. */
function safeLoad(text: string): LoadResult {
  try {
    return loadScenario(text);
  } catch (e) {
    const message = `the file could not be read: ${e instanceof Error ? e.message : String(e)}`;
    return { ok: false, scenario: null, raw: null, findings: [{ path: '', line: null, message }], lineOf: () => null };
  }
}

function readText(file: string): string | { error: string } {
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    return { error: `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}` };
  }
}

export function scenariosPlugin(dir: string): Plugin {
  const cache = new Map<string, Loaded>();
  /** Parses a file only when its text differs from the last parse. */
  const loadFile = (file: string): Loaded => {
    const text = readText(file);
    if (typeof text !== 'string')
      return {
        file,
        text: '',
        result: { ok: false, scenario: null, raw: null, findings: [{ path: '', line: null, message: text.error }], lineOf: () => null },
      };
    const known = cache.get(file);
    if (known && known.text === text) return known;
    const loaded = { file, text, result: safeLoad(text) };
    cache.set(file, loaded);
    return loaded;
  };
  const loadAll = async () => {
    const names = (await readdir(dir)).filter((f) => /\.(ya?ml|json)$/.test(f)).sort();
    return names.map((f) => loadFile(join(dir, f)));
  };
  return {
    name: 'draaiboek-scenarios',
    resolveId(id) {
      if (id === CATALOG || id.startsWith(ONE)) return `\0${id}`;
      return null;
    },
    async generateBundle() {
      for (const { result } of await loadAll())
        if (result.ok)
          this.emitFile({ type: 'asset', fileName: `scenarios/${result.scenario.id}.json`, source: JSON.stringify(result.scenario) });
    },
    async load(id) {
      if (id === `\0${CATALOG}`) {
        const all = await loadAll();
        for (const { file } of all) this.addWatchFile(file);
        const ok = all.flatMap((x) => (x.result.ok ? [x.result.scenario] : []));
        const problems: CatalogProblem[] = all.flatMap((x) =>
          x.result.ok ? [] : [{ file: relative(process.cwd(), x.file), findings: x.result.findings }],
        );
        for (const p of problems)
          this.warn(`${p.file}: ${p.findings.map((f) => `${f.path}${f.line ? ` (line ${f.line})` : ''}: ${f.message}`).join('; ')}`);
        const loaders = ok.map((s) => `${JSON.stringify(s.id)}: () => import(${JSON.stringify(ONE + s.id)}).then((m) => m.default)`);
        return [
          `export const catalog = ${JSON.stringify(ok.map(catalogEntry))};`,
          `export const problems = ${JSON.stringify(problems)};`,
          `export const loaders = {${loaders.join(',')}};`,
        ].join('\n');
      }
      if (id.startsWith(`\0${ONE}`)) {
        const wanted = id.slice(ONE.length + 1);
        // Reading again is cheap; a file whose text is unchanged is not parsed again.
        const all = await loadAll();
        for (const { file, result } of all) {
          if (result.ok && result.scenario.id === wanted) {
            this.addWatchFile(file);
            return `export default JSON.parse(${JSON.stringify(JSON.stringify(result.scenario))});`;
          }
        }
        this.error(`scenario "${wanted}" not found or invalid`);
      }
      return null;
    },
  };
}
