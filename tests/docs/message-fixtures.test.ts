// Every checker message the authoring guide lists has a fixture (checker-fixtures.ts) that makes the checker say it.
import { describe, expect, it } from 'vitest';
import { fixtures } from './checker-fixtures';
import { codeMessages } from './messages';

/** A message template as a pattern: "…" stands for any text. */
const pattern = (template: string) =>
  new RegExp(
    `^${template
      .split('…')
      .map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('.*')}$`,
    's',
  );

/** Defensive messages no file can cause (the limits before them stop every known case); the guide still lists them. */
const noFileCauses = new Set(['the file could not be read: …']);

describe('a fixture for every checker message', () => {
  it.each(
    codeMessages()
      .filter((m) => !noFileCauses.has(m.text))
      .map((m) => [m.text] as const),
  )('"%s"', (template) => {
    const fixture = fixtures[template];
    expect(fixture, `tests/docs/checker-fixtures.ts has no fixture for "${template}"`).toBeDefined();
    const said = fixture?.() ?? [];
    expect(
      said.some((m) => pattern(template).test(m)),
      `the fixture gave: ${said.join(' | ')}`,
    ).toBe(true);
  });
});
