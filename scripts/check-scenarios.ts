// `npm run check:scenarios [--json] [--allow-incomplete] [--max-states=N] [files…]`: checks scenario files (default: every
// scenarios/*.yaml|yml|json) and prints errors with file:line and JSON Pointer, then the statistics. One bad file never
// stops the others; exit 1 on any error, and on an analysis a limit cut short unless --allow-incomplete.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { RankedEnding, Stats } from '../src/engine/analyse/analyse';
import { type CheckMessage, checkScenarioText } from '../src/engine/analyse/check';

type FileResult = {
  file: string;
  id: string | null;
  ok: boolean;
  errors: { path: string; line: number | null; message: string; kind?: string }[];
  warnings: CheckMessage[];
  stats: Stats | null;
  incomplete: boolean;
};

const args = process.argv.slice(2);
const json = args.includes('--json');
const allowIncomplete = args.includes('--allow-incomplete');
/** The exploration's cap on situations (default 200,000): lower it to check quickly, raise it for a huge scenario. */
const maxStates = Number(args.find((a) => a.startsWith('--max-states='))?.split('=')[1]) || undefined;

function defaultFiles(): string[] {
  const dir = join(process.cwd(), 'scenarios');
  try {
    return readdirSync(dir)
      .filter((f) => /\.(ya?ml|json)$/.test(f))
      .sort()
      .map((f) => relative(process.cwd(), join(dir, f)));
  } catch {
    return [];
  }
}

function checkFile(file: string): FileResult {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const message = `cannot read the file: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`;
    return {
      file,
      id: null,
      ok: false,
      errors: [{ path: '', line: null, message, kind: 'syntax' }],
      warnings: [],
      stats: null,
      incomplete: false,
    };
  }
  try {
    const { id, ok, errors, warnings, stats, incomplete } = checkScenarioText(text, maxStates ? { maxStates } : {});
    if (!incomplete || allowIncomplete) return { file, id, ok, errors, warnings, stats, incomplete };
    // Unfinished analysis is not a pass: its notes become errors unless the author accepts it with --allow-incomplete.
    const cut = warnings.filter((w) => w.kind === 'analysis-incomplete');
    return { file, id, ok: false, errors: [...errors, ...cut], warnings: warnings.filter((w) => !cut.includes(w)), stats, incomplete };
  } catch (e) {
    // The engine promises not to throw; if it does anyway, this file fails and the others are still checked.
    return {
      file,
      id: null,
      ok: false,
      errors: [{ path: '', line: null, message: `checker crashed: ${(e as Error).message}` }],
      warnings: [],
      stats: null,
      incomplete: false,
    };
  }
}

const metricsText = (r: RankedEnding) =>
  Object.entries(r.metrics)
    .map(([k, v]) => `${k} ${v}`)
    .join(', ');

function human(r: FileResult): string {
  const lines = [`${r.ok ? '✓' : '✗'} ${r.id ?? '(no id)'}  ${r.file}`];
  const where = (m: { path: string; line: number | null }) => `${r.file}${m.line !== null ? `:${m.line}` : ''}  ${m.path || '/'}`;
  for (const e of r.errors) lines.push(`  ${where(e)}  ${e.message}`);
  const s = r.stats;
  if (s) {
    lines.push(
      `  stages ${s.stages} · decisions ${s.decisions} (timed ${s.timedDecisions}) · options ${s.options} · injects ${s.injects} · roles ${s.roles} · metrics ${s.metrics}`,
      `  endings: good ${s.endings.good}, mixed ${s.endings.mixed}, bad ${s.endings.bad}`,
      s.incomplete.includes('situations')
        ? '  path to an ending: not established (analysis incomplete)'
        : `  path to an ending: shortest ${s.shortestPath ?? '-'}, longest ${s.longestPath ?? '-'} decisions${
            s.longestBasis === 'situation' ? ' (every path enters some stage twice: counted with no situation twice)' : ''
          }`,
    );
    const b = s.branching;
    lines.push(
      `  branching: ${b.branchingStages.length} stages lead to different places, ${b.seenOnSomePaths.length} are seen on some paths only, ${b.injectOnlyFlags.length} inject-only flag(s)${b.injectOnlyFlags.length ? ` (${b.injectOnlyFlags.join(', ')})` : ''}`,
    );
    if (!s.incomplete.includes('situations'))
      lines.push(
        `  paths per ending: ${Object.entries(s.pathsPerEnding)
          .map(([e, n]) => `${e} ${n >= s.pathCountCap ? `${n}+` : n}`)
          .join(', ')}`,
      );
    const c = s.coverage;
    const unrated = c.unrateable.length ? c.unrateable.join(', ') : 'none';
    lines.push(
      `  objectives: ${c.objectives.map((o) => `${o.id} in ${o.stages.length} stage(s)`).join(', ')}; no path can rate: ${unrated}`,
      `  objectives some path never exercises: ${c.avoidable.length ? c.avoidable.join(', ') : 'none'}`,
      `  decisions that exercise no objective: ${c.silentDecisions.length ? c.silentDecisions.join(', ') : 'none'}`,
      ...c.paths.map((p) => `  path to ${p.endingId} (${p.steps.length} steps) exercises: ${p.exercised.join(', ') || 'none'}`),
    );
    if (s.best) lines.push(`  best reachable ending: ${s.best.endingId} (${s.best.outcome}) — ${metricsText(s.best)}`);
    if (s.worst) lines.push(`  worst reachable ending: ${s.worst.endingId} (${s.worst.outcome}) — ${metricsText(s.worst)}`);
  }
  for (const w of r.warnings) lines.push(`  warning: ${where(w)}  ${w.message}`);
  return lines.join('\n');
}

const named = args.filter((a) => !a.startsWith('--'));
const files = named.length > 0 ? named : defaultFiles();
const results = files.map(checkFile);

if (json) {
  const out = results.map((r) => ({
    file: r.file,
    id: r.id,
    ok: r.ok,
    errors: r.errors.map(({ path, line, message, kind }) => ({ path, line, message, ...(kind ? { kind } : {}) })),
    warnings: r.warnings.map(({ path, line, message, kind }) => ({ path, line, message, kind })),
    incomplete: r.incomplete,
    stats: r.stats,
  }));
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  if (files.length === 0) console.log('no scenario files found');
  for (const r of results) console.log(human(r));
  const bad = results.filter((r) => !r.ok).length;
  console.log(`\n${results.length - bad} of ${results.length} scenario file(s) ok`);
}
process.exitCode = results.some((r) => !r.ok) ? 1 : 0;
