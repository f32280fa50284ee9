// Proves each architecture rule in biome.json fires: a tiny tree that breaks the rule is linted in a temporary copy
// and refused with that rule's message, while files that respect it pass. Also checks the engine's no-DOM tsconfig.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');
const biome = join(root, 'node_modules/.bin/biome');
const tsc = join(root, 'node_modules/.bin/tsc');

const MESSAGES = {
  engineUi: 'src/engine is plain TypeScript shared by the browser and the server; it must not import React, zustand or i18next',
  engineNode: 'src/engine must not use Node built-ins',
  engineLayers: 'src/engine must not import src/ui, src/store, src/net or server/',
  store: 'src/store must not import src/ui',
  feature: 'a UI feature folder (src/ui/<feature>/) must not import a sibling feature',
  server: 'server/ may import the engine but never src/ui or src/store',
  serverSrc: 'server/ reaches into src/ only for the engine and the shared protocol',
  net: 'src/net is the client side of the protocol and may import only the engine',
} as const;

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/** A temporary directory holding the given files and copies of the named project files. */
function tree(files: Record<string, string>, fromProject: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'draaiboek-gate-'));
  temps.push(dir);
  for (const name of fromProject) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    copyFileSync(join(root, name), join(dir, name));
  }
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

type Diagnostic = { rule: string; file: string; message: string };

/** Lint a temporary tree with the project's biome.json; returns the exit code and the diagnostics per file. */
function lint(files: Record<string, string>): { status: number | null; diagnostics: Diagnostic[] } {
  // biome.json reads .gitignore (vcs.useIgnoreFile), so the copy needs one too.
  const dir = tree(files, ['biome.json', '.gitignore']);
  const run = spawnSync(biome, ['lint', '--reporter=github', '--max-diagnostics=none', '.'], { cwd: dir, encoding: 'utf8' });
  const diagnostics = [...run.stdout.matchAll(/^::error title=([^,]+),file=([^,]+),[^:]*::(.*)$/gm)].map((m) => ({
    rule: m[1] as string,
    file: (m[2] as string).slice(dir.length + 1),
    message: m[3] as string,
  }));
  return { status: run.status, diagnostics };
}

/** Each bad file exports what it imports, so the only problem in it is the import itself. */
const importing = (...sources: string[]) =>
  `${sources.map((s, i) => `import * as m${i} from '${s}';`).join('\n')}\n\nexport const used = [${sources.map((_, i) => `m${i}`).join(', ')}];\n`;

function expectRefused(bad: Record<string, string[]>, good: Record<string, string[]>, message: string) {
  const files = Object.fromEntries(Object.entries({ ...bad, ...good }).map(([name, sources]) => [name, importing(...sources)]));
  const { status, diagnostics } = lint(files);
  expect(status).not.toBe(0);
  for (const [name, sources] of Object.entries(bad)) {
    const mine = diagnostics.filter((d) => d.file === name);
    expect(mine, `${name} should be refused once per forbidden import`).toHaveLength(sources.length);
    for (const d of mine) {
      expect(d.rule).toBe('lint/style/noRestrictedImports');
      expect(d.message).toContain(message);
    }
  }
  for (const name of Object.keys(good)) expect(diagnostics.filter((d) => d.file === name)).toEqual([]);
  const clean = lint(Object.fromEntries(Object.entries(good).map(([name, sources]) => [name, importing(...sources)])));
  expect(clean).toEqual({ status: 0, diagnostics: [] });
}

describe('layer rules in biome.json', () => {
  it('keeps React, zustand and i18next out of the engine', () => {
    expectRefused(
      {
        'src/engine/bad.ts': ['react', 'react-dom/client', 'zustand', 'i18next', 'react-i18next'],
      },
      { 'src/engine/good.ts': ['xstate', 'zod', './schema'] },
      MESSAGES.engineUi,
    );
  });

  it('keeps Node built-ins out of the engine', () => {
    expectRefused(
      { 'src/engine/bad.ts': ['node:fs', 'fs', 'path', 'child_process', 'fs/promises'] },
      { 'src/engine/good.ts': ['./path', './events', 'yaml'] },
      MESSAGES.engineNode,
    );
  });

  it('keeps the UI, store, net and server layers out of the engine, by alias and by relative path', () => {
    expectRefused(
      {
        'src/engine/bad.ts': [
          '@/ui/App',
          '../ui/App',
          '@/store/game',
          '../store/game',
          '@/net/client',
          '../net/client',
          '../../server/main',
        ],
      },
      { 'src/engine/good.ts': ['./rules', '@/engine/rules'] },
      MESSAGES.engineLayers,
    );
  });

  it('keeps the UI out of the store', () => {
    expectRefused(
      { 'src/store/bad.ts': ['@/ui/App', '../ui/play/Stage', '@/ui/common/Button'] },
      { 'src/store/good.ts': ['@/engine/session', '../engine/session', 'zustand', 'react'] },
      MESSAGES.store,
    );
  });

  it('keeps UI feature folders from importing each other', () => {
    expectRefused(
      {
        'src/ui/play/Stage.tsx': ['../debrief/Chart', '@/ui/debrief/Chart', '../../ui/setup/Form'],
        'src/ui/play/parts/Option.tsx': ['../../start/List', '@/ui/setup/Form', '../../../ui/debrief/Chart'],
        'src/ui/common/Button.tsx': ['../play/Stage'],
      },
      {
        'src/ui/play/Timer.tsx': [
          './Stage',
          './parts/Option',
          '../common/Button',
          '@/ui/common/Button',
          '@/engine/session',
          '@/store/game',
          'react',
        ],
        'src/ui/play/parts/Key.tsx': ['../Stage', '../../common/Button', '../../../engine/session'],
        'src/ui/App.tsx': ['./play/Stage', '@/ui/debrief/Chart', './start/List'],
      },
      MESSAGES.feature,
    );
  });

  it('lets the server use the engine but not the UI or the store', () => {
    expectRefused(
      { 'server/bad.ts': ['../src/ui/App', '@/ui/App', '../src/store/game', '@/store/game'] },
      { 'server/good.ts': ['../src/engine/session', '@/engine/session', 'node:http'] },
      MESSAGES.server,
    );
  });

  it('lets the server use only the engine and the shared protocol from src/', () => {
    expectRefused(
      { 'server/bad.ts': ['../src/net/client', '@/net/client', '../src/i18n/index'], 'server/storage/bad.ts': ['../../src/net/client'] },
      {
        'server/good.ts': ['../src/net/protocol.ts', '@/net/protocol', '../src/engine/play/session.ts', 'fastify'],
        'server/storage/good.ts': ['../../src/net/protocol.ts', '../../src/engine/play/events.ts', 'better-sqlite3'],
      },
      MESSAGES.serverSrc,
    );
  });

  it('lets src/net use the engine but not the store, the UI or the server', () => {
    expectRefused(
      { 'src/net/bad.ts': ['../store/connected', '@/store/connected', '../ui/App', '@/ui/App', '../../server/app'] },
      { 'src/net/good.ts': ['./protocol', '../engine/play/session', '@/engine/play/events', 'zod'] },
      MESSAGES.net,
    );
  });
});

describe('engine tsconfig', () => {
  it('rejects DOM globals in the engine, which has no DOM library', () => {
    const dir = tree(
      {
        'src/engine/bad.ts': 'export const title = (): string => document.title;\n',
        'src/engine/good.ts': 'export const next = (n: number): number => n + 1;\n',
      },
      ['tsconfig.json', 'src/engine/tsconfig.json', 'types/engine-shims.d.ts'],
    );
    const run = spawnSync(tsc, ['--noEmit', '-p', 'src/engine/tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    expect(run.status).not.toBe(0);
    expect(run.stdout).toMatch(/src\/engine\/bad\.ts\(1,\d+\): error TS\d+: Cannot find name 'document'/);
    expect(run.stdout).not.toContain('good.ts');

    rmSync(join(dir, 'src/engine/bad.ts'));
    expect(() => execFileSync(tsc, ['--noEmit', '-p', 'src/engine/tsconfig.json'], { cwd: dir, encoding: 'utf8' })).not.toThrow();
  });
});
