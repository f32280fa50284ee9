// Each checker fixture holds one defect; the checker must name it with the right kind, JSON Pointer and line.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkScenarioText } from '../../src/engine/analyse/check';
import { fixtureFile, validFixtureStats } from './support';

const check = (name: string) => checkScenarioText(readFileSync(join(import.meta.dirname, 'fixtures', fixtureFile(name)), 'utf8'));

describe('checker fixtures: one defect each', () => {
  it.each([
    ['syntax', 'syntax', '', 6, /nested mappings/i],
    ['schema', 'schema', '/version', 3, /expected number/],
    ['unknown-stage', 'unknown-stage', '/stages/0/decision/options/1/next', 33, /"nowhere"/],
    ['unknown-flag', 'unknown-flag', '/stages/0/decision/options/0/set/0', 29, /"ghost"/],
    ['unknown-metric', 'unknown-metric', '/stages/0/decision/options/0/effects/morale', 29, /"morale"/],
    ['unknown-role', 'unknown-role', '/stages/0/injects/0/to', 25, /"cfo"/],
    ['missing-text', 'missing-text', '/stages/1/situation/en', 37, /English text \(en\) is missing/],
    ['unreachable-stage', 'unreachable-stage', '/stages/2', 49, /"orphan" can never be reached/],
    ['dead-end', 'dead-end', '/stages/1/decision/options', 43, /stage "b" after a:skip/],
    ['endless-loop', 'no-ending', '/stages/1', 39, /"loop1", "loop2".*never reach an ending/],
    ['metric-exit-never', 'no-ending', '/stages/1', 35, /"grind"/],
    ['flag-blocked-ending', 'unreachable-ending', '/endings/2', 58, /"best" can never be reached: the routes into it never apply/],
  ])('%s → %s at %s (line %i)', (name, kind, path, line, message) => {
    const report = check(name);
    expect(report.ok).toBe(false);
    expect(report.errors).toContainEqual(expect.objectContaining({ kind, path, line, message: expect.stringMatching(message) }));
  });

  it('reports only the defect a fixture holds', () => {
    expect(check('dead-end').errors).toHaveLength(1);
    expect(check('flag-blocked-ending').errors).toHaveLength(1);
    expect(check('endless-loop').errors).toHaveLength(1);
    expect(check('unreachable-stage').errors).toHaveLength(1);
  });

  it('a loop whose only exit is a metric threshold that play can reach is fine', () => {
    const report = check('metric-exit');
    expect(report.errors).toEqual([]);
    expect(report.stats?.pathsPerEnding).toEqual({ good: 1, bad: 1 });
  });

  it('the same loop with a threshold play can never reach makes its ending unreachable as well', () => {
    const kinds = check('metric-exit-never').errors.map((e) => e.kind);
    expect(kinds.sort()).toEqual(['no-ending', 'unreachable-ending']);
  });

  it('a file that does not parse has no id and no stats', () => {
    const report = check('syntax');
    expect(report).toMatchObject({ id: null, ok: false, stats: null });
  });

  it('a schema error keeps the id the file names', () => {
    expect(check('schema').id).toBe('fx-schema');
  });

  it('the valid fixture passes with its statistics', () => {
    const report = check('valid');
    expect(report.ok).toBe(true);
    expect(report.stats).toMatchObject(validFixtureStats);
    expect(report.stats?.best).toMatchObject({ endingId: 'good', metrics: { care: 60 } });
    expect(report.stats?.worst).toMatchObject({ endingId: 'bad', metrics: { care: 50 } });
  });

  it.each([
    ['same-place', '/stages/0/decision/options', 27, /every option of stage "a" leads to the same place/],
    ['numbers-only', '/stages/0/decision/options', 27, /options "fix", "skip" of stage "a" differ only in what happens now/],
    ['inject-only-flag', '/flags/0', 18, /flag "noted" only decides whether an inject shows/],
  ])('%s is a warning at %s (line %i), not an error', (kind, path, line, message) => {
    const report = check(kind);
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([expect.objectContaining({ kind, path, line, message: expect.stringMatching(message) })]);
  });

  it('counts the stages that branch, the stages some paths skip and the inject-only flags', () => {
    expect(check('inject-only-flag').stats?.branching).toMatchObject({
      branchingStages: ['a', 'b', 'c'],
      seenOnSomePaths: ['b', 'c'],
      injectOnlyFlags: ['noted'],
      numbersOnly: [],
    });
    expect(check('numbers-only').stats?.branching.numbersOnly).toEqual([{ stageId: 'a', options: ['fix', 'skip'] }]);
  });
});
