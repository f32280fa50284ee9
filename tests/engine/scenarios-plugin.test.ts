// The build's scenario plugin: one broken file (even one that would crash a naive loader) never stops the other
// scenarios from building, and every file is parsed once however many chunks ask for it.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scenariosPlugin } from '../../build/scenarios-plugin';
import * as load from '../../src/engine/play/load';

const mini = readFileSync(join(import.meta.dirname, '../fixtures/mini.yaml'), 'utf8');
const bomb = [
  'a: &a [x, x, x, x, x, x, x, x, x]',
  'b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'e: [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  '',
].join('\n');

let dir = '';
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

type Hook = (this: unknown, id: string) => Promise<string | null>;

function setUp(files: Record<string, string>) {
  dir = mkdtempSync(join(tmpdir(), 'draaiboek-plugin-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  const plugin = scenariosPlugin(dir);
  const warnings: string[] = [];
  const context = {
    addWatchFile: () => {},
    warn: (m: string) => warnings.push(m),
    error: (m: string) => {
      throw new Error(m);
    },
  };
  const hook = plugin.load as unknown as Hook;
  return { warnings, load: (id: string) => hook.call(context, `\0${id}`) };
}

describe('scenarios plugin', () => {
  it('builds the good scenarios and lists an alias bomb as a problem with its line', async () => {
    const { load: run, warnings } = setUp({ 'a-bomb.yaml': bomb, 'mini.yaml': mini });
    const code = (await run('virtual:scenarios')) ?? '';
    expect(code).toContain('"id":"mini"');
    expect(code).toMatch(
      /export const problems = \[\{"file":"[^"]*a-bomb\.yaml","findings":\[\{"path":"\/e\/\d+","line":5,"message":"too many YAML aliases/,
    );
    expect(warnings.join('\n')).toMatch(/a-bomb\.yaml: \/e\/\d+ \(line 5\): too many YAML aliases/);
    expect(await run('virtual:scenario/mini')).toContain('export default JSON.parse(');
  });

  it('parses each file once for the catalogue and every scenario chunk', async () => {
    const spy = vi.spyOn(load, 'loadScenario');
    const { load: run } = setUp({ 'mini.yaml': mini, 'other.yaml': mini.replace('id: mini', 'id: other') });
    await run('virtual:scenarios');
    await run('virtual:scenario/mini');
    await run('virtual:scenario/other');
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
