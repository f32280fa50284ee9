// Engine benchmark: applying a session's events one by one (200, and 2,000 with votes and notes, and twice that to show
// the cost is linear), the full report, and the checker's full analysis of each scenario, against the same number of
// events through a bare xstate machine with one state and one self-transition.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMachine, initialTransition, transition } from 'xstate';
import { holds } from '../src/engine/play/conditions';
import type { EventInput } from '../src/engine/play/events';
import { loadScenario } from '../src/engine/play/load';
import { buildReport } from '../src/engine/play/report';
import type { Scenario } from '../src/engine/play/schema';
import { applyEvent, canUndo, gameOf, newSession, replay, type Session, start } from '../src/engine/play/session';
import { tallyOf } from '../src/engine/play/tally';
import { timerState } from '../src/engine/play/timer';
import { type BenchContext, measure, row, type Section } from './table';

const EVENTS = 200;
const LONG = 2000;
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
 * A legal facilitated session of `count` events, each accepted by the engine: five participants vote on every
 * decision (some change their vote), notes now and then, locks by majority or by the facilitator on a tie,
 * timeouts where a stage has a time limit, and an undo at each ending (and sometimes before) so it never stops.
 */
export function legalSession(s: Scenario, count: number): Session {
  const random = lcg(20200114);
  const header = newSession(s, { role: s.roles[0]?.id ?? 'player', timerMode: 'realistic', decisionMode: 'majority' });
  let live = start(s, header);
  let clock = Date.parse('2020-01-14T20:00:00.000Z');
  const send = (input: EventInput): boolean => {
    clock += 1000;
    const r = applyEvent(s, live, { ...input, at: new Date(clock).toISOString() } as EventInput);
    if (r.ok) live = r.live;
    return r.ok;
  };
  const people = ['p1', 'p2', 'p3', 'p4', 'p5'];
  for (const [i, p] of people.entries())
    send({ type: 'participant.join', participantId: p, name: `Deelnemer ${i + 1}`, role: s.roles[i % s.roles.length]?.id ?? 'player' });
  send({ type: 'session.start' });
  while (live.session.events.length < count) {
    const game = gameOf(live);
    const stage = s.stages.find((x) => x.id === game.place);
    if (game.done || (canUndo(live) && random() < 0.05)) {
      if (!send({ type: 'session.undo' })) throw new Error(`undo refused at "${game.place}"`);
      continue;
    }
    if (!stage) throw new Error(`no stage "${game.place}"`);
    if (!live.decision) {
      send({ type: 'decision.open' });
      continue;
    }
    const round = live.decision.round;
    const open = stage.decision.options.filter((o) => holds(o.when, game.context));
    const roll = random();
    if (roll < 0.1) send({ type: 'note.add', text: 'Aantekening van de facilitator', author: 'facilitator', visibility: 'facilitator' });
    else if (roll < 0.7 || live.votes.size < 3) {
      const who = people[Math.floor(random() * people.length)] as string;
      const option = open[Math.floor(random() * open.length)] as { id: string };
      send({ type: 'vote.cast', participantId: who, optionId: option.id, confidence: 1 + Math.floor(random() * 5), round });
    } else if (stage.decision.timeLimit !== undefined && random() < 0.1) {
      // A timeout is only accepted at its deadline: move the clock there.
      const t = timerState(s, live.decision, 'realistic');
      if (t.deadline !== null) clock = Math.max(clock, t.deadline);
      if (!send({ type: 'decision.timeout' })) throw new Error('timeout refused');
    } else {
      const tally = tallyOf(
        round,
        live.votes,
        stage.decision.options.map((o) => o.id),
      );
      const ok = tally.leader
        ? send({ type: 'decision.lock', optionId: tally.leader, basis: 'majority' })
        : send({ type: 'decision.lock', optionId: (open[0] as { id: string }).id, basis: 'facilitator' });
      if (!ok) throw new Error(`lock refused at "${game.place}"`);
    }
  }
  return { ...live.session, events: live.session.events.slice(0, count) };
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

/**
 * Apply every event of a session one by one from an empty log, exactly as the server and the stores do: each event
 * through `applyEvent` on the previous live state, which stays unchanged (so the new state gets arrays of its own).
 */
function applyAll(s: Scenario, session: Session): () => void {
  return () => {
    let live = start(s, { ...session, events: [] });
    for (const event of session.events) {
      const r = applyEvent(s, live, event);
      if (!r.ok) throw new Error(`the benchmark session no longer applies: event ${event.seq}: ${r.reason.message}`);
      live = r.live;
    }
  };
}

/** Fold a whole log at once, as loading a save or a reconnecting screen does (appends in place). */
function replayAll(s: Scenario, session: Session): () => void {
  return () => {
    const result = replay(s, session);
    if (!result.ok) throw new Error(`the benchmark session no longer replays: ${result.reason.message}`);
  };
}

export async function run(ctx: BenchContext): Promise<Section> {
  const { scenarios: all, note } = scenarios(ctx.root);
  const scenario = all[0] as Scenario;
  const session = legalSession(scenario, EVENTS);
  const long = legalSession(scenario, LONG);
  const double = legalSession(scenario, LONG * 2);
  const kinds = new Map<string, number>();
  for (const e of long.events) kinds.set(e.type, (kinds.get(e.type) ?? 0) + 1);

  const engineMs = perCall(applyAll(scenario, session), 5);
  const bareMs = perCall(bareReplay(EVENTS), 50);
  const longMs = perCall(applyAll(scenario, long), 1, { warmup: 2, repeats: 9 });
  const doubleMs = perCall(applyAll(scenario, double), 1, { warmup: 2, repeats: 9 });
  const bareLongMs = perCall(bareReplay(LONG), 5);
  const replayLongMs = perCall(replayAll(scenario, long), 1, { warmup: 2, repeats: 9 });
  const replayedLong = replay(scenario, long);
  const replayedDouble = replay(scenario, double);
  if (!replayedLong.ok || !replayedDouble.ok) throw new Error('the long benchmark sessions must replay');
  const reportMs = perCall(() => buildReport(scenario, long, replayedLong.live), 1, { warmup: 2, repeats: 9 });
  const reportDoubleMs = perCall(() => buildReport(scenario, double, replayedDouble.live), 1, { warmup: 2, repeats: 9 });
  const usPerEvent = (ms: number, n = EVENTS) => (ms * 1000) / n;
  const perSecond = (ms: number) => EVENTS / (ms / 1000);

  const rows = [
    row(`apply ${EVENTS} events of "${scenario.id}" one by one (µs/event)`, usPerEvent(engineMs), usPerEvent(bareMs)),
    // Higher is better here, so the ratio below 1 says how much of the bare machine's throughput the engine keeps.
    row('events per second', perSecond(engineMs), perSecond(bareMs)),
    row(`apply ${LONG} events, votes and notes included (µs/event)`, usPerEvent(longMs, LONG), usPerEvent(bareLongMs, LONG)),
    row(`apply ${LONG * 2} events against ${LONG} (total time)`, doubleMs, longMs, 'linear when the ratio is ≈ 2×'),
    row(
      `replay the ${LONG}-event log at once, as loading a save does (µs/event)`,
      usPerEvent(replayLongMs, LONG),
      usPerEvent(bareLongMs, LONG),
    ),
    row(`full report of the ${LONG}-event session (ms)`, reportMs, bareLongMs, `baseline: ${LONG} bare transitions`),
    row(`full report of ${LONG * 2} events against ${LONG}`, reportDoubleMs, reportMs, 'linear when the ratio is ≈ 2×'),
  ];
  const notes = [
    `the ${LONG}-event session holds ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}; median of ${TIMING.repeats} runs after ${TIMING.warmup} warm-up runs (9 for the long sessions)`,
    ...(note ? [note] : []),
  ];

  const analyse = await loadAnalyse(ctx.root);
  if (analyse) {
    for (const s of all) {
      const ms = perCall(() => analyse(s), 1, { warmup: 2, repeats: 9 });
      rows.push(row(`analyse "${s.id}" (ms)`, ms, bareMs, `baseline: ${EVENTS} bare transitions`));
    }
  } else notes.push('src/engine/analyse/analyse.ts does not exist yet: no analysis rows');

  return {
    name: 'Engine',
    baseline: `the same number of events through a bare xstate machine (one state, one self-transition)`,
    rows,
    notes,
  };
}
