// Checking a scenario file someone loads into the app or uploads to the session server: the size limit first, then the
// full checker; whatever goes wrong inside, the answer is a list of findings with line and field, never a throw.
import { type CatalogEntry, catalogEntry } from '../play/catalog.ts';
import { MAX_FILE_BYTES, tooLarge, utf8Bytes } from '../play/limits.ts';
import { loadScenario } from '../play/load.ts';
import type { Scenario } from '../play/schema.ts';
import { type CheckMessage, checkScenarioText } from './check.ts';

export type UploadCheck =
  | { ok: true; scenario: Scenario; entry: CatalogEntry; warnings: CheckMessage[] }
  | { ok: false; id: string | null; errors: CheckMessage[] };

const fail = (message: string, kind: CheckMessage['kind'] = 'schema'): UploadCheck => ({
  ok: false,
  id: null,
  errors: [{ path: '', line: null, message, kind }],
});

export function checkUpload(text: string): UploadCheck {
  // A text longer than the limit in characters is longer in bytes too: refuse it before anything reads it.
  if (text.length > MAX_FILE_BYTES) return fail(tooLarge(utf8Bytes(text)), 'limit');
  try {
    const report = checkScenarioText(text);
    if (!report.ok) return { ok: false, id: report.id, errors: report.errors };
    const loaded = loadScenario(text);
    if (!loaded.ok) return { ok: false, id: report.id, errors: loaded.findings.map((f) => ({ ...f, kind: 'schema' as const })) };
    return { ok: true, scenario: loaded.scenario, entry: catalogEntry(loaded.scenario), warnings: report.warnings };
  } catch (e) {
    // Alias bombs and extreme nesting make the YAML library or the analysis throw: refuse the file with the reason.
    return fail(`the file could not be checked: ${e instanceof Error ? e.message : String(e)}`, 'limit');
  }
}
