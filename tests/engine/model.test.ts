// Model-based: for every shipped scenario, every move the analyser's exploration makes is the move the compiled machine
// makes from the same state — same next place, same flags, same clock and the same values of the metrics that
// conditions read — so the checker's verdicts are about the game people actually play.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { transition } from 'xstate';
import { explore, routingKeySpec, stateKey } from '../../src/engine/analyse/explore';
import { reads } from '../../src/engine/play/conditions';
import { machineFor } from '../../src/engine/play/machine';
import type { Condition, Scenario } from '../../src/engine/play/schema';
import { loadFile } from './play';

const dir = join(import.meta.dirname, '../../scenarios');
const shipped = readdirSync(dir)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => [f, loadFile(join(dir, f))] as [string, Scenario]);

/** Every metric some condition reads: the values the route can depend on. */
function readMetrics(s: Scenario): string[] {
  const conditions: (Condition | undefined)[] = [...s.stages, ...s.endings].flatMap((p) => [
    ...(p.onEnter ?? []).map((c) => c.when),
    ...('decision' in p
      ? p.decision.options.flatMap((o) => [o.when, ...(typeof o.next === 'string' ? [] : o.next.map((r) => r.when))])
      : []),
  ]);
  const metrics = new Set<string>();
  for (const c of conditions) for (const m of reads(c).metrics) metrics.add(m);
  return [...metrics].sort();
}

describe.each(shipped)('%s: the exploration and the compiled machine agree on every move', (_file, s) => {
  it('from every explored state', () => {
    const graph = explore(s);
    expect(graph.capped).toBe(false);
    const machine = machineFor(s);
    const spec = routingKeySpec(s);
    const metrics = readMetrics(s);
    let checked = 0;
    const mismatches: string[] = [];
    const same = (what: string, a: unknown, b: unknown, where: string) => {
      if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push(`${where}: ${what} ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`);
    };
    for (const node of graph.states) {
      for (const move of node.moves) {
        const where = `${node.key} → ${move.kind === 'timeout' ? 'timeout' : move.optionId}`;
        const snap = machine.resolveState({ value: node.place, context: node.context });
        const event =
          move.kind === 'timeout' ? { type: 'decision.timeout' as const } : { type: 'decision.choose' as const, optionId: move.optionId };
        if (!snap.can(event)) {
          mismatches.push(`${where}: the machine refuses the move`);
          continue;
        }
        const [next] = transition(machine, snap, event);
        const expected = graph.states[move.to];
        if (!expected) throw new Error('a move into a state the exploration did not add');
        same('place', String(next.value), expected.place, where);
        // States are merged on what later conditions can still read there: compare exactly that.
        same('key', stateKey(String(next.value), next.context, spec), expected.key, where);
        const live = spec.live.get(expected.place);
        const flags = (f: string[]) => f.filter((x) => live?.flags.has(x)).sort();
        same('flags', flags(next.context.flags), flags(expected.context.flags), where);
        const read = metrics.filter((m) => live?.metrics.includes(m));
        same(
          'metrics',
          read.map((m) => next.context.metrics[m]),
          read.map((m) => expected.context.metrics[m]),
          where,
        );
        if (live?.clock) same('clock', Math.min(next.context.clock, spec.clockCap), Math.min(expected.context.clock, spec.clockCap), where);
        checked++;
      }
    }
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(checked).toBeGreaterThan(20);
    // Every situation of a shipped scenario is replayed through the machine: thousands of them on a loaded 2-core box.
  }, 180_000);
});
