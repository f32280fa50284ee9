// The guide's annotated example is a real scenario: the checker passes it and the engine plays it to every ending.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPaths } from '../../src/engine/analyse/analyse';
import { checkScenarioText } from '../../src/engine/analyse/check';
import { newSession } from '../../src/engine/play/session';
import { loadFile, playRandom, soloMove } from '../engine/play';

const file = resolve(import.meta.dirname, '../../docs/example-scenario.yaml');

describe('the authoring guide’s example scenario', () => {
  it('passes the checker without errors or warnings', () => {
    const report = checkScenarioText(readFileSync(file, 'utf8'));
    expect(report.errors).toEqual([]);
    expect(report.warnings).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('plays along the historical path to its good ending', () => {
    const s = loadFile(file);
    let session = newSession(s, { role: 'ciso', timerMode: 'realistic' });
    let place = s.initialStage;
    let done = false;
    while (!done) {
      const stage = s.stages.find((x) => x.id === place);
      const option = stage?.decision.options.find((o) => o.historical);
      if (!option) throw new Error(`no historical option in stage "${place}"`);
      const result = soloMove(s, session, { type: 'decision.choose', optionId: option.id });
      if (!result.ok) throw new Error(result.reason.message);
      session = result.session;
      place = result.game.place;
      done = result.game.done;
    }
    expect(place).toBe('contained');
  });

  it('reaches every one of its endings by some path a player can take', () => {
    const s = loadFile(file);
    const paths = listPaths(s, 1);
    expect(Object.keys(paths).sort()).toEqual(s.endings.map((e) => e.id).sort());
    for (const [ending, [path]] of Object.entries(paths)) {
      let session = newSession(s, { role: 'manager', timerMode: 'relaxed' });
      let last = s.initialStage;
      for (const step of path ?? []) {
        const result = soloMove(
          s,
          session,
          step.kind === 'timeout' ? { type: 'decision.timeout' } : { type: 'decision.choose', optionId: step.optionId },
        );
        if (!result.ok) throw new Error(result.reason.message);
        session = result.session;
        last = result.game.place;
      }
      expect(last).toBe(ending);
    }
  });

  it('never gets stuck in random play', () => {
    const s = loadFile(file);
    for (let seed = 0; seed < 30; seed++) {
      const run = playRandom(s, [seed, seed * 7 + 1, seed * 13 + 2, seed * 3]);
      expect(run.stuck).toBe(false);
      expect(run.game.done).toBe(true);
    }
  });
});
