// The view of a session for one viewer (solo player, facilitator, observer, projector, participant): every screen is
// a function of it. Who may see what is decided here, in one place; the types are in view-types.ts.
import { holds } from './conditions.ts';
import { injectFeed, pendingInjects } from './feed.ts';
import { feedbackOf } from './feedback.ts';
import { indexOf } from './index.ts';

export { injectFeed } from './feed.ts';

import { entryText, metricChanges, optionOf, placeTitle, plain } from './lookup.ts';
import type { HistoryEntry } from './rules.ts';
import type { Option, Scenario, Text } from './schema.ts';
import { canUndo, type Game, gameOf, type Live } from './session.ts';
import { tallyOf } from './tally.ts';
import { timerState } from './timer.ts';

export type { MetricChange } from './lookup.ts';
export type {
  CauseView,
  ConsequenceView,
  DelayedView,
  EndingView,
  HotwashItemView,
  HotwashView,
  InjectView,
  MetricView,
  NoteView,
  OptionView,
  PendingInjectView,
  PlayView,
  StageView,
  TallyView,
  Viewer,
} from './view-types.ts';

import type { CauseView, ConsequenceView, DelayedView, HotwashView, MetricView, OptionView, PlayView, Viewer } from './view-types.ts';

function hotwashView(s: Scenario, live: Live): HotwashView {
  const at = live.hotwash.focus === null ? -1 : s.objectives.findIndex((o) => o.id === live.hotwash.focus);
  const objective = s.objectives[at];
  return {
    focus: objective ? { id: objective.id, text: objective.text, index: at, total: s.objectives.length } : null,
    items: live.hotwash.items.map((i) => ({
      seq: i.seq,
      kind: i.kind,
      text: i.text,
      author: i.author,
      objectiveId: i.objectiveId,
      merged: i.merged.length,
    })),
  };
}

export { timerSeconds } from './timer.ts';

/** The name of a sender or role, for an inject's "from". */
export function partyName(s: Scenario, id: string): Text {
  const index = indexOf(s);
  return index.senders.get(id)?.name ?? index.roles.get(id)?.name ?? plain(id);
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

const privileged = (v: Viewer) => v.kind === 'facilitator' || v.kind === 'observer';

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

function optionPreview(s: Scenario, o: Option): OptionView['preview'] {
  return {
    effects: metricChanges(s, o.effects ?? {}),
    set: o.set ?? [],
    clear: o.clear ?? [],
    next: typeof o.next === 'string' ? [o.next] : o.next.map((r) => r.to),
    historical: o.historical === true,
  };
}

/** The view of a session for one viewer. The time left is `timeLeft(view.timer, now)`: the view itself reads no clock. */
export function viewFor(s: Scenario, live: Live, viewer: Viewer): PlayView {
  const index = indexOf(s);
  const game = gameOf(live);
  const stage = index.stages.get(game.place);
  const ending = index.endings.get(game.place);
  const all = privileged(viewer);
  const options: OptionView[] = (stage?.decision.options ?? []).map((o) => {
    const available = holds(o.when, game.context);
    return {
      id: o.id,
      label: o.label,
      ...(o.hint ? { hint: o.hint } : {}),
      available,
      ...(!available && o.unavailable ? { unavailable: o.unavailable } : {}),
      noDecision: o.noDecision === true,
      ...(all ? { preview: optionPreview(s, o) } : {}),
    };
  });
  let lastResult: (typeof live.results)[number] | undefined;
  for (let i = live.results.length - 1; i >= 0 && !lastResult; i--) if (live.results[i]?.moved) lastResult = live.results[i];
  const reviewing = !live.ended && live.decision === null && lastResult !== undefined && lastResult.type !== 'session.undo';
  const last = lastConsequence(s, game.context.history);
  const decided = reviewing && last ? index.stages.get(last.stageId) : undefined;
  const timer = timerState(s, live.decision, live.session.timerMode);
  const optionIds = stage?.decision.options.map((o) => o.id) ?? [];
  const tally = live.decision ? tallyOf(live.decision.round, live.votes, optionIds) : null;
  const mine = viewer.kind === 'participant' ? live.votes.get(viewer.participantId) : undefined;
  const historical = all
    ? s.debrief.historical
        .filter((n) => n.stage === game.place)
        .map((n) => ({ text: n.text, option: n.option ?? null, today: n.today === true }))
    : [];
  return {
    place: game.place,
    done: game.done,
    ended: live.ended,
    clock: game.context.clock,
    bar:
      decided && last
        ? { clock: last.clock, ...(decided.phase ? { phase: decided.phase } : {}) }
        : { clock: game.context.clock, ...(stage?.phase ? { phase: stage.phase } : {}) },
    step: live.session.events.length,
    round: live.decision?.round ?? null,
    deciding: live.decision !== null && !game.done,
    reviewing,
    started: live.started,
    paused: live.pausedSince !== null,
    canUndo: canUndo(live),
    ...(stage
      ? {
          stage: {
            id: stage.id,
            title: stage.title,
            ...(stage.phase ? { phase: stage.phase } : {}),
            situation: stage.situation,
            prompt: stage.decision.prompt,
            clock: game.context.clock,
            ...(stage.decision.timeLimit !== undefined ? { timeLimit: stage.decision.timeLimit } : {}),
          },
        }
      : {}),
    ...(ending ? { ending: { id: ending.id, outcome: ending.outcome, title: ending.title, summary: ending.summary } } : {}),
    options,
    injects: injectFeed(s, live, viewer),
    pending: pendingInjects(s, live, viewer),
    metrics: metricViews(s, game),
    ...(last ? { last } : {}),
    timer: { ...timer, applies: timer.seconds !== null },
    tally: tally && (all || live.revealed) ? { ...tally, revealed: live.revealed } : null,
    myVote: mine ? { optionId: mine.optionId, confidence: mine.confidence } : null,
    participants: [...live.participants],
    notes: live.notes
      .filter((n) => n.visibility === 'room' || all)
      .map((n) => ({ seq: n.seq, text: n.text, author: n.author, visibility: n.visibility, clock: n.clock })),
    historical,
    hotwash: hotwashView(s, live),
    myFeedback: viewer.kind === 'participant' ? feedbackOf(live.session.events, viewer.participantId) : null,
  };
}
