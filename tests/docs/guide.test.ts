// The authoring guide stays complete: every message the checker can give (read from the engine's source) is listed
// in docs/authoring.md with how to fix it, and has Dutch words for the in-app loader.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkerMessages } from '../../src/i18n/checker';
import { findingText } from '../../src/ui/common/scenario-file/findingText';
import { codeMessages } from './messages';

const guide = readFileSync(resolve(import.meta.dirname, '../../docs/authoring.md'), 'utf8');
/** Every `code span` of the guide's message section, where each message is written exactly. */
const section = guide.slice(guide.indexOf('## Every checker message'), guide.indexOf('## From an inject list'));
const spans = new Set([...section.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
const messages = codeMessages();

describe('the authoring guide', () => {
  it('finds the checker’s messages in the engine source', () => {
    // A guard for the extractor itself: if a refactoring hides the messages from it, this fails instead of passing empty.
    expect(messages.length).toBeGreaterThan(50);
    expect(messages.map((m) => m.text)).toEqual(
      expect.arrayContaining(['unknown flag "…" (declare it under flags)', 'stage "…" can never be reached', 'Dutch text (nl) is missing']),
    );
  });

  it.each(messages.map((m) => [m.text, m.file] as const))('lists "%s" (%s) with how to fix it', (text) => {
    expect(spans.has(text), `docs/authoring.md has no \`${text}\` in "Every checker message"`).toBe(true);
  });

  it.each(messages.map((m) => [m.text] as const))('has Dutch words for "%s"', (text) => {
    expect(
      checkerMessages.some(([en]) => en === text),
      `src/i18n/checker.ts has no row for "${text}"`,
    ).toBe(true);
  });

  it('lists every message it has Dutch words for', () => {
    const missing = checkerMessages.map(([en]) => en).filter((en) => !spans.has(en) && !/^ending "…" can never be reached: .+/.test(en));
    expect(missing).toEqual([]);
  });

  it('translates a message with its varying parts in place', () => {
    expect(findingText('unknown option "cut" in stage "alert"', 'nl')).toBe('onbekende optie "cut" in moment "alert"');
    expect(findingText('duplicate flag id "x"', 'nl')).toBe('dubbel id "x" (flag)');
    expect(findingText('something new the table does not know', 'nl')).toBe('something new the table does not know');
    expect(findingText('unknown role "x"', 'en')).toBe('unknown role "x"');
  });

  it('states the file limits it promises', () => {
    for (const limit of ['at most 2 MB', 'at most 64 levels', 'at most 8,000 characters', 'at most 1,000', 'at most 10 years of minutes'])
      expect(guide).toContain(limit);
  });
});
