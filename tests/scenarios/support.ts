// Shared by the scenario tests: the minimum size and spread of endings every seeded scenario must have.
import { expect } from 'vitest';
import type { Stats } from '../../src/engine/analyse/analyse';

export type SizeStats = Pick<Stats, 'roles' | 'decisions' | 'injects' | 'shortestPath' | 'timedDecisions' | 'metrics'>;

/** At least 5 roles, 10 decisions, 12 injects, 6 decisions on the shortest path, 3 timed decisions and 5 metrics. */
export function expectSeededSize(stats: SizeStats): void {
  expect(stats.roles).toBeGreaterThanOrEqual(5);
  expect(stats.decisions).toBeGreaterThanOrEqual(10);
  expect(stats.injects).toBeGreaterThanOrEqual(12);
  expect(stats.shortestPath).toBeGreaterThanOrEqual(6);
  expect(stats.timedDecisions).toBeGreaterThanOrEqual(3);
  expect(stats.metrics).toBeGreaterThanOrEqual(5);
}

/** At least one good, one mixed and one bad ending. */
export function expectEveryOutcome(endings: Stats['endings']): void {
  expect(endings.good).toBeGreaterThanOrEqual(1);
  expect(endings.mixed).toBeGreaterThanOrEqual(1);
  expect(endings.bad).toBeGreaterThanOrEqual(1);
}
