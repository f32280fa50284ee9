// Older save formats, brought up to the current one before validation. Format 1 (solo play before the event
// pipeline) had no decision.open: each choice or timeout gets one just before it, stamped so that a timeout that was
// taken when the countdown ran out still comes after its deadline. A format this version does not know is refused.
import { eventTypes, SAVE_FORMAT } from './events.ts';
import { timerSeconds } from './timer.ts';

export type Migrated = { ok: true; value: unknown; from: number | null } | { ok: false; message: string; newer?: boolean };

type V1Event = { seq: number; type: string; stageId: string; optionId?: string; at: string };

/** The longest real countdown any timer mode gives: a migrated timeout's decision opened at least this long before it. */
const LONGEST = (timerSeconds(Number.MAX_SAFE_INTEGER, 'relaxed') ?? 0) * 1000;

function fromV1(v: Record<string, unknown>): unknown {
  const events = Array.isArray(v.events) ? (v.events as V1Event[]) : [];
  const out: Record<string, unknown>[] = [];
  let open = false;
  let previous: string | null = null;
  for (const e of events) {
    if (e && typeof e === 'object' && (e.type === 'decision.choose' || e.type === 'decision.timeout') && !open) {
      const own = Date.parse(e.at);
      const prior = previous === null ? own : Date.parse(previous);
      const at = e.type === 'decision.timeout' ? Math.min(prior, own - LONGEST) : Math.min(prior, own);
      out.push({ type: 'decision.open', stageId: e.stageId, at: Number.isFinite(at) ? new Date(at).toISOString() : e.at });
    }
    out.push({ ...e });
    // After a choice the player reads the consequence card; an undo reopens the earlier decision by itself.
    open = e?.type === 'session.undo';
    previous = e?.at ?? previous;
  }
  const { format: _f, events: _e, ...header } = v;
  return { format: SAVE_FORMAT, ...header, decisionMode: 'solo', events: out.map((e, i) => ({ ...e, seq: i + 1 })) };
}

export function migrate(raw: unknown): Migrated {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return { ok: true, value: raw, from: null };
  const v = raw as Record<string, unknown>;
  if (v.format === SAVE_FORMAT) {
    const events = Array.isArray(v.events) ? (v.events as { type?: unknown }[]) : [];
    const i = events.findIndex(
      (e) => e && typeof e === 'object' && typeof e.type === 'string' && !(eventTypes as string[]).includes(e.type),
    );
    if (i >= 0)
      return {
        ok: false,
        newer: true,
        message: `events.${i}.type: "${String(events[i]?.type)}" is made by a newer Draaiboek (this version does not know it)`,
      };
    return { ok: true, value: raw, from: null };
  }
  if (v.format === 1) return { ok: true, value: fromV1(v), from: 1 };
  if (typeof v.format === 'number' && v.format > SAVE_FORMAT)
    return {
      ok: false,
      newer: true,
      message: `made by a newer Draaiboek (save format ${v.format}; this version reads up to ${SAVE_FORMAT})`,
    };
  return {
    ok: false,
    message: `format: unknown save format ${JSON.stringify(v.format)} (this version reads formats 1 and ${SAVE_FORMAT})`,
  };
}
