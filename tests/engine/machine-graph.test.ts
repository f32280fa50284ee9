// The compiled machine is inspectable: xstate's own graph helpers walk it, and they agree with the analyser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { analyse } from '../../src/engine/analyse/analyse';
import { compile, type GameEvent } from '../../src/engine/play/compile';
import { reads } from '../../src/engine/play/conditions';
import { loadScenario } from '../../src/engine/play/load';
import type { Condition, Scenario } from '../../src/engine/play/schema';

function scenario(file: string): Scenario {
  const r = loadScenario(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(`${file}: ${JSON.stringify(r.findings)}`);
  return r.scenario;
}

/**
 * Route key as the clarifications define it: place + flags + the metrics some routing condition reads, and the clock
 * when a condition reads it (the fixtures that do have no loops, so the raw clock keeps the walk finite).
 */
function routeKey(s: Scenario) {
  const conditions: (Condition | undefined)[] = s.stages.flatMap((st) => [
    ...(st.onEnter ?? []).map((c) => c.when),
    ...st.decision.options.flatMap((o) => [o.when, ...(typeof o.next === 'string' ? [] : o.next.map((r) => r.when))]),
  ]);
  const read = { flags: new Set<string>(), metrics: new Set<string>(), clock: false };
  for (const c of conditions) reads(c, read);
  return (snap: { value: unknown; context: { flags: string[]; metrics: Record<string, number>; clock: number } }) =>
    JSON.stringify([
      snap.value,
      snap.context.flags,
      [...read.metrics].map((m) => snap.context.metrics[m]),
      read.clock ? snap.context.clock : null,
    ]);
}

function eventsFor(s: Scenario) {
  return (snap: { value: unknown }): GameEvent[] => {
    const stage = s.stages.find((x) => x.id === snap.value);
    if (!stage) return [];
    const choices: GameEvent[] = stage.decision.options.map((o) => ({ type: 'decision.choose', optionId: o.id }));
    return stage.decision.timeLimit === undefined ? choices : [...choices, { type: 'decision.timeout' }];
  };
}

describe('the compiled machine under xstate/graph', () => {
  it('names every guard and action, so nothing in it is an anonymous closure', () => {
    const s = scenario('tests/fixtures/mini.yaml');
    const config = compile(s).config as {
      states: Record<string, { on?: Record<string, { guard: { type: string }; actions: { type: string }[] }[]> }>;
    };
    const transitions = Object.values(config.states).flatMap((st) => Object.values(st.on ?? {}).flat());
    expect(transitions.length).toBeGreaterThan(0);
    for (const t of transitions) {
      expect(['option', 'timeout']).toContain(t.guard.type);
      expect(t.actions.map((a) => a.type)).toEqual(['choose', 'enter']);
    }
  });

  const files = [
    'tests/fixtures/mini.yaml',
    'tests/checker/fixtures/unreachable-stage.yaml',
    'tests/checker/fixtures/flag-blocked-ending.yaml',
    'tests/checker/fixtures/metric-exit.yaml',
    'tests/engine/fixtures/clock-threshold.yaml',
  ];
  for (const file of files) {
    it(`reaches exactly the places the analyser calls reachable in ${file}`, () => {
      const s = scenario(file);
      const paths = getShortestPaths(compile(s), { events: eventsFor(s), serializeState: routeKey(s) });
      const byGraph = new Set(paths.map((p) => String(p.state.value)));
      const unreachable = new Set(
        analyse(s)
          .findings.filter((f) => f.kind === 'unreachable-stage' || f.kind === 'unreachable-ending')
          .map((f) => f.message.match(/"([^"]+)"/)?.[1]),
      );
      const expected = [...s.stages, ...s.endings].map((x) => x.id).filter((id) => !unreachable.has(id));
      expect([...byGraph].sort()).toEqual(expected.sort());
      expect(byGraph.size).toBeGreaterThan(1);
    });
  }

  it('splits the clock fixture at 60 minutes exactly: 59 is early, 60 is late', () => {
    const s = scenario('tests/engine/fixtures/clock-threshold.yaml');
    const paths = getShortestPaths(compile(s), { events: eventsFor(s), serializeState: routeKey(s) });
    const endings = paths.filter((p) => p.state.status === 'done').map((p) => [String(p.state.value), p.state.context.clock]);
    expect(endings.sort()).toEqual([
      ['early', 59],
      ['late-after-step', 60],
    ]);
  });
});
