// Objective coverage in the checker: what each path exercises, what no path can rate, decisions that exercise none.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { analyse } from '../../src/engine/analyse/analyse';
import { loadScenario } from '../../src/engine/play/load';
import text from '../fixtures/mini.yaml?raw';

/** mini.yaml with "contain" on patch only, and an objective "report" that no option lists. */
function variant(): string {
  const raw = parse(text) as Record<string, unknown>;
  (raw.objectives as unknown[]).push({ id: 'report', text: { nl: 'Melden', en: 'Report' } });
  const stages = raw.stages as { decision: { options: { id: string; objectives?: string[] }[] } }[];
  for (const stage of stages) for (const o of stage.decision.options) if (o.id === 'patch') o.objectives = ['contain'];
  return stringify(raw);
}

const source = variant();
const loaded = loadScenario(source);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.findings));
const analysis = analyse(loaded.scenario);
const coverage = analysis.stats.coverage;

describe('objective coverage', () => {
  it('names the stages where each objective can be exercised', () => {
    expect(coverage.objectives).toEqual([
      { id: 'contain', stages: ['warning'] },
      { id: 'report', stages: [] },
    ]);
  });

  it('lists the objectives no path can rate', () => {
    expect(coverage.unrateable).toEqual(['report']);
  });

  it('lists the decisions that exercise no objective', () => {
    expect(coverage.silentDecisions).toEqual(['attack']);
  });

  it('says which objectives each example path exercises, and which some path avoids', () => {
    const patched = coverage.paths.find((p) => p.steps[0]?.optionId === 'patch');
    const waited = coverage.paths.find((p) => p.steps[0]?.optionId === 'wait');
    expect(patched?.exercised).toEqual(['contain']);
    expect(waited?.exercised).toEqual([]);
    expect(waited?.offered).toEqual(['contain']);
    expect(coverage.avoidable).toEqual(['contain', 'report']);
  });

  it('is part of the checker CLI, in text and in --json', () => {
    const file = join(tmpdir(), `coverage-${process.pid}.yaml`);
    writeFileSync(file, source);
    const root = resolve(import.meta.dirname, '../..');
    const run = (...args: string[]) =>
      spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/check-scenarios.ts', ...args, file], { cwd: root, encoding: 'utf8' }).stdout;
    const json = JSON.parse(run('--json')) as { stats: { coverage: typeof coverage } }[];
    expect(json[0]?.stats.coverage.unrateable).toEqual(['report']);
    const human = run();
    expect(human).toContain('no path can rate: report');
    expect(human).toContain('decisions that exercise no objective: attack');
  }, 180_000);
});
