// The committed JSON Schema for editors is the one the zod schema generates (run `npm run schema` after changing it).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/engine/play/schema';

describe('schema/scenario.schema.json', () => {
  it('equals the schema generated from the zod scenario schema', () => {
    const committed: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '../../schema/scenario.schema.json'), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(scenarioJsonSchema())));
  });

  it('describes the fields an editor completes', () => {
    const schema = scenarioJsonSchema() as { properties: Record<string, unknown>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(expect.arrayContaining(['id', 'stages', 'endings', 'metrics', 'debrief']));
    expect(schema.required).toEqual(expect.arrayContaining(['id', 'version', 'stages', 'endings']));
  });
});
