// What a bench module returns, and how `npm run bench` prints and stores it. Every figure sits beside a baseline
// measured in the same run, so the ratio holds on a noisy machine even when the absolute numbers do not.
import { cpus } from 'node:os';

export type Row = {
  /** What was measured, with its unit, e.g. "replay 200 events (µs/event)". */
  measure: string;
  value: number;
  /** The same kind of figure for the baseline; null for rows that only list a size. */
  baseline: number | null;
  /** value ÷ baseline; null when there is no baseline. */
  ratio: number | null;
  note?: string;
};

export type Section = { name: string; baseline: string; rows: Row[]; notes?: string[] };

/** Shared services for bench modules; `buildApp` builds the production app once per run (with a Vite manifest). */
export type BenchContext = { root: string; buildApp: () => Promise<string> };

/** A bench module (bench/<name>.ts) exports `run`; bench/run.ts runs every module that exists. */
export type BenchModule = { run: (ctx: BenchContext) => Promise<Section> };

export function row(measure: string, value: number, baseline: number | null, note?: string): Row {
  return { measure, value, baseline, ratio: baseline ? value / baseline : null, ...(note ? { note } : {}) };
}

export function num(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  if (Math.abs(n) >= 100) return n.toFixed(0);
  if (Math.abs(n) >= 10) return n.toFixed(1);
  return n.toFixed(2);
}

/** A Markdown table (readable in a terminal, pasteable into the README). */
export function table(sections: Section[]): string {
  const lines = ['| benchmark | measure | value | baseline | ratio |', '|---|---|--:|--:|--:|'];
  for (const s of sections)
    for (const r of s.rows)
      lines.push(
        `| ${s.name} | ${r.measure}${r.note ? ` (${r.note})` : ''} | ${num(r.value)} | ${r.baseline === null ? '—' : num(r.baseline)} | ${
          r.ratio === null ? '—' : `${r.ratio.toFixed(2)}×`
        } |`,
      );
  const notes = sections.flatMap((s) => [`- ${s.name} baseline: ${s.baseline}`, ...(s.notes ?? []).map((n) => `- ${s.name}: ${n}`)]);
  return [...lines, '', ...notes].join('\n');
}

export function results(sections: Section[]) {
  const cpu = cpus();
  return {
    date: new Date().toISOString(),
    node: process.version,
    machine: { cpus: cpu.length, model: cpu[0]?.model ?? 'unknown' },
    sections,
  };
}

/** Median of repeated timings, after warm-up runs that are thrown away. */
export function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Time `fn` (ms per call): `warmup` unmeasured calls, then the median of `repeats` measured calls. */
export function measure(fn: () => void, { warmup, repeats }: { warmup: number; repeats: number }): number {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const t0 = performance.now();
    fn();
    samples.push(performance.now() - t0);
  }
  return median(samples);
}
