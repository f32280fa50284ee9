// Replay against an independent model: random legal play in a separate implementation of the rules (reference-model.ts),
// its log replayed through the engine's session layer, must agree at every step on place, metrics, flags and clock —
// and every option the model calls unavailable is refused by the engine with a reason.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../src/engine/play/schema';
import { newSession } from '../../src/engine/play/session';
import { loadFile, soloMove } from './play';
import { type RefState, refMoves, refStart, refStep, refUnavailable } from './reference-model';

const shipped = join(import.meta.dirname, '../../scenarios');
const files = [
  join(import.meta.dirname, '../fixtures/mini.yaml'),
  join(import.meta.dirname, 'fixtures/clockwork.yaml'),
  join(import.meta.dirname, 'fixtures/clock-threshold.yaml'),
  ...readdirSync(shipped)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => join(shipped, f)),
];

const engineState = (game: {
  place: string;
  done: boolean;
  context: { metrics: Record<string, number>; flags: string[]; clock: number };
}): RefState => ({
  place: game.place,
  done: game.done,
  metrics: game.context.metrics,
  flags: [...game.context.flags].sort(),
  clock: game.context.clock,
});

describe('replay agrees with an independent model of the rules', () => {
  it.each(files.map((f) => [f.split('/').pop() as string, loadFile(f)] as [string, Scenario]))(
    '%s',
    (_name, s) => {
      fc.assert(
        fc.property(fc.array(fc.nat(), { minLength: 1, maxLength: 120 }), (picks) => {
          let model = refStart(s);
          let session = newSession(s, { role: s.roles[0]?.id ?? '', timerMode: 'realistic' });
          for (const pick of picks) {
            const moves = refMoves(s, model);
            if (moves.length === 0) break;
            for (const optionId of refUnavailable(s, model)) {
              const refused = soloMove(s, session, { type: 'decision.choose', optionId }, '2024-01-01T00:00:00.000Z');
              expect(refused.ok ? 'accepted' : refused.reason.code).toBe('unavailable');
            }
            const move = moves[pick % moves.length] as (typeof moves)[number];
            const next = refStep(s, model, move);
            const result = soloMove(s, session, move, '2024-01-01T00:00:00.000Z');
            if (next === null) {
              expect(result.ok).toBe(false);
              break;
            }
            expect(result.ok).toBe(true);
            if (!result.ok) return;
            expect(engineState(result.game)).toEqual(next);
            model = next;
            session = result.session;
          }
        }),
        { numRuns: 40 },
      );
      // Forty replayed sessions of up to 120 moves: more than the default timeout on a loaded machine.
    },
    120_000,
  );

  it('the model reads a clock threshold as documented: a route sees the clock before the option’s own cost', () => {
    const s = loadFile(join(import.meta.dirname, 'fixtures/clock-threshold.yaml'));
    const start = refStart(s);
    const afterWait = refStep(s, start, { type: 'decision.choose', optionId: 'wait' });
    expect(afterWait?.clock).toBe(59);
    const early = refStep(s, afterWait as RefState, { type: 'decision.choose', optionId: 'act' });
    expect(early?.place).toBe('early');
    // Had the threshold been read after the option's own cost was added, the same act at 59 would end late.
    const shifted = refStep(s, { ...(afterWait as RefState), clock: 60 }, { type: 'decision.choose', optionId: 'act' });
    expect(shifted?.place).toBe('late');
  });
});
