// The scenario format: one zod schema from which the TypeScript types and the editors' JSON Schema derive.
// Conditions and effects are plain data; nothing in a scenario is ever evaluated as code.
import { z } from 'zod';
import { DateTime, Id, metricValue, minutes, Str, Text } from './schema-basics.ts';
import { Condition } from './schema-condition.ts';

export { DateTime, Id, type Language, languages, Text } from './schema-basics.ts';
export { Condition, comparisons } from './schema-condition.ts';

/** Metric id → change (positive or negative). Values are clamped to the metric's range. */
export const Effects = z.record(Id, metricValue('an effect'));
export type Effects = z.infer<typeof Effects>;

/** Where an option leads: a stage or ending id, or a list of routes tried in order (the last without condition). */
export const Route = z.strictObject({ when: Condition.optional(), to: Id });
export type Route = z.infer<typeof Route>;
export const Target = z.union([Id, z.array(Route).min(1, 'a route list needs at least one route')], {
  error: 'next is a stage or ending id, or a list of { when, to } routes',
});
export type Target = z.infer<typeof Target>;

/** Setting and clearing the same flag in one step has no sensible order: the schema refuses it. */
function noSetAndClear(x: { set?: string[] | undefined; clear?: string[] | undefined }, ctx: z.RefinementCtx) {
  const set = new Set(x.set ?? []);
  (x.clear ?? []).forEach((f, i) => {
    if (set.has(f))
      ctx.addIssue({ code: 'custom', path: ['clear', i], message: `flag "${f}" is both set and cleared here; keep one of the two` });
  });
}

export const Option = z
  .strictObject({
    id: Id,
    label: Text,
    hint: Text.optional(),
    /** Only offered when this holds; otherwise shown disabled with `unavailable` as the reason. */
    when: Condition.optional(),
    unavailable: Text.optional(),
    effects: Effects.optional(),
    set: z.array(Id).optional(),
    clear: z.array(Id).optional(),
    /** Simulated minutes this choice costs. */
    cost: minutes('cost').min(0).default(0),
    next: Target,
    /** What happened because of this choice: shown on the consequence card. */
    consequence: Text,
    /** The option the real organisation took (the historical path). */
    historical: z.boolean().optional(),
    /** Taken when the decision's time runs out; also offered as "wait and see". */
    noDecision: z.boolean().optional(),
    objectives: z.array(Id).optional(),
  })
  .superRefine(noSetAndClear);
export type Option = z.infer<typeof Option>;

export const injectKinds = ['news', 'email', 'phone', 'chat', 'ticket', 'social', 'advisory', 'memo'] as const;
export type InjectKind = (typeof injectKinds)[number];

export const Inject = z.strictObject({
  id: Id,
  kind: z.enum(injectKinds, { error: `kind must be one of ${injectKinds.join(', ')}` }),
  /** A sender id (outside party) or role id. */
  from: Id,
  /** The role it is addressed to; without it, the whole crisis team. Solo players see every message, their own marked. */
  to: Id.optional(),
  /** "facilitator": it appears only when the facilitator releases it (solo play never shows it). */
  release: z.enum(['auto', 'facilitator'], { error: 'release must be "auto" or "facilitator"' }).default('auto'),
  when: Condition.optional(),
  /** Time the message arrives, if not the stage's own time. */
  at: DateTime.optional(),
  subject: Text,
  body: Text,
});
export type Inject = z.infer<typeof Inject>;

/** A consequence that fires on entering a stage when its condition holds: the delayed effect of an earlier choice. */
export const StageConsequence = z
  .strictObject({
    id: Id,
    when: Condition.optional(),
    effects: Effects.optional(),
    set: z.array(Id).optional(),
    clear: z.array(Id).optional(),
    text: Text,
  })
  .superRefine(noSetAndClear);
export type StageConsequence = z.infer<typeof StageConsequence>;

export const Decision = z.strictObject({
  prompt: Text,
  /** Simulated minutes before the no-decision option is taken. */
  timeLimit: minutes('timeLimit').positive().optional(),
  options: z.array(Option).min(1, 'a decision needs at least one option'),
});
export type Decision = z.infer<typeof Decision>;

export const Stage = z.strictObject({
  id: Id,
  phase: Text.optional(),
  at: DateTime.optional(),
  title: Text,
  situation: Text,
  onEnter: z.array(StageConsequence).optional(),
  injects: z.array(Inject).optional(),
  decision: Decision,
});
export type Stage = z.infer<typeof Stage>;

export const outcomes = ['good', 'mixed', 'bad'] as const;
export type Outcome = (typeof outcomes)[number];

export const Ending = z.strictObject({
  id: Id,
  outcome: z.enum(outcomes, { error: 'outcome must be good, mixed or bad' }),
  title: Text,
  summary: Text,
  week: Text.optional(),
  month: Text.optional(),
  onEnter: z.array(StageConsequence).optional(),
});
export type Ending = z.infer<typeof Ending>;

export const Metric = z
  .strictObject({
    id: Id,
    label: Text,
    description: Text.optional(),
    start: metricValue('start'),
    min: metricValue('min').default(0),
    max: metricValue('max').default(100),
    good: z.enum(['higher', 'lower'], { error: 'good must be "higher" or "lower"' }),
  })
  .refine((m) => m.min < m.max && m.start >= m.min && m.start <= m.max, {
    message: 'a metric needs min < max and a start value within [min, max]',
  });
export type Metric = z.infer<typeof Metric>;

export const Role = z.strictObject({ id: Id, name: Text, description: Text });
export type Role = z.infer<typeof Role>;
export const Sender = z.strictObject({ id: Id, name: Text });
export type Sender = z.infer<typeof Sender>;
export const Flag = z.strictObject({ id: Id, description: Text.optional() });
export const Objective = z.strictObject({ id: Id, text: Text });
export type Objective = z.infer<typeof Objective>;

export const Source = z.strictObject({
  id: Id,
  name: Str().min(1),
  publisher: Str().optional(),
  date: Str().optional(),
  /** Shown as a link and written into exports: only web addresses, never javascript:, data: or vbscript:. */
  url: z.url({ protocol: /^https?$/, error: 'a source URL must be a web address starting with http:// or https://' }).optional(),
});
export type Source = z.infer<typeof Source>;

export const HistoricalNote = z.strictObject({
  stage: Id,
  /** The option closest to what the real organisation did, if any. */
  option: Id.optional(),
  text: Text,
  sources: z.array(Id).min(1, 'name at least one source'),
  /** Marks "what would apply today" notes (e.g. NIS2) that are not historical fact. */
  today: z.boolean().optional(),
  /**
   * Set when `option` is only the closest to what is known (an inference, not a documented act of the real
   * organisation): the reason, shown beside it in the debrief and the exports.
   */
  inferred: Text.optional(),
});
export type HistoricalNote = z.infer<typeof HistoricalNote>;

export const Debrief = z.strictObject({
  realStory: Text,
  historical: z.array(HistoricalNote),
  sources: z.array(Source).min(1),
  questions: z.array(Text).min(1),
});
export type Debrief = z.infer<typeof Debrief>;

export const Scenario = z.strictObject({
  id: Id,
  version: z.number().int().positive(),
  title: Text,
  teaser: Text,
  incident: z.strictObject({ date: z.iso.date({ error: 'expected a date like 2020-01-14' }), place: Text }),
  /** Expected playing time in minutes, [from, to]. */
  duration: z.tuple([z.number().int().positive(), z.number().int().positive()]),
  /** The moment the simulated clock reads 0. */
  start: DateTime,
  setting: z.strictObject({ hospital: Str().min(1), description: Text }),
  objectives: z.array(Objective).min(1),
  roles: z.array(Role).min(1),
  senders: z.array(Sender).default([]),
  metrics: z.array(Metric).min(1),
  flags: z.array(Flag).default([]),
  initialStage: Id,
  stages: z.array(Stage).min(1),
  endings: z.array(Ending).min(1),
  debrief: Debrief,
});
/** A scenario after validation (defaults filled in). */
export type Scenario = z.infer<typeof Scenario>;
/** A scenario as an author writes it. */
export type ScenarioInput = z.input<typeof Scenario>;

/** The JSON Schema for editors (YAML language server, VS Code). */
export function scenarioJsonSchema(): unknown {
  return z.toJSONSchema(Scenario, { io: 'input', unrepresentable: 'any' });
}
