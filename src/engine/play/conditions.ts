// Evaluating conditions and effects against a game context: the only "rules" code scenarios can reach.
import type { Condition, Effects, Metric } from './schema.ts';

/** What a condition can read: the part of the game context that decides routes. */
export type Facts = { metrics: Readonly<Record<string, number>>; flags: ReadonlyArray<string>; clock: number };

export function compare(a: number, op: NonNullable<Condition['op']>, b: number): boolean {
  switch (op) {
    case '<':
      return a < b;
    case '<=':
      return a <= b;
    case '>':
      return a > b;
    case '>=':
      return a >= b;
    case '==':
      return a === b;
    case '!=':
      return a !== b;
  }
}

export function holds(c: Condition | undefined, f: Facts): boolean {
  if (!c) return true;
  if (c.flag !== undefined) return f.flags.includes(c.flag);
  if (c.all) return c.all.every((x) => holds(x, f));
  if (c.any) return c.any.some((x) => holds(x, f));
  if (c.not) return !holds(c.not, f);
  if (c.metric !== undefined && c.op && c.value !== undefined) return compare(f.metrics[c.metric] ?? 0, c.op, c.value);
  if (c.clockAtLeast !== undefined) return f.clock >= c.clockAtLeast;
  if (c.clockBefore !== undefined) return f.clock < c.clockBefore;
  return false;
}

/** The flags, metrics and clock a condition reads (for route analysis and for naming causes). */
export function reads(c: Condition | undefined, into = { flags: new Set<string>(), metrics: new Set<string>(), clock: false }) {
  if (!c) return into;
  if (c.flag !== undefined) into.flags.add(c.flag);
  if (c.metric !== undefined) into.metrics.add(c.metric);
  if (c.clockAtLeast !== undefined || c.clockBefore !== undefined) into.clock = true;
  for (const x of c.all ?? []) reads(x, into);
  for (const x of c.any ?? []) reads(x, into);
  if (c.not) reads(c.not, into);
  return into;
}

/** Apply metric changes, clamped to each metric's range; returns the new values and the changes that really happened. */
export function applyEffects(
  metrics: Readonly<Record<string, number>>,
  effects: Effects | undefined,
  defs: ReadonlyArray<Metric>,
): { metrics: Record<string, number>; changes: Record<string, number> } {
  const next = { ...metrics };
  const changes: Record<string, number> = {};
  for (const [id, delta] of Object.entries(effects ?? {})) {
    const def = defs.find((m) => m.id === id);
    if (!def) continue;
    const before = next[id] ?? def.start;
    const after = Math.min(def.max, Math.max(def.min, before + delta));
    next[id] = after;
    if (after !== before) changes[id] = after - before;
  }
  return { metrics: next, changes };
}

export function applyFlags(flags: ReadonlyArray<string>, set: string[] | undefined, clear: string[] | undefined): string[] {
  const out = new Set(flags);
  for (const f of clear ?? []) out.delete(f);
  for (const f of set ?? []) out.add(f);
  return [...out].sort();
}
