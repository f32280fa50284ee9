// Shared by the checker and analyser tests: where a checker fixture lives, and the statistics a small scenario reports.
import { join } from 'node:path';
import type { Stats } from '../../src/engine/analyse/analyse';

/** The syntax fixture is a .txt file so the linter does not parse it; every other fixture is YAML. */
export const fixtureFile = (name: string) => (name === 'syntax' ? 'syntax.yaml.txt' : `${name}.yaml`);

/** The fixture's path from the repository root, as the CLI is given it and prints it back. */
export const fixturePath = (name: string) => join('tests/checker/fixtures', fixtureFile(name));

type Parts = Pick<Stats, 'stages' | 'decisions' | 'options' | 'injects' | 'roles' | 'metrics'>;
type Paths = Pick<Stats, 'shortestPath' | 'longestPath' | 'timedDecisions'>;

/** The statistics of a scenario written in Dutch and English: what it holds, its endings by outcome, its path lengths. */
export const bilingualStats = (parts: Parts, endings: Stats['endings'], paths: Paths) => ({
  ...parts,
  endings,
  ...paths,
  languages: ['nl', 'en'],
});

/** What the checker counts in valid.yaml: two stages in a row, one metric, one good and one bad ending. */
export const validFixtureStats = bilingualStats(
  { stages: 2, decisions: 2, options: 4, injects: 0, roles: 1, metrics: 1 },
  { good: 1, mixed: 0, bad: 1 },
  { shortestPath: 2, longestPath: 2, timedDecisions: 0 },
);
