// `npm run schema`: writes schema/scenario.schema.json (the editors' JSON Schema) from the zod scenario schema,
// formatted by Biome so the generated file passes the project's lint as it is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { scenarioJsonSchema } from '../src/engine/play/schema';

const file = join(process.cwd(), 'schema', 'scenario.schema.json');
mkdirSync(dirname(file), { recursive: true });
writeFileSync(file, `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
execFileSync(join(process.cwd(), 'node_modules', '.bin', 'biome'), ['format', '--write', file], { stdio: 'ignore' });
console.log(`wrote ${file}`);
