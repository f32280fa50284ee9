// `npm run scenario:map -- file [--lang nl|en] [--out dir]`: writes a scenario's map as Mermaid text (<id>.mmd) and as an
// SVG laid out by elkjs (<id>.svg), with the historical path marked. Default: English, into ./maps.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historicalPath } from '../src/engine/map/graph';
import { buildMap } from '../src/engine/map/map';
import { toMermaid } from '../src/engine/map/mermaid';
import { svgToString } from '../src/engine/map/svg';
import { loadScenario } from '../src/engine/play/load';
import type { Language } from '../src/engine/play/schema';

const usage = 'usage: npm run scenario:map -- <scenario file> [--lang nl|en] [--out dir]';

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

async function main(args: string[]): Promise<number> {
  const file = args.find((a, i) => !a.startsWith('--') && !['--lang', '--out'].includes(args[i - 1] ?? ''));
  const lang = (option(args, '--lang') ?? 'en') as Language;
  const out = option(args, '--out') ?? 'maps';
  if (!file || !['nl', 'en'].includes(lang)) {
    console.error(usage);
    return 2;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return 1;
  }
  const loaded = loadScenario(text);
  if (!loaded.ok) {
    for (const f of loaded.findings) console.error(`${file}:${f.line ?? '?'}  ${f.path || '/'}  ${f.message}`);
    console.error(`${file}: not drawn; fix these first (npm run check:scenarios ${file} says more)`);
    return 1;
  }
  const s = loaded.scenario;
  const labels =
    lang === 'nl'
      ? { title: `Kaart van ${s.title.nl}`, team: 'Jullie pad', historical: 'Historisch pad' }
      : { title: `Map of ${s.title.en}`, team: 'Your path', historical: 'Historical path' };
  const map = await buildMap(s, lang, labels, { historical: historicalPath(s) });
  mkdirSync(out, { recursive: true });
  const mmd = join(out, `${s.id}.mmd`);
  const svg = join(out, `${s.id}.svg`);
  writeFileSync(mmd, toMermaid(map.graph));
  writeFileSync(svg, `<?xml version="1.0" encoding="UTF-8"?>\n${svgToString(map.svg)}\n`);
  console.log(`${mmd}\n${svg}  (${map.graph.nodes.length} places, ${map.graph.edges.length} connections)`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
