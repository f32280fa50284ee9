// Replay equals live play: random legal choice sequences sent one by one to a running xstate actor end in exactly the
// state that replaying the recorded log gives (fast-check).
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { compile } from '../../src/engine/play/compile';
import type { Scenario } from '../../src/engine/play/schema';
import { newSession, replay } from '../../src/engine/play/session';
import { legalMoves, loadFile, soloMove } from './play';

const scenarios: [string, Scenario][] = [
  ['mini', loadFile(join(import.meta.dirname, '../fixtures/mini.yaml'))],
  ['clockwork', loadFile(join(import.meta.dirname, 'fixtures/clockwork.yaml'))],
];

describe('replay equals live play', () => {
  it.each(scenarios)('%s', (_name, s) => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 20 }), (picks) => {
        const actor = createActor(compile(s)).start();
        let session = newSession(s, { role: s.roles[0]?.id ?? 'ciso', timerMode: 'realistic' });
        for (const pick of picks) {
          const snap = actor.getSnapshot();
          const game = { place: String(snap.value), done: snap.status === 'done', context: snap.context };
          const moves = legalMoves(s, game);
          if (moves.length === 0) break;
          const move = moves[pick % moves.length] as (typeof moves)[number];
          actor.send(move);
          const r = soloMove(s, session, move);
          if (!r.ok) throw new Error(r.reason.message);
          session = r.session;
        }
        const live = actor.getSnapshot();
        const replayed = replay(s, session);
        expect(replayed.ok).toBe(true);
        if (!replayed.ok) return;
        expect(replayed.game.place).toBe(String(live.value));
        expect(replayed.game.done).toBe(live.status === 'done');
        expect(replayed.game.context).toEqual(live.context);
        actor.stop();
      }),
      { numRuns: 300 },
    );
  });

  it('every legal move changes the state: the property above cannot pass by standing still', () => {
    const [, s] = scenarios[1] as [string, Scenario];
    const actor = createActor(compile(s)).start();
    actor.send({ type: 'decision.choose', optionId: 'fast' });
    actor.send({ type: 'decision.timeout' });
    expect(actor.getSnapshot().value).toBe('review');
    expect(actor.getSnapshot().context.history.map((h) => h.kind)).toEqual(['choice', 'timeout']);
  });

  it('a new session starts with an empty log that replays to the initial stage', () => {
    const [, s] = scenarios[0] as [string, Scenario];
    const session = newSession(s, { role: 'ciso', timerMode: 'off' });
    expect(session).toMatchObject({ format: 2, scenario: { id: 'mini', version: 1 }, seed: 1, decisionMode: 'solo', events: [] });
    expect(replay(s, session)).toMatchObject({ ok: true, canUndo: false, game: { place: 'warning', done: false } });
  });
});
