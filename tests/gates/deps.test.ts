// The dependency gate (scripts/check-deps.ts) run on small temporary projects: an unused package fails it by name.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function project(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'draaiboek-deps-'));
  temps.push(dir);
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  }
  return dir;
}

function checkDeps(dir: string) {
  return spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/check-deps.ts'), dir], { encoding: 'utf8' });
}

const usedEverywhere = {
  'src/main.ts': "import { x } from 'used-lib/sub';\nimport { readFileSync } from 'node:fs';\nexport const y = [x, readFileSync];\n",
  'vite.config.ts': "export default { test: { environment: 'jsdom', coverage: { provider: 'v8' } } };\n",
  'node_modules/some-cli/package.json': { name: 'some-cli', bin: { 'some-cli': 'cli.js' } },
  'node_modules/plugin-x/package.json': { name: 'plugin-x', peerDependencies: { 'host-y': '*' } },
  'tests/setup.ts': "import 'plugin-x';\n",
};
const dependencies = { 'used-lib': '1.0.0', 'plugin-x': '1.0.0', 'host-y': '1.0.0' };
const devDependencies = { 'some-cli': '1.0.0', '@types/node': '20.0.0', jsdom: '29.0.0', '@vitest/coverage-v8': '4.1.0' };
const scripts = { lint: 'some-cli check .' };

describe('check-deps', () => {
  it('passes when every package is imported, run as a CLI, named by the vitest config or needed as a peer', () => {
    const run = checkDeps(project({ ...usedEverywhere, 'package.json': { dependencies, devDependencies, scripts } }));
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('every package in package.json is used');
    expect(run.status).toBe(0);
  });

  it('fails and names a dependency that nothing uses', () => {
    const run = checkDeps(
      project({
        ...usedEverywhere,
        'package.json': {
          dependencies: { ...dependencies, 'left-pad': '1.3.0' },
          devDependencies: { ...devDependencies, '@types/lodash': '4.0.0' },
          scripts,
        },
      }),
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('2 package(s) in package.json are not used anywhere');
    expect(run.stderr).toContain('left-pad (dependencies): nothing imports it');
    expect(run.stderr).toContain('@types/lodash (devDependencies)');
    expect(run.stderr).toContain('npm uninstall left-pad');
    expect(run.stderr).not.toContain('used-lib');
  });

  it('lists the packages that declare a newer Node than the tested floor, and passes', () => {
    const run = checkDeps(
      project({
        ...usedEverywhere,
        'node_modules/used-lib/package.json': { name: 'used-lib', version: '27.1.2', engines: { node: '>=22' } },
        'node_modules/some-cli/package.json': {
          name: 'some-cli',
          version: '1.0.0',
          bin: { 'some-cli': 'cli.js' },
          engines: { node: '^20.19.0 || >=22.12' },
        },
        'package.json': { engines: { node: '>=20.19', npm: '>=11' }, dependencies, devDependencies, scripts },
      }),
    );
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("1 package(s) declare a newer Node than this project's tested floor");
    expect(run.stdout).toContain('used-lib 27.1.2 declares node >=22');
    expect(run.stdout).not.toContain('some-cli');
  });
});
