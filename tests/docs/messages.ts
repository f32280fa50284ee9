// Finds every message the checker can print by reading the engine's source: the strings handed to the reference
// checker's report(), the analysis' error()/warn(), zod's `error:` / `message:` options and check arguments, and the
// loader's own findings. Template parts (`${…}`) become "…", so "unknown flag "…" (declare it under flags)".
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '../..');
const engineDirs = ['src/engine/play', 'src/engine/analyse'];
/** The session layer's refusals are for players, saves and servers, not for scenario authors: the checker never prints them. */
const notChecker = /\/(session|save|events|handlers|machine|migrate|tally|timer|view|report|index)\.ts$/;

/** Read one string or template literal starting at `i` (a quote); returns its text with `${…}` as "…", and the end. */
function literal(src: string, i: number): { text: string; end: number } {
  const quote = src[i] as string;
  let text = '';
  let j = i + 1;
  while (j < src.length && src[j] !== quote) {
    if (src[j] === '\\') {
      text += src[j + 1];
      j += 2;
    } else if (quote === '`' && src[j] === '$' && src[j + 1] === '{') {
      let depth = 1;
      j += 2;
      while (j < src.length && depth > 0) {
        if (src[j] === '{') depth++;
        else if (src[j] === '}') depth--;
        else if (src[j] === '`' || src[j] === "'" || src[j] === '"') j = literal(src, j).end - 1;
        j++;
      }
      text += '…';
    } else text += src[j++];
  }
  return { text, end: j + 1 };
}

/** Call shapes and keys whose string argument is a message a scenario author can see. */
const anchors = [
  /\breport\(\s*\[[^\]]*\]\s*,\s*(?=['"`])/g,
  /\breport\([a-zA-Z.]+\([^)]*\)\s*,\s*(?=['"`])/g,
  /\breport\(\s*[a-zA-Z]+\s*,\s*(?=['"`])/g,
  /\b(?:error|warn)\(\s*[^,]+,\s*'[a-z-]+'\s*,\s*(?=['"`])/g,
  /\b(?:error|message):\s*(?=['"`])/g,
  /\.(?:min|max|regex|int|positive|nonnegative|length|refine)\([^,()]*(?:\([^()]*\))?[^,()]*,\s*(?=['"`])/g,
  /\.int\(\s*(?=['"`])/g,
];

export type CodeMessage = { file: string; text: string };

export function codeMessages(): CodeMessage[] {
  const found = new Map<string, CodeMessage>();
  for (const dir of engineDirs)
    for (const name of readdirSync(join(root, dir)).filter((f) => f.endsWith('.ts'))) {
      const file = `${dir}/${name}`;
      if (notChecker.test(file)) continue;
      const src = readFileSync(join(root, file), 'utf8');
      for (const anchor of anchors)
        for (const m of src.matchAll(anchor)) {
          const { text } = literal(src, (m.index ?? 0) + m[0].length);
          if (!found.has(text)) found.set(text, { file, text });
        }
    }
  return [...found.values()];
}
