// Finding things in a scenario by id, shared by the play view and the after-action report so both say the same.
import { indexOf } from './index.ts';
import type { HistoryEntry } from './rules.ts';
import type { Ending, Metric, Option, Scenario, Stage, Text } from './schema.ts';

/** An id shown as text in both languages, for a place or option the scenario no longer has. */
export const plain = (id: string): Text => ({ nl: id, en: id });

export function placeOf(s: Scenario, id: string): Stage | Ending | undefined {
  const index = indexOf(s);
  return index.stages.get(id) ?? index.endings.get(id);
}

export function placeTitle(s: Scenario, id: string): Text {
  return placeOf(s, id)?.title ?? plain(id);
}

export function optionOf(s: Scenario, stageId: string, optionId: string | undefined): Option | undefined {
  return optionId === undefined ? undefined : indexOf(s).options.get(stageId)?.get(optionId);
}

/** The text the player read for a history entry: the option's consequence, or the delayed consequence's own text. */
export function entryText(s: Scenario, h: HistoryEntry): Text | undefined {
  if (h.kind === 'delayed') return placeOf(s, h.stageId)?.onEnter?.find((c) => c.id === h.consequenceId)?.text;
  return optionOf(s, h.stageId, h.optionId)?.consequence;
}

export type MetricChange = { metricId: string; label: Text; delta: number; better: boolean };

/** Whether a change moved the metric in its good direction. */
export const isBetter = (m: Metric, delta: number) => (m.good === 'higher' ? delta > 0 : delta < 0);

/** The non-zero changes of one step, in the scenario's metric order. */
export function metricChanges(s: Scenario, changes: Record<string, number>): MetricChange[] {
  return s.metrics.flatMap((m) => {
    const delta = changes[m.id];
    return delta ? [{ metricId: m.id, label: m.label, delta, better: isBetter(m, delta) }] : [];
  });
}
