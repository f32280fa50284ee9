// The corpus of real saves and exported sessions, of every format this version reads (format 1 from solo play before
// the event pipeline; format 2 solo and facilitated). Each loads, replays against the scenario it was made with, and
// shows the view it had when it was saved. A change that breaks an old save breaks this test.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSave, resume } from '../../src/engine/play/save';
import { type Viewer, viewFor } from '../../src/engine/play/view';
import { loadFile } from './play';

const root = join(import.meta.dirname, '../fixtures/saves');
const corpus = ['format-1', 'format-2'].flatMap((format) =>
  readdirSync(join(root, format))
    .filter((f) => f.endsWith('.json') && !f.endsWith('.expected.json'))
    .map((f) => [`${format}/${f}`, join(root, format, f)] as const),
);

type Expected = {
  scenario: string;
  viewer?: Viewer;
  place: string;
  done: boolean;
  clock: number;
  metrics: Record<string, number>;
  last: { kind: string; optionId: string } | null;
  ending: string | null;
  injects: string[];
  notes?: string[];
  participants?: string[];
  tally?: { total: number; leader: string | null } | null;
  ended?: boolean;
  reviewing?: boolean;
  deciding?: boolean;
  paused?: boolean;
};

describe('the save corpus', () => {
  it('holds saves of both formats, solo and facilitated', () => {
    expect(corpus.filter(([name]) => name.startsWith('format-1/')).length).toBeGreaterThanOrEqual(5);
    expect(corpus.some(([name]) => name.includes('facilitated'))).toBe(true);
  });

  it.each(corpus)('%s loads and replays to the view it had', (name, file) => {
    const expected = JSON.parse(readFileSync(file.replace(/\.json$/, '.expected.json'), 'utf8')) as Expected;
    const scenario = loadFile(join(root, 'scenarios', expected.scenario));
    const parsed = parseSave(readFileSync(file, 'utf8'));
    if (!parsed.ok) throw new Error(`${name}: ${parsed.message}`);
    expect(parsed.migratedFrom).toBe(name.startsWith('format-1/') ? 1 : null);
    const resumed = resume(scenario, parsed.session);
    if (!resumed.ok) throw new Error(`${name}: ${resumed.message}`);
    const role = parsed.session.role;
    const view = viewFor(scenario, resumed.live, expected.viewer ?? { kind: 'solo', role });
    expect({
      place: view.place,
      done: view.done,
      clock: view.clock,
      metrics: Object.fromEntries(view.metrics.map((m) => [m.id, m.value])),
      last: view.last ? { kind: view.last.kind, optionId: view.last.optionId } : null,
      ending: view.ending?.id ?? null,
    }).toEqual({
      place: expected.place,
      done: expected.done,
      clock: expected.clock,
      metrics: expected.metrics,
      last: expected.last,
      ending: expected.ending,
    });
    const subjects = view.injects.map((i) => i.subject.en);
    if (name.startsWith('format-1/')) {
      // Format 1 showed a solo player only the messages for their role; now every message to the team shows.
      for (const s of expected.injects) expect(subjects).toContain(s);
      // A migrated save resumes where it was left: on the consequence of its last decision, or on the open stage after an undo.
      const lastType = parsed.session.events.at(-1)?.type;
      expect(view.reviewing).toBe(lastType !== 'session.undo');
    } else {
      expect(subjects).toEqual(expected.injects);
      expect({
        notes: view.notes.map((n) => n.text),
        participants: view.participants.map((p) => p.name),
        tally: view.tally ? { total: view.tally.total, leader: view.tally.leader } : null,
        ended: view.ended,
        reviewing: view.reviewing,
        deciding: view.deciding,
        paused: view.paused,
      }).toEqual({
        notes: expected.notes,
        participants: expected.participants,
        tally: expected.tally,
        ended: expected.ended,
        reviewing: expected.reviewing,
        deciding: expected.deciding,
        paused: expected.paused,
      });
    }
  });
});
