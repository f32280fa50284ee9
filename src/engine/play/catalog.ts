// What the start screen needs to know about a scenario without loading all of it.
import type { Outcome, Scenario, Text } from './schema.ts';

export type CatalogEntry = {
  id: string;
  version: number;
  title: Text;
  teaser: Text;
  /** The real incident the scenario is modelled on (date and the real organisations). */
  incident: Scenario['incident'];
  /** The fictional hospital where the game is played. */
  hospital: string;
  duration: [number, number];
  roles: { id: string; name: Text; description: Text }[];
  endings: { id: string; outcome: Outcome; title: Text }[];
};

export type CatalogProblem = { file: string; findings: { path: string; line: number | null; message: string }[] };

export function catalogEntry(s: Scenario): CatalogEntry {
  return {
    id: s.id,
    version: s.version,
    title: s.title,
    teaser: s.teaser,
    incident: s.incident,
    hospital: s.setting.hospital,
    duration: s.duration,
    roles: s.roles.map(({ id, name, description }) => ({ id, name, description })),
    endings: s.endings.map(({ id, outcome, title }) => ({ id, outcome, title })),
  };
}
