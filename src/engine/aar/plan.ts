// Appendix A of the after-action report, the improvement plan, from the log's `plan.item` events. Rows are edited by
// appending: the latest event of a row wins and `removed` takes it out, so the log keeps every earlier version.
import type { CapabilityElement, EventOf, SessionEvent } from '../play/events.ts';

export type PlanRow = {
  /** The row's key: its `row` id, or for a row without one the seq of its event. */
  row: string;
  /** The team (session) the row was written in. */
  label: string;
  /** The seq of the event that last wrote the row. */
  seq: number;
  objectiveId: string | null;
  area: string;
  /** The corrective action. */
  action: string;
  capability: CapabilityElement | null;
  organisation: string;
  owner: string;
  start: string | null;
  /** The completion date. */
  due: string | null;
};

/** The fields of a row as a form edits them; the empty string stands for "not filled in". */
export type PlanDraft = Omit<PlanRow, 'label' | 'seq'>;

export function planRows(label: string, events: readonly SessionEvent[]): PlanRow[] {
  const rows = new Map<string, PlanRow>();
  for (const e of events) {
    if (e.type !== 'plan.item') continue;
    const row = e.row ?? `seq-${e.seq}`;
    if (e.removed) {
      rows.delete(row);
      continue;
    }
    // A row keeps its first place in the plan when it is edited later.
    rows.set(row, {
      row,
      label,
      seq: e.seq,
      objectiveId: e.objectiveId ?? null,
      area: e.area ?? '',
      action: e.text,
      capability: e.capability ?? null,
      organisation: e.organisation ?? '',
      owner: e.owner ?? '',
      start: e.start ?? null,
      due: e.due ?? null,
    });
  }
  return [...rows.values()];
}

type PlanInput = Omit<EventOf<'plan.item'>, 'seq' | 'at'>;

/** The `plan.item` event that writes a draft row (empty fields are left out, as the schema has them optional). */
export function planEvent(d: PlanDraft): PlanInput {
  const text = (v: string) => (v.trim() ? v.trim() : undefined);
  const input: PlanInput = { type: 'plan.item', row: d.row, text: d.action.trim() };
  const fields = {
    objectiveId: d.objectiveId ?? undefined,
    area: text(d.area),
    capability: d.capability ?? undefined,
    organisation: text(d.organisation),
    owner: text(d.owner),
    start: d.start ?? undefined,
    due: d.due ?? undefined,
  };
  for (const [k, v] of Object.entries(fields)) if (v !== undefined) Object.assign(input, { [k]: v });
  return input;
}

/** The event that takes a row out of the plan. */
export function planRemoval(row: Pick<PlanRow, 'row' | 'action'>): PlanInput {
  return { type: 'plan.item', row: row.row, text: row.action, removed: true };
}
