// The simulated clock, shown in Dutch time whatever zone the machine runs in; plus the content hash and catalogue entry.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogEntry } from '../../src/engine/play/catalog';
import { clockDate, formatClock, formatDate, formatTime, minutesFromStart } from '../../src/engine/play/clock';
import { contentHash } from '../../src/engine/play/hash';
import { loadFile } from './play';

const s = { start: '2024-07-19T06:00:00+02:00' };

describe('clock', () => {
  it('counts minutes from the start', () => {
    expect(minutesFromStart(s, '2024-07-19T08:09:00+02:00')).toBe(129);
    expect(clockDate(s, 9).toISOString()).toBe('2024-07-19T04:09:00.000Z');
  });

  it('shows Amsterdam time in both languages (06:09 stays 06:09 on a UTC machine)', () => {
    expect(formatTime(s, 9, 'nl')).toBe('06:09');
    expect(formatTime(s, 9, 'en')).toBe('06:09');
    expect(formatClock(s, 9, 'en')).toMatch(/Fri.*19 Jul.*06:09/);
    expect(formatClock(s, 9, 'nl')).toMatch(/vr.*19 jul.*06:09/);
    expect(formatDate('2020-01-14', 'nl')).toBe('14 januari 2020');
    expect(formatDate('2020-01-14', 'en')).toBe('14 January 2020');
  });
});

describe('content hash', () => {
  it('ignores key order and undefined values but not content', () => {
    expect(contentHash({ a: 1, b: [1, 'x', null], c: undefined })).toBe(contentHash({ b: [1, 'x', null], a: 1 }));
    expect(contentHash({ a: 1 })).not.toBe(contentHash({ a: 2 }));
    expect(contentHash(undefined)).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('catalogue entry', () => {
  it('keeps what the start screen shows', () => {
    const mini = loadFile(join(import.meta.dirname, '../fixtures/mini.yaml'));
    const entry = catalogEntry(mini);
    expect(entry).toMatchObject({ id: 'mini', version: 1, duration: [5, 10], title: { en: 'Small exercise' } });
    expect(entry.roles.map((r) => r.id)).toEqual(['ciso', 'comms']);
    expect(entry.endings).toEqual([
      { id: 'good', outcome: 'good', title: { nl: 'Goed', en: 'Good' } },
      { id: 'mixed', outcome: 'mixed', title: { nl: 'Gemengd', en: 'Mixed' } },
      { id: 'bad', outcome: 'bad', title: { nl: 'Slecht', en: 'Bad' } },
    ]);
  });
});
