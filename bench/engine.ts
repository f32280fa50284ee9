// Engine benchmark: replaying a 200-event session of a real scenario, and the checker's full analysis of each scenario,
// against the same number of events through a bare xstate machine with one state and one self-transition.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMachine, initialTransition, transition } from 'xstate';
import { holds } from '../src/engine/play/conditions';
import { loadScenario } from '../src/engine/play/load';
import type { Scenario } from '../src/engine/play/schema';
import { apply, newSession, replay, type Session } from '../src/engine/play/session';
import { type BenchContext, measure, row, type Section } from './table';

const EVENTS = 200;
const TIMING = { warmup: 10, repeats: 31 };

/** Every valid scenario in scenarios/; the test fixture when none is valid yet. */
function scenarios(root: string): { scenarios: Scenario[]; note?: string } {
  const dir = join(root, 'scenarios');
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => /\.(ya?ml|json)$/.test(f))
        .sort()
    : [];
  const valid = files.flatMap((f) => {
    const result = loadScenario(readFileSync(join(dir, f), 'utf8'));
    return result.ok ? [result.scenario] : [];
  });
  if (valid.length > 0) return { scenarios: valid };
  const mini = loadScenario(readFileSync(join(root, 'tests/fixtures/mini.yaml'), 'utf8'));
  if (!mini.ok) throw new Error('tests/fixtures/mini.yaml does not load; the engine benchmark needs one valid scenario');
  return { scenarios: [mini.scenario], note: 'no valid scenario in scenarios/ yet: measured on tests/fixtures/mini.yaml' };
}

/** A small deterministic generator, so every run replays the same session. */
function lcg(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * A legal session of `count` events, each accepted by session.apply: full plays to an ending, choose/undo pairs,
 * and timeouts where a stage has a time limit.
 */
export function legalSession(s: Scenario, count: number): Session {
  const random = lcg(20200114);
  let session = newSession(s, { role: s.roles[0]?.id ?? 'player', timerMode: 'realistic' });
  let state = replay(s, []);
  while (session.events.length < count) {
    if (!state.ok) throw new Error(`the generated session stopped replaying: ${state.reason.message}`);
    const { game, canUndo } = state;
    const stage = s.stages.find((x) => x.id === game.place);
    const tries: { type: 'decision.choose' | 'decision.timeout' | 'session.undo'; optionId?: string }[] = [];
    if (canUndo && (game.done || random() < 0.1)) tries.push({ type: 'session.undo' });
    if (stage) {
      if (stage.decision.timeLimit !== undefined && random() < 0.2) tries.push({ type: 'decision.timeout' });
      const open = stage.decision.options.filter((o) => holds(o.when, game.context));
      const start = Math.floor(random() * open.length);
      for (let i = 0; i < open.length; i++)
        tries.push({ type: 'decision.choose', optionId: (open[(start + i) % open.length] as { id: string }).id });
    }
    const accepted = tries.map((t) => apply(s, session, t, '2020-01-14T20:00:00.000Z')).find((r) => r.ok);
    if (!accepted?.ok) throw new Error(`no legal event in "${game.place}" after ${session.events.length} events`);
    session = accepted.session;
    state = { ok: true, game: accepted.game, canUndo: accepted.canUndo };
  }
  return session;
}

/** The baseline: one state, one self-transition, driven by the same pure `transition()` the session replay uses. */
function bareReplay(count: number): () => void {
  const machine = createMachine({ id: 'bare', initial: 'idle', states: { idle: { on: { tick: { target: 'idle' } } } } });
  const event = { type: 'tick' } as const;
  return () => {
    let [snap] = initialTransition(machine);
    for (let i = 0; i < count; i++) [snap] = transition(machine, snap, event);
    if (snap.value !== 'idle') throw new Error('the baseline machine left its only state');
  };
}

/** ms per call of `fn`, measured in batches of `batch` calls so each sample is well above the timer's resolution. */
function perCall(fn: () => void, batch: number, timing = TIMING): number {
  return (
    measure(() => {
      for (let i = 0; i < batch; i++) fn();
    }, timing) / batch
  );
}

type Analyse = (s: Scenario) => unknown;

async function loadAnalyse(root: string): Promise<Analyse | null> {
  const file = join(root, 'src/engine/analyse/analyse.ts');
  if (!existsSync(file)) return null;
  const mod = (await import(pathToFileURL(file).href)) as { analyse?: Analyse };
  return typeof mod.analyse === 'function' ? mod.analyse : null;
}

export async function run(ctx: BenchContext): Promise<Section> {
  const { scenarios: all, note } = scenarios(ctx.root);
  const scenario = all[0] as Scenario;
  const session = legalSession(scenario, EVENTS);
  const kinds = new Map<string, number>();
  for (const e of session.events) kinds.set(e.type, (kinds.get(e.type) ?? 0) + 1);

  const engineMs = perCall(() => {
    const result = replay(scenario, session.events);
    if (!result.ok) throw new Error(`the benchmark session no longer replays: ${result.reason.message}`);
  }, 5);
  const bareMs = perCall(bareReplay(EVENTS), 50);
  const usPerEvent = (ms: number) => (ms * 1000) / EVENTS;
  const perSecond = (ms: number) => EVENTS / (ms / 1000);

  const rows = [
    row(`replay ${EVENTS} events of "${scenario.id}" (µs/event)`, usPerEvent(engineMs), usPerEvent(bareMs)),
    // Higher is better here, so the ratio below 1 says how much of the bare machine's throughput the engine keeps.
    row('events per second', perSecond(engineMs), perSecond(bareMs)),
  ];
  const notes = [
    `session of ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}; median of ${TIMING.repeats} runs after ${TIMING.warmup} warm-up runs`,
    ...(note ? [note] : []),
  ];

  const analyse = await loadAnalyse(ctx.root);
  if (analyse) {
    for (const s of all) {
      const ms = perCall(() => analyse(s), 1, { warmup: 2, repeats: 9 });
      rows.push(row(`analyse "${s.id}" (ms)`, ms, bareMs, `baseline: ${EVENTS} bare transitions`));
    }
  } else notes.push('src/engine/analyse/analyse.ts does not exist yet: no analysis rows');

  return { name: 'Engine', baseline: `${EVENTS} events through a bare xstate machine (one state, one self-transition)`, rows, notes };
}
