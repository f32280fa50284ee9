// Random legal sessions against the checker's verdicts, both ways: play never reaches a stage or ending the checker
// calls unreachable, never gets stuck where the checker saw no dead end and ends only in endings the checker lists; and
// every ending the checker lists is reached, by a listed path that plays to it through the session layer.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyse, listPaths } from '../../src/engine/analyse/analyse';
import { loadScenario } from '../../src/engine/play/load';
import { loadFile, playRandom, playSteps } from '../engine/play';

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

describe('random play agrees with the checker, both ways', () => {
  it.each(files.map((f) => [f.split('/').pop() as string, f]))(
    '%s',
    (_name, file) => {
      const s = loadFile(file);
      const { findings, stats } = analyse(s);
      const unreachable = new Set(
        findings
          .filter((f) => f.kind === 'unreachable-stage' || f.kind === 'unreachable-ending')
          .map((f) => {
            const [, list, i] = f.path.split('/');
            return (list === 'stages' ? s.stages : s.endings)[Number(i)]?.id;
          }),
      );
      const deadEnds = new Set(findings.filter((f) => f.kind === 'dead-end').map((f) => s.stages[Number(f.path.split('/')[2])]?.id));
      const listed = new Set(Object.keys(stats.pathsPerEnding));
      const reached = new Set<string>();
      fc.assert(
        // Long enough to end: play goes on until an ending, a dead end or the picks run out.
        fc.property(fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), (picks) => {
          const run = playRandom(s, picks);
          for (const place of run.places) expect(unreachable.has(place)).toBe(false);
          if (run.stuck) expect(deadEnds.has(run.game.place)).toBe(true);
          if (run.game.done) {
            expect(listed.has(run.game.place)).toBe(true);
            reached.add(run.game.place);
          }
        }),
        { numRuns: 60 },
      );
      // The other way: every ending the checker lists is reached, by a listed path that really plays to it.
      const paths = listPaths(s, 1);
      for (const ending of listed) {
        const [path] = paths[ending] ?? [];
        expect(path, `no listed path into "${ending}"`).toBeDefined();
        expect(playSteps(s, path ?? [])).toBe(ending);
      }
      expect([...reached].every((e) => listed.has(e))).toBe(true);
      expect(reached.size, 'random play reached no ending at all').toBeGreaterThan(listed.size > 0 ? 0 : -1);
      // Hundreds of replayed sessions per scenario: more than the default timeout on a loaded machine.
    },
    120_000,
  );
});
