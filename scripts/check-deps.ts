// Dependency gate: every package in package.json must be used somewhere, so the install stays small and audits stay honest.
// Usage: tsx scripts/check-deps.ts [project dir]. Exits 1 and names each unused package. It also lists the packages whose
// declared engines ask for a newer Node than the tested floor in package.json: they install with a warning and, as the
// test run proves, work here; the list says which ones to watch.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, relative, resolve } from 'node:path';

type Manifest = {
  engines?: { node?: string };
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  scripts?: Record<string, string>;
};
type PackageInfo = {
  version?: string;
  engines?: { node?: string };
  bin?: string | Record<string, string>;
  peerDependencies?: Record<string, string>;
  peerDependenciesMeta?: Record<string, { optional?: boolean }>;
};

const SOURCE_DIRS = ['src', 'tests', 'scripts', 'bench', 'build', 'server', 'types', '.ci'];
const ROOT_FILE = /^(.*\.config\.(ts|mts|js|mjs|cjs)|tsconfig.*\.json|index\.html|biome\.json)$/;
const TEXT_FILE = /\.(ts|tsx|mts|cts|js|jsx|mjs|cjs|json|html|sh)$/;
const SKIP_DIRS = new Set(['node_modules', 'dist', 'coverage', 'test-results', '.git']);
// The gate tests write forbidden imports into temporary trees on purpose; mentioning a package there is not using it.
const NOT_USES = ['scripts/check-deps.ts', 'tests/gates/'];

function walk(dir: string, out: string[]): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (TEXT_FILE.test(name) || !name.includes('.')) out.push(path);
  }
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function packageInfo(root: string, name: string): PackageInfo {
  const file = join(root, 'node_modules', name, 'package.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PackageInfo) : {};
}

function binsOf(name: string, info: PackageInfo): string[] {
  if (typeof info.bin === 'string') return [name.replace(/^@[^/]+\//, '')];
  return Object.keys(info.bin ?? {});
}

/** `@types/react-dom` → `react-dom`, `@types/babel__core` → `@babel/core`. */
function typedPackage(typesName: string): string {
  const bare = typesName.slice('@types/'.length);
  return bare.includes('__') ? `@${bare.replace('__', '/')}` : bare;
}

export function unusedDependencies(root: string): { name: string; field: string }[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  const files: string[] = [];
  for (const dir of SOURCE_DIRS) walk(join(root, dir), files);
  for (const name of readdirSync(root)) if (ROOT_FILE.test(name)) files.push(join(root, name));
  const code = files
    .filter((f) => !NOT_USES.some((skip) => relative(root, f).replaceAll('\\', '/').startsWith(skip)))
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const commands = [
    ...Object.values(manifest.scripts ?? {}),
    existsSync(join(root, '.ci/run')) ? readFileSync(join(root, '.ci/run'), 'utf8') : '',
  ].join('\n');

  // A quoted module specifier: import/export … from, import(), require(), vi.mock(), tsconfig "types", /// <reference types>.
  const imported = (name: string) => new RegExp(`['"\`]${escapeRegExp(name)}(/[^'"\`\\s]*)?['"\`]`).test(code);
  const runAsCli = (bins: string[]) =>
    bins.some((bin) => new RegExp(`(^|[\\s/&|;(])${escapeRegExp(bin)}(?=[\\s;&|)]|$)`, 'm').test(commands));
  const nodeUsed = () => /['"]node:[\w/]+['"]/.test(code) || builtinModules.some((m) => imported(m));
  // Tools that vitest loads by name from its configuration, not by import.
  const viaVitestConfig = (name: string) => {
    const provider = /provider:\s*['"]([\w-]+)['"]/.exec(code)?.[1];
    if (provider && name === `@vitest/coverage-${provider}`) return true;
    return new RegExp(`(environment:\\s*['"]|@vitest-environment\\s+)${escapeRegExp(name)}\\b`).test(code);
  };

  const all = [
    ...Object.keys(manifest.dependencies ?? {}).map((name) => ({ name, field: 'dependencies' })),
    ...Object.keys(manifest.devDependencies ?? {}).map((name) => ({ name, field: 'devDependencies' })),
  ];
  const directlyUsed = (name: string): boolean => {
    if (name.startsWith('@types/')) {
      const typed = typedPackage(name);
      return imported(typed) || (typed === 'node' && nodeUsed()) || runAsCli(binsOf(typed, packageInfo(root, typed)));
    }
    return imported(name) || runAsCli(binsOf(name, packageInfo(root, name))) || viaVitestConfig(name);
  };
  const used = new Set(all.filter((d) => directlyUsed(d.name)).map((d) => d.name));
  // A package that a used package requires as a (non-optional) peer is needed too.
  for (const name of [...used]) {
    const info = packageInfo(root, name);
    for (const peer of Object.keys(info.peerDependencies ?? {}))
      if (!info.peerDependenciesMeta?.[peer]?.optional && all.some((d) => d.name === peer)) used.add(peer);
  }
  return all.filter((d) => !used.has(d.name));
}

/** The lowest Node major a range allows: the smallest floor over its `||` alternatives (">=22", "^20.19 || >=22.12"). */
export function nodeFloor(range: string): number | null {
  const floors = range.split('||').map((alt) => {
    const m = /(?:>=|\^|~|=|^\s*)v?(\d+)(?:\.\d+)*/.exec(alt.trim());
    return m ? Number(m[1]) : alt.trim() === '*' || alt.trim() === '' ? 0 : null;
  });
  const known = floors.filter((f): f is number => f !== null);
  return known.length ? Math.min(...known) : null;
}

/** Direct dependencies whose declared `engines.node` starts above the project's own floor. */
export function newerEngines(root: string): { name: string; version: string; node: string }[] {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Manifest;
  const floor = nodeFloor(manifest.engines?.node ?? '') ?? 0;
  const names = [...Object.keys(manifest.dependencies ?? {}), ...Object.keys(manifest.devDependencies ?? {})].sort();
  return names.flatMap((name) => {
    const info = packageInfo(root, name);
    const node = info.engines?.node;
    const needs = node ? nodeFloor(node) : null;
    return node && needs !== null && needs > floor ? [{ name, version: info.version ?? '?', node }] : [];
  });
}

function main(): void {
  const root = resolve(process.argv[2] ?? '.');
  const newer = newerEngines(root);
  if (newer.length > 0) {
    console.log(
      `check:deps: ${newer.length} package(s) declare a newer Node than this project's tested floor; they run and pass here on Node ${process.versions.node}:`,
    );
    for (const d of newer) console.log(`  - ${d.name} ${d.version} declares node ${d.node}`);
  }
  mainUnused(root);
}

function mainUnused(root: string): void {
  const unused = unusedDependencies(root);
  if (unused.length === 0) {
    console.log('check:deps: every package in package.json is used.');
    return;
  }
  console.error(`check:deps: ${unused.length} package(s) in package.json are not used anywhere:`);
  for (const d of unused)
    console.error(
      `  - ${d.name} (${d.field}): nothing imports it, and no npm script, config or .ci/run uses it. Remove it with \`npm uninstall ${d.name}\`, or use it.`,
    );
  process.exitCode = 1;
}

main();
