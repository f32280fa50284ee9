// A checker finding in the player's language: the English message as the checker wrote it, or its Dutch row from
// src/i18n/checker.ts with the varying parts filled in; a message without a row stays English rather than vanish.
import type { Language } from '../../../engine/play/schema';
import { checkerMessages } from '../../../i18n/checker';

const escapeRegex = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Each English template as an anchored pattern; "…" matches any text (the shortest that still fits). */
const rows = checkerMessages.map(([en, nl]) => ({ pattern: new RegExp(`^${en.split('…').map(escapeRegex).join('(.*?)')}$`, 's'), nl }));

export function findingText(message: string, lang: Language): string {
  if (lang === 'en') return message;
  for (const row of rows) {
    const m = row.pattern.exec(message);
    if (m) return row.nl.replace(/\{(\d+)\}/g, (_, i: string) => m[Number(i)] ?? '');
  }
  return message;
}

/** A JSON Pointer as a field path people read: /stages/0/decision → stages › 0 › decision (as the CLI counts). */
export function fieldPath(pointer: string): string {
  if (!pointer) return '';
  return pointer
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
    .join(' › ');
}
