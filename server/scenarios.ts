// The scenarios the server can run: the validated JSON files the build writes to dist/scenarios/<id>.json,
// parsed once at start-up. Sessions name a scenario by id; the header records its version and hash.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type CatalogEntry, catalogEntry } from '../src/engine/play/catalog.ts';
import { Scenario } from '../src/engine/play/schema.ts';

export type ScenarioShelf = {
  get(id: string): Scenario | undefined;
  catalog(): CatalogEntry[];
  /** Files that did not parse, with the reason (the server still starts with the rest). */
  problems: { file: string; message: string }[];
};

export function shelfOf(scenarios: Scenario[], problems: ScenarioShelf['problems'] = []): ScenarioShelf {
  const byId = new Map(scenarios.map((s) => [s.id, s]));
  return { get: (id) => byId.get(id), catalog: () => [...byId.values()].map(catalogEntry), problems };
}

/** Read every `<id>.json` in the folder; a missing folder means the app has not been built yet. */
export function readShelf(dir: string): ScenarioShelf {
  if (!existsSync(dir)) return shelfOf([], [{ file: dir, message: 'no scenarios folder: run the build first (npm start does)' }]);
  const ok: Scenario[] = [];
  const problems: ScenarioShelf['problems'] = [];
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const file = join(dir, name);
    try {
      const parsed = Scenario.safeParse(JSON.parse(readFileSync(file, 'utf8')));
      if (parsed.success) ok.push(parsed.data);
      else problems.push({ file, message: parsed.error.issues[0]?.message ?? 'invalid scenario' });
    } catch (e) {
      problems.push({ file, message: (e as Error).message });
    }
  }
  return shelfOf(ok, problems);
}
