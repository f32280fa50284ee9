// Vite plugin: validates scenarios/*.yaml at build time, so the browser never carries the validator.
// `virtual:scenarios` exports the catalogue, the files that failed (with their findings) and a lazy loader per scenario.
// The build also writes each valid scenario to dist/scenarios/<id>.json, which the session server reads.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';
import { type CatalogProblem, catalogEntry } from '../src/engine/play/catalog.ts';
import { loadScenario } from '../src/engine/play/load.ts';

const CATALOG = 'virtual:scenarios';
const ONE = 'virtual:scenario/';

export function scenariosPlugin(dir: string): Plugin {
  const files = () =>
    readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
      .map((f) => join(dir, f));
  const loadAll = () => files().map((file) => ({ file, result: loadScenario(readFileSync(file, 'utf8')) }));
  return {
    name: 'draaiboek-scenarios',
    resolveId(id) {
      if (id === CATALOG || id.startsWith(ONE)) return `\0${id}`;
      return null;
    },
    generateBundle() {
      for (const { result } of loadAll())
        if (result.ok)
          this.emitFile({ type: 'asset', fileName: `scenarios/${result.scenario.id}.json`, source: JSON.stringify(result.scenario) });
    },
    load(id) {
      if (id === `\0${CATALOG}`) {
        const all = loadAll();
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
        for (const { file, result } of loadAll()) {
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
