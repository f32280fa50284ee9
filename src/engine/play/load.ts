// Reading a scenario file: YAML or JSON text → validated Scenario, or findings that name the file, line and JSON path.
import { type Document, isNode, LineCounter, parseDocument } from 'yaml';
import { checkReferences } from './references.ts';
import { type Scenario, Scenario as ScenarioSchema } from './schema.ts';

export type Finding = { path: string; line: number | null; message: string };
export type LoadResult =
  | { ok: true; scenario: Scenario; findings: Finding[] }
  | { ok: false; scenario: null; findings: Finding[]; raw: unknown };

/** JSON Pointer (RFC 6901) for a path of keys and indexes. */
export function pointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

/** The line of the node at a path (keys and indexes), or of its nearest existing parent (a missing key reports its parent's). */
function lineFinder(doc: Document, lineCounter: LineCounter) {
  return (path: ReadonlyArray<PropertyKey>): number | null => {
    for (let n = path.length; n >= 0; n--) {
      const node = doc.getIn(path.slice(0, n) as unknown[], true);
      if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
    }
    return null;
  };
}

/** Line numbers for JSON Pointers into scenario text (null when the text does not parse or the place has no node). */
export function linesOf(text: string): (jsonPointer: string) => number | null {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const lineOf = lineFinder(doc, lineCounter);
  return (jsonPointer) => {
    if (doc.errors.length > 0) return null;
    const segments = jsonPointer
      .split('/')
      .slice(1)
      .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    return lineOf(segments);
  };
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
        line: lineCounter.linePos(e.pos[0]).line,
        message: `syntax error: ${e.message.split('\n')[0]}`,
      })),
    };
  }
  const raw: unknown = doc.toJS();
  const lineOf = lineFinder(doc, lineCounter);
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
