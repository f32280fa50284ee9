// What the play screen shows, derived from (scenario, session, game): the stage, its options, the inject feed,
// the consequence of the last step, the metrics and the timer. Pure data; the UI only formats and renders it.
import { minutesFromStart } from './clock.ts';
import { holds } from './conditions.ts';
import { entryText, type MetricChange, metricChanges, optionOf, placeTitle, plain } from './lookup.ts';
import type { HistoryEntry } from './rules.ts';
import type { InjectKind, Metric, Outcome, Scenario, Text } from './schema.ts';
import type { Game, Session, TimerMode } from './session.ts';

export type OptionView = {
  id: string;
  /** The digit that chooses it (1–9), or null past the ninth option. Stable: unavailable options keep their key. */
  key: number | null;
  label: Text;
  hint?: Text;
  available: boolean;
  /** Why it cannot be chosen now (when not available and the scenario says why). */
  unavailable?: Text;
  noDecision: boolean;
};

export type InjectView = {
  id: string;
  kind: InjectKind;
  /** Sender or role name; the raw id when the scenario names neither. */
  from: Text;
  subject: Text;
  body: Text;
  /** Simulated minutes when it arrived. */
  clock: number;
  stageId: string;
  /** True for the injects that arrived on entering the current place. */
  fresh: boolean;
  /** Shown only because it targets the played role. */
  personal: boolean;
};

export type { MetricChange } from './lookup.ts';

export type CauseView = { stageId: string; stageTitle: Text; optionId?: string; optionLabel?: Text; clock: number };

export type DelayedView = { id: string; text: Text; changes: MetricChange[]; causes: CauseView[] };

export type ConsequenceView = {
  kind: 'choice' | 'timeout';
  stageId: string;
  stageTitle: Text;
  optionId: string;
  optionLabel: Text;
  text: Text;
  clock: number;
  changes: MetricChange[];
  /** Consequences of earlier choices that fired on entering the new place. */
  delayed: DelayedView[];
};

export type MetricView = {
  id: string;
  label: Text;
  description?: Text;
  start: number;
  value: number;
  min: number;
  max: number;
  good: Metric['good'];
  change: number;
  trend: 'better' | 'worse' | 'same';
};

export type StageView = {
  id: string;
  title: Text;
  phase?: Text;
  situation: Text;
  prompt: Text;
  clock: number;
  timeLimit?: number;
};

export type EndingView = { id: string; outcome: Outcome; title: Text; summary: Text };

export type PlayView = {
  place: string;
  done: boolean;
  clock: number;
  /** Number of events in the log: changes with every choice, timeout and undo (a key for per-decision UI state). */
  step: number;
  stage?: StageView;
  ending?: EndingView;
  options: OptionView[];
  injects: InjectView[];
  metrics: MetricView[];
  last?: ConsequenceView;
  timer: { applies: boolean; seconds: number | null };
};

/** Real seconds for a decision's time limit (simulated minutes): realistic = clamp(2 × limit, 30, 180) s, relaxed doubles it. */
export function timerSeconds(timeLimit: number | undefined, mode: TimerMode): number | null {
  if (mode === 'off' || timeLimit === undefined) return null;
  const realistic = Math.min(180, Math.max(30, timeLimit * 2));
  return mode === 'relaxed' ? realistic * 2 : realistic;
}

/** The name of a sender or role, for an inject's "from". */
export function partyName(s: Scenario, id: string): Text {
  return s.senders.find((x) => x.id === id)?.name ?? s.roles.find((x) => x.id === id)?.name ?? plain(id);
}

function delayedOf(s: Scenario, entry: HistoryEntry): DelayedView {
  const seen = new Set<string>();
  const causes: CauseView[] = [];
  for (const c of entry.causes) {
    const key = `${c.stageId}/${c.optionId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const option = optionOf(s, c.stageId, c.optionId);
    causes.push({
      stageId: c.stageId,
      stageTitle: placeTitle(s, c.stageId),
      clock: c.clock,
      ...(c.optionId ? { optionId: c.optionId } : {}),
      ...(option ? { optionLabel: option.label } : {}),
    });
  }
  return {
    id: entry.consequenceId ?? '',
    text: entryText(s, entry) ?? plain(entry.consequenceId ?? ''),
    changes: metricChanges(s, entry.changes),
    causes,
  };
}

/** The last choice or timeout and the delayed consequences that fired right after it. */
export function lastConsequence(s: Scenario, history: ReadonlyArray<HistoryEntry>): ConsequenceView | undefined {
  let i = history.length - 1;
  while (i >= 0 && history[i]?.kind === 'delayed') i--;
  const entry = history[i];
  if (!entry || entry.kind === 'delayed' || !entry.optionId) return undefined;
  const option = optionOf(s, entry.stageId, entry.optionId);
  return {
    kind: entry.kind,
    stageId: entry.stageId,
    stageTitle: placeTitle(s, entry.stageId),
    optionId: entry.optionId,
    optionLabel: option?.label ?? plain(entry.optionId),
    text: entryText(s, entry) ?? plain(entry.optionId),
    clock: entry.clock,
    changes: metricChanges(s, entry.changes),
    delayed: history.slice(i + 1).map((d) => delayedOf(s, d)),
  };
}

/** Every inject of every place entered, for the played role (an inject with `to` shows only to that role); newest first. */
export function injectFeed(s: Scenario, role: string, game: Game): InjectView[] {
  const trail = game.context.trail;
  const feed: InjectView[] = [];
  trail.forEach((entry, index) => {
    const stage = s.stages.find((x) => x.id === entry.placeId);
    for (const inject of stage?.injects ?? []) {
      if (!entry.injects.includes(inject.id)) continue;
      if (inject.to !== undefined && inject.to !== role) continue;
      feed.push({
        id: `${index}:${inject.id}`,
        kind: inject.kind,
        from: partyName(s, inject.from),
        subject: inject.subject,
        body: inject.body,
        clock: inject.at ? minutesFromStart(s, inject.at) : entry.clock,
        stageId: entry.placeId,
        fresh: index === trail.length - 1,
        personal: inject.to !== undefined,
      });
    }
  });
  // Newest first: later places first, then later arrival times, then later in the scenario's own order.
  const order = new Map(feed.map((f, i) => [f.id, i]));
  const place = (f: InjectView) => Number(f.id.split(':')[0]);
  return feed.sort((a, b) => place(b) - place(a) || b.clock - a.clock || (order.get(b.id) ?? 0) - (order.get(a.id) ?? 0));
}

export function metricViews(s: Scenario, game: Game): MetricView[] {
  return s.metrics.map((m) => {
    const value = game.context.metrics[m.id] ?? m.start;
    const change = value - m.start;
    const trend = change === 0 ? 'same' : (m.good === 'higher') === change > 0 ? 'better' : 'worse';
    return {
      id: m.id,
      label: m.label,
      ...(m.description ? { description: m.description } : {}),
      start: m.start,
      value,
      min: m.min,
      max: m.max,
      good: m.good,
      change,
      trend,
    };
  });
}

export function playView(s: Scenario, session: Session, game: Game): PlayView {
  const stage = s.stages.find((x) => x.id === game.place);
  const ending = s.endings.find((x) => x.id === game.place);
  const options: OptionView[] = (stage?.decision.options ?? []).map((o, i) => {
    const available = holds(o.when, game.context);
    return {
      id: o.id,
      key: i < 9 ? i + 1 : null,
      label: o.label,
      ...(o.hint ? { hint: o.hint } : {}),
      available,
      ...(!available && o.unavailable ? { unavailable: o.unavailable } : {}),
      noDecision: o.noDecision === true,
    };
  });
  const timeLimit = stage?.decision.timeLimit;
  const hasWait = stage?.decision.options.some((o) => o.noDecision) ?? false;
  const seconds = !game.done && hasWait ? timerSeconds(timeLimit, session.timerMode) : null;
  const last = lastConsequence(s, game.context.history);
  return {
    place: game.place,
    done: game.done,
    clock: game.context.clock,
    step: session.events.length,
    ...(stage
      ? {
          stage: {
            id: stage.id,
            title: stage.title,
            ...(stage.phase ? { phase: stage.phase } : {}),
            situation: stage.situation,
            prompt: stage.decision.prompt,
            clock: game.context.clock,
            ...(timeLimit !== undefined ? { timeLimit } : {}),
          },
        }
      : {}),
    ...(ending ? { ending: { id: ending.id, outcome: ending.outcome, title: ending.title, summary: ending.summary } } : {}),
    options,
    injects: injectFeed(s, session.role, game),
    metrics: metricViews(s, game),
    ...(last ? { last } : {}),
    timer: { applies: seconds !== null, seconds },
  };
}
