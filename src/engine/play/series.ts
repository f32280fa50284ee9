// Metric values over simulated time, for the dashboard's small chart and the debrief's full chart.
import type { GameContext } from './rules.ts';
import type { Scenario } from './schema.ts';

/** One point per step: the start, then every choice, timeout and delayed consequence. */
export type SeriesPoint = { clock: number; values: Record<string, number>; step: number };

export function metricSeries(s: Scenario, ctx: Pick<GameContext, 'history'>): SeriesPoint[] {
  const start: SeriesPoint = { clock: 0, step: 0, values: Object.fromEntries(s.metrics.map((m) => [m.id, m.start])) };
  return [start, ...ctx.history.map((h, i) => ({ clock: h.clock, step: i + 1, values: { ...h.metrics } }))];
}
