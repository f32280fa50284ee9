// Random legal sessions against the checker's verdicts: play never reaches a stage or ending the checker calls
// unreachable, and never gets stuck where the checker saw no dead end.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/engine/analyse/analyse';
import { loadScenario } from '../../src/engine/play/load';
import { loadFile, playRandom } from '../engine/play';

const dir = join(import.meta.dirname, 'fixtures');
const scenarios = join(import.meta.dirname, '../../scenarios');
const files = [
  ...readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => join(dir, f)),
  join(import.meta.dirname, '../fixtures/mini.yaml'),
  join(import.meta.dirname, '../engine/fixtures/clockwork.yaml'),
  // The shipped scenarios too, once they load (their own test reports those that do not).
  ...readdirSync(scenarios)
    .filter((f) => /\.(ya?ml|json)$/.test(f))
    .map((f) => join(scenarios, f)),
].filter((f) => loadScenario(readFileSync(f, 'utf8')).ok);

describe('random play agrees with the checker', () => {
  it.each(files.map((f) => [f.split('/').pop() as string, f]))('%s', (_name, file) => {
    const s = loadFile(file);
    const { findings } = analyse(s);
    const unreachable = new Set(
      findings
        .filter((f) => f.kind === 'unreachable-stage' || f.kind === 'unreachable-ending')
        .map((f) => {
          const [, list, i] = f.path.split('/');
          return (list === 'stages' ? s.stages : s.endings)[Number(i)]?.id;
        }),
    );
    const deadEnds = new Set(findings.filter((f) => f.kind === 'dead-end').map((f) => s.stages[Number(f.path.split('/')[2])]?.id));
    fc.assert(
      fc.property(fc.array(fc.nat(), { maxLength: 25 }), (picks) => {
        const run = playRandom(s, picks);
        for (const place of run.places) expect(unreachable.has(place)).toBe(false);
        if (run.stuck) expect(deadEnds.has(run.game.place)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
