// One index per scenario: every lookup of a stage, option, ending, inject, role or sender goes through it, so the
// session, the views and the report find things the same way and in constant time. Built once and cached.
import type { Ending, Inject, Objective, Option, Role, Scenario, Sender, Stage } from './schema.ts';

export type ScenarioIndex = {
  stages: ReadonlyMap<string, Stage>;
  endings: ReadonlyMap<string, Ending>;
  /** stage id → option id → option */
  options: ReadonlyMap<string, ReadonlyMap<string, Option>>;
  /** inject id → the inject and the stage it belongs to */
  injects: ReadonlyMap<string, { inject: Inject; stageId: string }>;
  roles: ReadonlyMap<string, Role>;
  senders: ReadonlyMap<string, Sender>;
  objectives: ReadonlyMap<string, Objective>;
};

const cache = new WeakMap<Scenario, ScenarioIndex>();

export function indexOf(s: Scenario): ScenarioIndex {
  let index = cache.get(s);
  if (index) return index;
  const injects = new Map<string, { inject: Inject; stageId: string }>();
  for (const stage of s.stages) for (const inject of stage.injects ?? []) injects.set(inject.id, { inject, stageId: stage.id });
  index = {
    stages: new Map(s.stages.map((x) => [x.id, x])),
    endings: new Map(s.endings.map((x) => [x.id, x])),
    options: new Map(s.stages.map((x) => [x.id, new Map(x.decision.options.map((o) => [o.id, o]))])),
    injects,
    roles: new Map(s.roles.map((x) => [x.id, x])),
    senders: new Map(s.senders.map((x) => [x.id, x])),
    objectives: new Map(s.objectives.map((x) => [x.id, x])),
  };
  cache.set(s, index);
  return index;
}
