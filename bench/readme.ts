// `npm run bench:readme`: rewrites the README's benchmark table from bench/results.json (the last `npm run bench`),
// with that run's date and machine, so the README never carries hand-edited or stale figures. The table sits between
// the markers `<!-- bench:table -->` and `<!-- /bench:table -->`; everything else in the README is left as it is.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Section } from './table';
import { num } from './table';

type Results = { date: string; node: string; machine: { cpus: number; model: string }; sections: Section[]; skipped?: string[] };

const START = '<!-- bench:table -->';
const END = '<!-- /bench:table -->';

/** A Markdown table with aligned columns (as a formatter would leave it), numbers right-aligned. */
function aligned(header: string[], rows: string[][], right: boolean[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const cell = (text: string, i: number) => (right[i] ? text.padStart(widths[i] ?? 0) : text.padEnd(widths[i] ?? 0));
  const line = (cells: string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `| ${widths.map((w, i) => (right[i] ? `${'-'.repeat(Math.max(1, w - 1))}:` : '-'.repeat(w))).join(' | ')} |`;
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function renderTable(results: Results): string {
  const rows = results.sections.flatMap((s) =>
    s.rows.map((r) => [
      s.name,
      `${r.measure}${r.note ? ` (${r.note})` : ''}`,
      num(r.value),
      r.baseline === null ? '—' : num(r.baseline),
      r.ratio === null ? '—' : `${r.ratio >= 10 ? r.ratio.toFixed(0) : r.ratio.toFixed(2)}×`,
    ]),
  );
  const day = new Date(results.date).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
  const intro = `From \`bench/results.json\` of ${day} (${results.date}), ${results.machine.cpus} × ${results.machine.model}, Node ${results.node}; written by \`npm run bench:readme\`, never by hand.`;
  const skipped = results.skipped?.length ? `\n\nNot measured in that run: ${results.skipped.join(', ')}.` : '';
  return `${intro}\n\n${aligned(['benchmark', 'measure', 'value', 'baseline', 'ratio'], rows, [false, false, true, true, true])}${skipped}`;
}

export function rewrite(readme: string, results: Results): string {
  const from = readme.indexOf(START);
  const to = readme.indexOf(END);
  if (from < 0 || to < from) throw new Error(`README.md: the markers ${START} and ${END} are missing`);
  return `${readme.slice(0, from + START.length)}\n${renderTable(results)}\n${readme.slice(to)}`;
}

const isMain = process.argv[1] !== undefined && resolve(process.argv[1]) === resolve(import.meta.filename);
if (isMain) {
  const root = resolve(import.meta.dirname, '..');
  const results = JSON.parse(readFileSync(resolve(root, 'bench/results.json'), 'utf8')) as Results;
  const file = resolve(root, 'README.md');
  writeFileSync(file, rewrite(readFileSync(file, 'utf8'), results));
  // Biome formats Markdown too; leave the README as the lint gate wants it.
  execFileSync(resolve(root, 'node_modules/.bin/biome'), ['format', '--write', file], { stdio: 'ignore' });
  console.log(`README.md: benchmark table rewritten from the run of ${results.date}`);
}
