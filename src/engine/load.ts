// Reading a scenario file: YAML or JSON text → validated Scenario, or findings that name the file, line and JSON path.
import { isNode, LineCounter, parseDocument } from 'yaml';
import { checkReferences } from './references';
import { type Scenario, Scenario as ScenarioSchema } from './schema';

export type Finding = { path: string; line: number | null; message: string };
export type LoadResult =
  | { ok: true; scenario: Scenario; findings: Finding[] }
  | { ok: false; scenario: null; findings: Finding[]; raw: unknown };

/** JSON Pointer (RFC 6901) for a path of keys and indexes. */
export function pointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** Parse and validate scenario text. Never throws: every problem becomes a finding. */
export function loadScenario(text: string): LoadResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      scenario: null,
      raw: null,
      findings: doc.errors.map((e) => ({
        path: '',
        line: e.linePos?.[0]?.line ?? null,
        message: `syntax error: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const raw: unknown = doc.toJS();
  const lineOf = (path: ReadonlyArray<PropertyKey>): number | null => {
    // Walk up to the nearest node that exists (a missing key reports its parent's line).
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
  const parsed = ScenarioSchema.safeParse(raw);
  if (!parsed.success) {
    return {
      ok: false,
      scenario: null,
      raw,
      findings: parsed.error.issues.map((issue) => ({
        path: pointer(issue.path),
        line: lineOf(issue.path),
        message: issue.message,
      })),
    };
  }
  const findings = checkReferences(parsed.data).map((f) => ({ ...f, line: lineOf(f.segments) }));
  const clean = findings.map(({ path, line, message }) => ({ path, line, message }));
  if (clean.length > 0) return { ok: false, scenario: null, raw, findings: clean };
  return { ok: true, scenario: parsed.data, findings: [] };
}
