// Every shipped scenario passes the checker and meets the size the issue asks for; every ending is played for real
// through the session layer along a path the analyser lists.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listPaths, type Stats } from '../../src/engine/analyse/analyse';
import { newSession } from '../../src/engine/play/session';
import { loadFile, soloMove } from '../engine/play';
import { expectEveryOutcome, expectSeededSize, type SizeStats } from './support';

const root = resolve(import.meta.dirname, '../..');
const dir = join(root, 'scenarios');
const files = readdirSync(dir)
  .filter((f) => /\.(ya?ml|json)$/.test(f))
  .sort()
  .map((f) => join('scenarios', f));

type Report = {
  file: string;
  id: string | null;
  ok: boolean;
  errors: { path: string; line: number | null; message: string }[];
  stats: (SizeStats & Pick<Stats, 'endings' | 'pathsPerEnding' | 'branching'>) | null;
};

const run = spawnSync(join(root, 'node_modules/.bin/tsx'), ['scripts/check-scenarios.ts', '--json', ...files], {
  cwd: root,
  encoding: 'utf8',
});
const reports: Report[] = run.stdout ? (JSON.parse(run.stdout) as Report[]) : [];
const seeded = ['citrix-2020', 'crowdstrike-2024', 'lab-datalek-2025'];

describe('the shipped scenarios', () => {
  it('the checker reports no errors in any file and exits zero', () => {
    expect(reports.map((r) => r.file)).toEqual(files);
    expect(reports.filter((r) => !r.ok).map((r) => ({ file: r.file, errors: r.errors }))).toEqual([]);
    expect(run.status).toBe(0);
  });

  it('include the three seeded scenarios', () => {
    expect(reports.map((r) => r.id)).toEqual(expect.arrayContaining(seeded));
  });

  describe.each(seeded)('%s', (id) => {
    const report = () => {
      const r = reports.find((x) => x.id === id);
      if (!r?.stats) throw new Error(`scenario "${id}" is missing or did not load`);
      return { ...r, stats: r.stats };
    };

    it('is big enough: roles, decisions, injects, path length, timers, metrics', () => {
      expectSeededSize(report().stats);
    });

    it('has good, mixed and bad endings, at least four, and several paths into at least two of them', () => {
      const { endings, pathsPerEnding } = report().stats;
      expectEveryOutcome(endings);
      expect(endings.good + endings.mixed + endings.bad).toBeGreaterThanOrEqual(4);
      expect(Object.values(pathsPerEnding).filter((n) => n > 1).length).toBeGreaterThanOrEqual(2);
    });

    it('branches: four stages lead to different places, five are seen on some paths only, at most two inject-only flags', () => {
      const { branching } = report().stats;
      expect(branching.branchingStages.length).toBeGreaterThanOrEqual(4);
      expect(branching.seenOnSomePaths.length).toBeGreaterThanOrEqual(5);
      expect(branching.injectOnlyFlags.length).toBeLessThanOrEqual(2);
    });

    it('has no option that differs from a sibling only in what happens now', () => {
      expect(report().stats.branching.numbersOnly).toEqual([]);
    });

    it('reaches every ending by playing a listed path through session.apply', () => {
      const s = loadFile(join(root, report().file));
      const paths = listPaths(s, 1);
      for (const ending of s.endings) {
        const path = paths[ending.id]?.[0];
        expect(path, `no path into ending "${ending.id}"`).toBeDefined();
        let session = newSession(s, { role: s.roles[0]?.id ?? '', timerMode: 'realistic' });
        let place = s.initialStage;
        for (const step of path ?? []) {
          const r = soloMove(
            s,
            session,
            step.kind === 'timeout' ? { type: 'decision.timeout' } : { type: 'decision.choose', optionId: step.optionId },
          );
          if (!r.ok) throw new Error(`${ending.id}: ${step.stageId}:${step.optionId} rejected: ${r.reason.message}`);
          session = r.session;
          place = r.game.place;
        }
        expect(place).toBe(ending.id);
      }
      // The analysis walks every situation of a large scenario; on a loaded 2-core machine that takes a while.
    }, 90_000);
  });
});
