// Test helpers: load a scenario file and play it through the session layer as a player could (legal moves only).
import { readFileSync } from 'node:fs';
import { holds } from '../../src/engine/play/conditions';
import { loadScenario } from '../../src/engine/play/load';
import type { Scenario } from '../../src/engine/play/schema';
import {
  type ApplyResult,
  apply,
  type EventInput,
  type Game,
  gameOf,
  liveOf,
  newSession,
  type Session,
} from '../../src/engine/play/session';
import { timerState } from '../../src/engine/play/timer';

/** The game a session is at now. */
export function gameOfSession(s: Scenario, session: Session): Game {
  const r = liveOf(s, session);
  if (!r.ok) throw new Error(`the session must replay: ${r.reason.message}`);
  return gameOf(r.live);
}

export function loadFile(file: string): Scenario {
  const loaded = loadScenario(readFileSync(file, 'utf8'));
  if (!loaded.ok) throw new Error(`${file}: ${loaded.findings.map((f) => `${f.path} (line ${f.line}): ${f.message}`).join('; ')}`);
  return loaded.scenario;
}

export type Move = { type: 'decision.choose'; optionId: string } | { type: 'decision.timeout' };

/** What a player may do now: every option whose condition holds, and the timeout if the stage is timed. */
export function legalMoves(s: Scenario, game: Game): Move[] {
  const stage = s.stages.find((x) => x.id === game.place);
  if (!stage || game.done) return [];
  const moves: Move[] = stage.decision.options
    .filter((o) => holds(o.when, game.context))
    .map((o) => ({ type: 'decision.choose' as const, optionId: o.id }));
  if (stage.decision.timeLimit !== undefined) moves.push({ type: 'decision.timeout' });
  return moves;
}

/**
 * One solo move as the play screen makes it: the decision is opened first when it is not (Continue after the
 * consequence card), and a timeout is stamped at its deadline, as the countdown sends it.
 */
export function soloMove(s: Scenario, session: Session, input: EventInput, at = '2024-01-01T00:00:00.000Z'): ApplyResult {
  let current = session;
  const needsOpen = input.type === 'decision.choose' || input.type === 'decision.timeout';
  const base = liveOf(s, current);
  if (!base.ok) throw new Error(`the session must replay: ${base.reason.message}`);
  if (needsOpen && base.live.decision === null && !base.live.ended) {
    const opened = apply(s, current, { type: 'decision.open' }, at);
    if (!opened.ok) return opened;
    current = opened.session;
  }
  let when = at;
  if (input.type === 'decision.timeout') {
    const live = liveOf(s, current);
    const deadline = live.ok ? timerState(s, live.live.decision, current.timerMode).deadline : null;
    if (deadline !== null) when = new Date(Math.max(deadline, Date.parse(at))).toISOString();
  }
  return apply(s, current, input, when);
}

/** Play by picking moves[pick % moves.length] at each step until an ending, a dead end or the picks run out. */
export function playRandom(s: Scenario, picks: readonly number[]): { session: Session; places: string[]; game: Game; stuck: boolean } {
  let session = newSession(s, { role: s.roles[0]?.id ?? 'none', timerMode: 'realistic' });
  const start = liveOf(s, session);
  if (!start.ok) throw new Error('the empty log must replay');
  let game = gameOfSession(s, session);
  const places = [game.place];
  for (const pick of picks) {
    if (game.done) break;
    const moves = legalMoves(s, game);
    if (moves.length === 0) return { session, places, game, stuck: true };
    const result = soloMove(s, session, moves[pick % moves.length] as Move);
    if (!result.ok) throw new Error(`legal move rejected: ${result.reason.message}`);
    session = result.session;
    game = result.game;
    places.push(game.place);
  }
  return { session, places, game, stuck: !game.done && legalMoves(s, game).length === 0 };
}

/** Play a path of steps (as the analyser lists them) through the session layer; returns where it ends. */
export function playSteps(s: Scenario, steps: ReadonlyArray<{ optionId: string; kind: 'choice' | 'timeout' }>): string {
  let session = newSession(s, { role: s.roles[0]?.id ?? 'none', timerMode: 'realistic' });
  let place = s.initialStage;
  for (const step of steps) {
    const move: Move = step.kind === 'timeout' ? { type: 'decision.timeout' } : { type: 'decision.choose', optionId: step.optionId };
    const result = soloMove(s, session, move);
    if (!result.ok) throw new Error(`listed step ${step.optionId} rejected: ${result.reason.message}`);
    session = result.session;
    place = result.game.place;
  }
  return place;
}
