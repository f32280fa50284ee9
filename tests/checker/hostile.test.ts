// Hostile scenario files through the same check the browser's worker runs: each is refused with a message or, if it
// only holds markup in its texts, accepted as plain text. Never a throw, never a polluted prototype.
import { describe, expect, it } from 'vitest';
import { checkUpload } from '../../src/engine/analyse/check-upload';
import { hostileFiles } from '../fixtures/hostile';

describe('hostile scenario files', () => {
  it('has at least 20 of them', () => {
    expect(hostileFiles.length).toBeGreaterThanOrEqual(20);
  });

  it.each(hostileFiles.map((h) => [h.name, h] as const))('%s is refused or made harmless', (_name, h) => {
    const result = checkUpload(h.text);
    if ('refused' in h.expect) {
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.errors.length).toBeGreaterThan(0);
      expect(result.errors.map((e) => e.message).join('\n')).toMatch(h.expect.refused);
    } else {
      expect(result.ok).toBe(true);
      if (!result.ok) return;
      expect(result.entry.title.nl + result.entry.teaser.nl).toContain(h.expect.harmless);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
