// The checker CLI as tools and CI use it: one JSON array on stdout, every file checked, exit code set by any error.
import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fixturePath as fixture, validFixtureStats } from './support';

const root = resolve(import.meta.dirname, '../..');

function cli(...args: string[]) {
  const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/check-scenarios.ts', ...args], { cwd: root, encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('check-scenarios CLI', () => {
  it('--json prints one array with an object per file, and a broken file does not stop the next one', () => {
    const run = cli('--json', fixture('syntax'), fixture('dead-end'), fixture('valid'));
    const out = JSON.parse(run.stdout) as Record<string, unknown>[];
    expect(out.map((r) => [r.file, r.id, r.ok])).toEqual([
      [fixture('syntax'), null, false],
      [fixture('dead-end'), 'fx-dead-end', false],
      [fixture('valid'), 'fx-valid', true],
    ]);
    expect(out[0]).toMatchObject({ stats: null, errors: [{ path: '', line: 6, message: expect.stringContaining('syntax error') }] });
    expect(out[1]).toMatchObject({ errors: [{ path: '/stages/1/decision/options', line: 43 }] });
    expect(out[2]?.stats).toMatchObject(validFixtureStats);
    expect(run.code).not.toBe(0);
  });

  it('exits non-zero on an error without --json too, naming file:line and the pointer', () => {
    const run = cli(fixture('unknown-flag'), fixture('valid'));
    expect(run.code).not.toBe(0);
    expect(run.stdout).toContain(`${fixture('unknown-flag')}:29  /stages/0/decision/options/0/set/0  unknown flag "ghost"`);
    expect(run.stdout).toContain('✓ fx-valid');
    expect(run.stdout).toContain('✗ fx-unknown-flag');
  });

  it('exits zero, with and without --json, when every file is fine', () => {
    const json = cli('--json', fixture('valid'), fixture('metric-exit'));
    expect(json.code).toBe(0);
    expect((JSON.parse(json.stdout) as { ok: boolean }[]).every((r) => r.ok)).toBe(true);
    const text = cli(fixture('valid'), fixture('metric-exit'));
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/best reachable ending: good \(good\) — care 60/);
  });

  it('a file that cannot be read is an error for that file only', () => {
    const run = cli('--json', 'tests/checker/fixtures/does-not-exist.yaml', fixture('valid'));
    const out = JSON.parse(run.stdout) as { id: string | null; ok: boolean; errors: { message: string }[] }[];
    expect(out[0]).toMatchObject({ id: null, ok: false, stats: null });
    expect(out[0]?.errors[0]?.message).toMatch(/cannot read the file: ENOENT/);
    expect(out[1]?.ok).toBe(true);
    expect(run.code).not.toBe(0);
  });

  it('--json carries the branching findings as warnings and the branching counts in the stats', () => {
    const run = cli('--json', fixture('same-place'), fixture('numbers-only'), fixture('inject-only-flag'));
    const out = JSON.parse(run.stdout) as { warnings: { kind: string }[]; stats: { branching: { injectOnlyFlags: string[] } } }[];
    expect(out.map((r) => r.warnings.map((w) => w.kind))).toEqual([['same-place'], ['numbers-only'], ['inject-only-flag']]);
    expect(out[2]?.stats.branching.injectOnlyFlags).toEqual(['noted']);
    expect(run.code).toBe(0);
    const text = cli(fixture('inject-only-flag'));
    expect(text.stdout).toContain(
      'branching: 3 stages lead to different places, 2 are seen on some paths only, 1 inject-only flag(s) (noted)',
    );
  });
  it('an analysis cut short by its cap is reported as incomplete, not as dead ends, and fails unless allowed', () => {
    type Out = { ok: boolean; incomplete: boolean; errors: { kind: string }[]; warnings: { kind: string }[]; stats: { best: unknown } };
    const strict = cli('--json', '--max-states=2000', 'tests/checker/capped/counter.yaml');
    const [report] = JSON.parse(strict.stdout) as Out[];
    expect(report).toMatchObject({ ok: false, incomplete: true, stats: { best: null } });
    expect(report?.errors.map((e) => e.kind)).toEqual(['analysis-incomplete']);
    expect(strict.code).toBe(1);
    const allowed = cli('--json', '--allow-incomplete', '--max-states=2000', 'tests/checker/capped/counter.yaml');
    const [lenient] = JSON.parse(allowed.stdout) as Out[];
    expect(lenient).toMatchObject({ ok: true, incomplete: true, errors: [] });
    expect(lenient?.warnings.map((w) => w.kind)).toEqual(['analysis-incomplete']);
    expect(allowed.code).toBe(0);
    // Two CLI runs, each starting tsx: more than the default timeout on a loaded machine.
  }, 90_000);
});
