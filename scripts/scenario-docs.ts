// `npm run scenario:docs -- file --lang nl|en [--out dir]`: writes the situation manual and the facilitator guide of a
// scenario as print-ready HTML and as Markdown (default folder: exercise-docs/). Print the HTML to PDF with Chromium.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { facilitatorGuide, situationManual, toHtml, toMarkdown } from '../src/engine/docs/exercise-docs';
import { loadScenario } from '../src/engine/play/load';
import { type Language, languages } from '../src/engine/play/schema';

const args = process.argv.slice(2);
const value = (flag: string) => {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
};
const lang = (value('--lang') ?? 'nl') as Language;
const out = value('--out') ?? 'exercise-docs';
const files = args.filter((a, i) => !a.startsWith('--') && !['--lang', '--out'].includes(args[i - 1] ?? ''));

if (!languages.includes(lang)) {
  console.error(`--lang must be one of ${languages.join(', ')} (got "${lang}")`);
  process.exit(2);
}
if (files.length === 0) {
  console.error('usage: npm run scenario:docs -- scenarios/file.yaml [--lang nl|en] [--out folder]');
  process.exit(2);
}
let failed = false;
mkdirSync(out, { recursive: true });
for (const file of files) {
  const loaded = loadScenario(readFileSync(file, 'utf8'));
  if (!loaded.ok) {
    failed = true;
    for (const f of loaded.findings) console.error(`${file}${f.line !== null ? `:${f.line}` : ''}  ${f.path || '/'}  ${f.message}`);
    continue;
  }
  const s = loaded.scenario;
  for (const [name, doc] of [
    ['situation-manual', situationManual(s, lang)],
    ['facilitator-guide', facilitatorGuide(s, lang)],
  ] as const) {
    for (const [ext, text] of [
      ['html', toHtml(doc)],
      ['md', toMarkdown(doc)],
    ] as const) {
      const path = join(out, `${s.id}.${name}.${lang}.${ext}`);
      writeFileSync(path, text);
      console.log(`wrote ${path}`);
    }
  }
}
process.exitCode = failed ? 1 : 0;
