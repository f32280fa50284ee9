// `npm run bench:trace`: where the time of an interaction goes. Plays the seeded scenarios like the interaction
// benchmark against an unminified production build (so functions keep their names) under a Chromium performance trace
// (devtools timeline + V8 sampling profiler), then splits each measured interaction — from the probe's "lat:start" mark
// on the key to its "lat:end" mark after the frame — into the main thread's own time per task kind (script, style,
// layout, paint…) and the JavaScript samples per function: the store update, the view build, React's render and commit.
// Prints a report; `--device phone` measures at 390 wide with the CPU slowed 4×. Diagnostics only: it never fails on a number.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../tests/e2e/support/browser';
import { serveBuild } from '../tests/e2e/support/serve';
import { appSamples, DESKTOP, devicePage, PHONE } from './interaction';

type TraceEvent = {
  name: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: Record<string, unknown>;
};
type CpuNode = { id: number; callFrame: { functionName: string; url?: string; lineNumber?: number }; parent?: number };

/** Functions whose inclusive time answers "where does it go": the store, the engine's views, React's phases, screens. */
const WATCHED = [
  ['store: send one event', 'send'],
  ['store: accept (set + save)', 'accept'],
  ['engine: applyEvent', 'applyEvent'],
  ['saves: write (JSON + localStorage)', 'write'],
  ['saves: scan every save', 'scan'],
  ['saves: deferred flush', 'flush'],
  ['engine: newSession (content hash)', 'newSession'],
  ['engine: viewFor', 'viewFor'],
  ['engine: metricSeries', 'metricSeries'],
  ['engine: buildReport', 'buildReport'],
  ['react: render (renderRootSync)', 'renderRootSync'],
  ['react: render (concurrent)', 'renderRootConcurrent'],
  ['react: commit', 'commitRoot'],
  ['react: passive effects', 'flushPassiveEffects'],
  ['ui: PlayScreen', 'PlayScreen'],
  ['ui: MetricsPanel', 'MetricsPanel'],
  ['ui: MetricChart', 'MetricChart'],
  ['ui: InjectFeed', 'InjectFeed'],
  ['ui: ConsequenceCard', 'ConsequenceCard'],
  ['ui: DecisionPanel', 'DecisionPanel'],
  ['ui: DebriefScreen', 'DebriefScreen'],
  ['ui: Timeline', 'Timeline'],
] as const;

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const device = args.includes('phone') ? PHONE : DESKTOP;
const decisions = Number(args.find((a) => /^\d+$/.test(a)) ?? 24);
// `--from trace.json` reports on a trace written by an earlier run instead of playing again.

type Window = { label: string; start: number; end: number };

function windowsOf(events: TraceEvent[]): { pid: number; windows: Window[] } {
  const marks = events.filter((e) => e.name.startsWith('lat:')).sort((a, b) => a.ts - b.ts);
  const open = new Map<string, number>();
  const windows: Window[] = [];
  for (const m of marks) {
    const [, edge, label = ''] = m.name.split(':');
    if (edge === 'start') open.set(label, m.ts);
    else if (open.has(label)) {
      windows.push({ label, start: open.get(label) as number, end: m.ts });
      open.delete(label);
    }
  }
  return { pid: marks[0]?.pid ?? -1, windows };
}

/** Self time of the main thread's complete events ("X"), clipped to the windows, by event name. */
function selfTimes(events: TraceEvent[], pid: number, windows: Window[]): Map<string, Map<string, number>> {
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid && e.args?.name === 'CrRendererMain');
  const tid = main?.tid;
  const xs = events.filter((e) => e.pid === pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined).sort((a, b) => a.ts - b.ts);
  const out = new Map<string, Map<string, number>>();
  const clip = (a: number, b: number, w: Window) => Math.max(0, Math.min(b, w.end) - Math.max(a, w.start));
  for (const w of windows) {
    const byName = out.get(w.label) ?? new Map<string, number>();
    out.set(w.label, byName);
    // Walk with a stack: an event's own time is its span minus its children's spans.
    const stack: { e: TraceEvent; end: number; child: number }[] = [];
    const close = (upTo: number) => {
      while (stack.length > 0 && (stack[stack.length - 1] as { end: number }).end <= upTo) {
        const top = stack.pop() as { e: TraceEvent; end: number; child: number };
        const own = clip(top.e.ts, top.end, w) - top.child;
        byName.set(top.e.name, (byName.get(top.e.name) ?? 0) + Math.max(0, own));
        const parent = stack[stack.length - 1];
        if (parent) parent.child += clip(top.e.ts, top.end, w);
      }
    };
    for (const e of xs) {
      if (e.ts + (e.dur as number) < w.start || e.ts > w.end) continue;
      close(e.ts);
      stack.push({ e, end: e.ts + (e.dur as number), child: 0 });
    }
    close(Number.POSITIVE_INFINITY);
  }
  return out;
}

type Sample = { ts: number; stack: string[] };

/** The V8 sampling profiler's samples from the trace, each with its stack of function names (leaf first). */
function samplesOf(events: TraceEvent[], pid: number): Sample[] {
  const starts = new Map<string, number>();
  for (const e of events)
    if (e.name === 'Profile' && e.pid === pid) starts.set(e.id ?? '', (e.args?.data as { startTime?: number } | undefined)?.startTime ?? 0);
  const nodes = new Map<string, Map<number, CpuNode>>();
  const clock = new Map<string, number>();
  const out: Sample[] = [];
  for (const e of events.filter((x) => x.name === 'ProfileChunk' && x.pid === pid)) {
    const id = e.id ?? '';
    const data = e.args?.data as { cpuProfile?: { nodes?: CpuNode[]; samples?: number[] }; timeDeltas?: number[] };
    const known = nodes.get(id) ?? new Map<number, CpuNode>();
    nodes.set(id, known);
    for (const n of data.cpuProfile?.nodes ?? []) known.set(n.id, n);
    let t = clock.get(id) ?? starts.get(id) ?? 0;
    const samples = data.cpuProfile?.samples ?? [];
    samples.forEach((nodeId, i) => {
      t += data.timeDeltas?.[i] ?? 0;
      const stack: string[] = [];
      for (let n = known.get(nodeId); n; n = n.parent === undefined ? undefined : known.get(n.parent))
        stack.push(
          n.callFrame.functionName || `(anonymous ${(n.callFrame.url ?? '').split('/').pop() ?? ''}:${(n.callFrame.lineNumber ?? -1) + 1})`,
        );
      out.push({ ts: t, stack });
    });
    clock.set(id, t);
  }
  return out;
}

const ms = (us: number) => (us / 1000).toFixed(2);

/** The report of one trace: per kind of interaction, the main thread's own time by task and the JavaScript by function. */
function report(text: string, measured: Record<string, number[]>, file: string): string {
  const events = (JSON.parse(text) as { traceEvents: TraceEvent[] }).traceEvents;
  const { pid, windows } = windowsOf(events);
  const own = selfTimes(events, pid, windows);
  const samples = samplesOf(events, pid);
  const labels = ['choose', 'proceed', 'debrief', 'start', 'setup'];
  const lines: string[] = [`Trace on ${device.name} (${device.viewport.width} wide, CPU ${device.cpuSlowdown}×), ${file}`];
  for (const label of labels) {
    const ws = windows.filter((w) => w.label === label);
    if (ws.length === 0) continue;
    const spans = ws.map((w) => w.end - w.start).sort((a, b) => a - b);
    const probe = measured[label] ?? [];
    lines.push(
      '',
      `## ${label}: ${ws.length} interactions, traced span median ${ms(spans[Math.floor(spans.length / 2)] ?? 0)} ms; probe median ${
        [...probe].sort((a, b) => a - b)[Math.floor(probe.length / 2)]?.toFixed(1) ?? '—'
      } ms`,
    );
    lines.push('main thread own time per interaction (mean ms), largest first:');
    const names = [...(own.get(label) ?? new Map<string, number>()).entries()].sort((a, b) => b[1] - a[1]).slice(0, 12);
    for (const [name, us] of names) lines.push(`  ${ms(us / ws.length).padStart(8)}  ${name}`);
    const inWindow = samples.filter((s) => ws.some((w) => s.ts >= w.start && s.ts <= w.end));
    const interval = samples.length > 1 ? ((samples.at(-1)?.ts ?? 0) - (samples[0]?.ts ?? 0)) / samples.length : 0;
    lines.push(`JavaScript, inclusive (mean ms per interaction, ${inWindow.length} samples at ≈${ms(interval)} ms):`);
    for (const [title, fn] of WATCHED) {
      const n = inWindow.filter((s) => s.stack.includes(fn)).length;
      if (n > 0) lines.push(`  ${ms((n * interval) / ws.length).padStart(8)}  ${title}`);
    }
    const self = new Map<string, number>();
    for (const s of inWindow) self.set(s.stack[0] ?? '?', (self.get(s.stack[0] ?? '?') ?? 0) + 1);
    lines.push('JavaScript, own time of the top functions (mean ms per interaction):');
    for (const [fn, n] of [...self.entries()].sort((a, b) => b[1] - a[1]).slice(0, 12))
      lines.push(`  ${ms((n * interval) / ws.length).padStart(8)}  ${fn}`);
  }
  return lines.join('\n');
}

async function main() {
  const from = args.indexOf('--from');
  if (from >= 0) {
    const file = args[from + 1] ?? '';
    console.log(report(readFileSync(file, 'utf8'), {}, file));
    return;
  }
  const outDir = mkdtempSync(join(tmpdir(), 'draaiboek-trace-app-'));
  try {
    await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false } });
    const app = await serveBuild(outDir);
    const browser = await launchChromium();
    try {
      const { page, goto } = await devicePage(browser, device);
      await browser.startTracing(page, {
        categories: [
          'devtools.timeline',
          'disabled-by-default-devtools.timeline',
          'blink.user_timing',
          'v8.execute',
          'disabled-by-default-v8.cpu_profiler',
          'disabled-by-default-v8.gc',
        ],
      });
      const measured = await appSamples(page, goto, app.url, decisions);
      const buffer = await browser.stopTracing();
      const file = join(tmpdir(), `draaiboek-trace-${device.name}.json`);
      writeFileSync(file, buffer);
      console.log(report(buffer.toString('utf8'), measured, file));
    } finally {
      await browser.close();
      await app.close();
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

await main();
