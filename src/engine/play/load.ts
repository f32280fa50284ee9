// Reading a scenario file: YAML or JSON text → validated Scenario, or findings that name the file, line and JSON path.
// The limits in limits.ts are enforced here, before anything recursive runs, so no file can crash the reader.
import { type Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { MAX_ALIASES, MAX_DEPTH, MAX_FILE_BYTES, tooLarge, utf8Bytes } from './limits.ts';
import { checkReferences } from './references.ts';
import { type Scenario, Scenario as ScenarioSchema } from './schema.ts';

export type Finding = { path: string; line: number | null; message: string };
/** The line of a JSON Pointer in the text just read (null where no node is). */
export type LineOf = (jsonPointer: string) => number | null;
export type LoadResult =
  | { ok: true; scenario: Scenario; findings: Finding[]; lineOf: LineOf }
  | { ok: false; scenario: null; findings: Finding[]; raw: unknown; lineOf: LineOf };

const noLines: LineOf = () => null;

/** JSON Pointer (RFC 6901) for a path of keys and indexes. */
export function pointer(path: ReadonlyArray<PropertyKey>): string {
  return path.map((p) => `/${String(p).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

const segmentsOf = (jsonPointer: string) =>
  jsonPointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((p) => (/^\d+$/.test(p) ? Number(p) : p));

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

function parse(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  return { doc, lineCounter };
}

/** Line numbers for JSON Pointers into scenario text (null when the text does not parse or the place has no node). */
export function linesOf(text: string): LineOf {
  const { doc, lineCounter } = parse(text);
  if (doc.errors.length > 0) return noLines;
  const lineOf = lineFinder(doc, lineCounter);
  return (jsonPointer) => lineOf(segmentsOf(jsonPointer));
}

type Walked = { node: Node; path: (string | number)[]; depth: number };

/**
 * Depth and alias limits, checked with an explicit stack (no recursion), before toJS or the schema recurse. Aliases
 * are counted as they expand: an alias of a node that itself holds aliases counts those too, so an alias bomb is caught
 * at the alias that crosses the limit while a file that reuses one anchor a few hundred times passes.
 */
function checkStructure(doc: Document, lineCounter: LineCounter): Finding | null {
  const at = (node: Node) => (node.range ? lineCounter.linePos(node.range[0]).line : null);
  const weight = new Map<Node, number>();
  /** Aliases inside a node, expanded (memoised per anchored node; a node cannot hold an alias to itself). */
  const aliasesIn = (root: Node): number => {
    const known = weight.get(root);
    if (known !== undefined) return known;
    weight.set(root, MAX_ALIASES + 1);
    let total = 0;
    const stack: Node[] = [root];
    while (stack.length > 0 && total <= MAX_ALIASES) {
      const node = stack.pop() as Node;
      if (isAlias(node)) {
        const target = node.resolve(doc);
        total += 1 + (target ? aliasesIn(target) : 0);
      } else if (isMap(node)) {
        for (const pair of node.items) {
          if (isNode(pair.key)) stack.push(pair.key);
          if (isNode(pair.value)) stack.push(pair.value);
        }
      } else if (isSeq(node)) for (const item of node.items) if (isNode(item)) stack.push(item);
    }
    weight.set(root, total);
    return total;
  };
  let aliases = 0;
  const stack: Walked[] = doc.contents ? [{ node: doc.contents, path: [], depth: 1 }] : [];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as Walked;
    if (depth > MAX_DEPTH)
      return {
        path: pointer(path),
        line: at(node),
        message: `nested more than ${MAX_DEPTH} levels deep; a scenario file may nest at most ${MAX_DEPTH}`,
      };
    if (isAlias(node)) {
      const target = node.resolve(doc);
      aliases += 1 + (target ? aliasesIn(target) : 0);
      if (aliases > MAX_ALIASES)
        return {
          path: pointer(path),
          line: at(node),
          message: `too many YAML aliases: the alias *${node.source} takes the file past ${MAX_ALIASES.toLocaleString('en')} (aliases are counted as they expand)`,
        };
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = isScalar(pair.key) ? String(pair.key.value) : '?';
        if (isNode(pair.value)) stack.push({ node: pair.value, path: [...path, key], depth: depth + 1 });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => {
        if (isNode(item)) stack.push({ node: item, path: [...path, i], depth: depth + 1 });
      });
    }
  }
  return null;
}

const failed = (findings: Finding[], raw: unknown = null, lineOf: LineOf = noLines): LoadResult => ({
  ok: false,
  scenario: null,
  findings,
  raw,
  lineOf,
});

/** Parse and validate scenario text. Never throws: every problem becomes a finding. */
export function loadScenario(text: string): LoadResult {
  const bytes = text.length > MAX_FILE_BYTES / 4 ? utf8Bytes(text) : text.length;
  if (bytes > MAX_FILE_BYTES) return failed([{ path: '', line: null, message: tooLarge(bytes) }]);
  try {
    return loadChecked(text);
  } catch (e) {
    // The limits above should make this unreachable; if it happens anyway, it is a finding, not a crash.
    return failed([{ path: '', line: null, message: `the file could not be read: ${(e as Error).message}` }]);
  }
}

function loadChecked(text: string): LoadResult {
  const { doc, lineCounter } = parse(text);
  if (doc.errors.length > 0) {
    return failed(
      doc.errors.map((e) => ({
        path: '',
        line: lineCounter.linePos(e.pos[0]).line,
        message: /call stack/i.test(e.message)
          ? `syntax error: nested too deeply to read; a scenario file may nest at most ${MAX_DEPTH} levels`
          : `syntax error: ${e.message.split('\n')[0]}`,
      })),
    );
  }
  const structure = checkStructure(doc, lineCounter);
  if (structure) return failed([structure]);
  const raw: unknown = doc.toJS({ maxAliasCount: MAX_ALIASES });
  const find = lineFinder(doc, lineCounter);
  const lineOf: LineOf = (jsonPointer) => find(segmentsOf(jsonPointer));
  const parsed = ScenarioSchema.safeParse(raw);
  if (!parsed.success) {
    return failed(
      parsed.error.issues.flatMap(explainUnion).map((issue) => ({
        path: pointer(issue.path),
        line: find(issue.path),
        message: issue.message,
      })),
      raw,
      lineOf,
    );
  }
  const findings = checkReferences(parsed.data).map((f) => ({ ...f, line: find(f.segments) }));
  const clean = findings.map(({ path, line, message }) => ({ path, line, message }));
  if (clean.length > 0) return failed(clean, raw, lineOf);
  return { ok: true, scenario: parsed.data, findings: [], lineOf };
}

type Issue = { path: PropertyKey[]; message: string; code?: string; errors?: Issue[][] };

/**
 * A union that fails says only that no branch fitted. When one branch got past the value's type (the value is a
 * list and the list branch failed deeper in), its own messages name the real cause: report those instead.
 */
function explainUnion(issue: Issue): Issue[] {
  if (issue.code !== 'invalid_union' || !issue.errors) return [issue];
  const deeper = issue.errors.filter(
    (branch) => branch.length > 0 && !branch.some((i) => i.path.length === 0 && i.code === 'invalid_type'),
  );
  if (deeper.length !== 1) return [issue];
  return (deeper[0] as Issue[]).flatMap((i) => explainUnion({ ...i, path: [...issue.path, ...i.path] }));
}
