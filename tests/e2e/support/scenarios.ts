// The seeded scenarios as the tests know them: loaded with the engine in Node, and a planned route through each
// (stage titles, option keys and labels, ending) so a browser test can check every screen against the engine.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadScenario } from '../../../src/engine/play/load';
import type { Language, Option, Scenario } from '../../../src/engine/play/schema';
import { newSession, type Session } from '../../../src/engine/play/session';
import { soloMove } from '../../engine/play';

const dir = fileURLToPath(new URL('../../../scenarios/', import.meta.url));

/** Every scenario file in scenarios/ that loads (the build refuses the rest), by file name. */
export function seededScenarios(): Scenario[] {
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => /\.(ya?ml|json)$/.test(f));
  } catch {
    return [];
  }
  return files.sort().flatMap((f) => {
    const result = loadScenario(readFileSync(dir + f, 'utf8'));
    return result.ok ? [result.scenario] : [];
  });
}

export type Step = {
  stageId: string;
  stageTitle: string;
  /** 1-based position of the option in the decision: the digit key that takes it. */
  key: number;
  optionId: string;
  optionLabel: string;
  consequence: string;
};

export type Plan = { steps: Step[]; endingId: string; endingTitle: string; outcome: string; session: Session };

/** How to choose at each stage: the real organisation's path, or the first or last option that is available. */
export type Strategy = 'historical' | 'first' | 'last';

function candidates(options: Option[], strategy: Strategy): Option[] {
  const ordered = strategy === 'last' ? [...options].reverse() : [...options];
  if (strategy === 'historical') ordered.sort((a, b) => Number(Boolean(b.historical)) - Number(Boolean(a.historical)));
  return ordered;
}

/**
 * Play the scenario in the engine with the given strategy, preferring options that lead somewhere not yet visited,
 * so loops end; throws if no ending is reached (the checker should have caught that scenario).
 */
export function plan(s: Scenario, lang: Language, strategy: Strategy, role = s.roles[0]?.id ?? ''): Plan {
  let session = newSession(s, { role, timerMode: 'off' });
  let place = s.initialStage;
  const visited = new Set<string>([place]);
  const steps: Step[] = [];
  for (let turn = 0; turn < 200; turn++) {
    const ending = s.endings.find((e) => e.id === place);
    if (ending) return { steps, endingId: ending.id, endingTitle: ending.title[lang], outcome: ending.outcome, session };
    const stage = s.stages.find((x) => x.id === place);
    if (!stage) throw new Error(`${s.id}: unknown place ${place}`);
    const tries = candidates(stage.decision.options, strategy).flatMap((option) => {
      const result = soloMove(s, session, { type: 'decision.choose', optionId: option.id }, '2026-01-01T00:00:00.000Z');
      return result.ok ? [{ option, result }] : [];
    });
    const pick = tries.find((t) => !visited.has(t.result.game.place)) ?? tries[0];
    if (!pick) throw new Error(`${s.id}: no option can be taken in stage ${place}`);
    steps.push({
      stageId: stage.id,
      stageTitle: stage.title[lang],
      key: stage.decision.options.indexOf(pick.option) + 1,
      optionId: pick.option.id,
      optionLabel: pick.option.label[lang],
      consequence: pick.option.consequence[lang],
    });
    session = pick.result.session;
    place = pick.result.game.place;
    visited.add(place);
  }
  throw new Error(`${s.id}: no ending reached in 200 decisions with strategy ${strategy}`);
}
