// What-if forks: a new session made of a session's events before one of its decisions, then another option. The fork
// remembers its parent (and the parent's log as it stood), so the debrief can set both side by side; the parent is
// never touched. The same mechanism copies a reference team's events into a late team's session (courses).
import { holds } from './conditions.ts';
import type { DecisionMode, Parent, Prefix, SessionEvent } from './events.ts';
import { indexOf } from './index.ts';
import { buildReport, type Report, type TimelineItem } from './report.ts';
import type { Scenario, Text } from './schema.ts';
import { applyEvent, gameOf, type Live, newSession, type Rejection, remember, replay, type Session, type Snap } from './session.ts';

export type ForkAlternative = { id: string; label: Text; available: boolean; unavailable?: Text };

/** A decision of a session that a what-if can start from, with the options that were open at that moment. */
export type ForkPoint = {
  /** The seq of the choice, timeout or lock that the fork answers differently. */
  seq: number;
  stageId: string;
  stageTitle: Text;
  clock: number;
  /** The option taken; null when the time ran out. */
  chosen: string | null;
  /** Every option of the stage except the one taken (a timeout leaves out the no-decision option it stands for). */
  alternatives: ForkAlternative[];
};

const moving = new Set(['decision.choose', 'decision.timeout', 'decision.lock']);

/** The decisions of a session still in force (undone ones are not), oldest first, each with its other options. */
export function forkPoints(s: Scenario, live: Live): ForkPoint[] {
  const index = indexOf(s);
  return live.moves.flatMap((seq, i) => {
    const before = live.snaps[i] as Snap;
    const event = live.session.events[seq - 1];
    if (!event || !moving.has(event.type)) return [];
    const stageId = String(before.value);
    const stage = index.stages.get(stageId);
    if (!stage) return [];
    const chosen = 'optionId' in event ? event.optionId : null;
    const alternatives = stage.decision.options
      .filter((o) => o.id !== chosen && !(chosen === null && o.noDecision))
      .map((o) => {
        const available = holds(o.when, before.context);
        return { id: o.id, label: o.label, available, ...(!available && o.unavailable ? { unavailable: o.unavailable } : {}) };
      });
    return [{ seq, stageId, stageTitle: stage.title, clock: before.context.clock, chosen, alternatives }];
  });
}

export type ForkOptions = {
  /** The seq of the parent's decision to answer differently. */
  seq: number;
  optionId: string;
  /** When the fork is made (ISO): the time of its first own event. */
  at: string;
  /** The parent's save id, when it has one. */
  saveId?: string;
  /**
   * The fork's decision mode: "solo" (the default) plays on alone, with the parent's locks copied in as choices and
   * its votes left out; another mode keeps the room's events and the facilitator decides the forked decision.
   */
  decisionMode?: DecisionMode;
};

export type ForkResult = { ok: true; session: Session; live: Live } | { ok: false; reason: Rejection };

const fail = (code: Rejection['code'], message: string): ForkResult => ({ ok: false, reason: { code, message } });

/** The parent's events before the forked decision, made to fit the fork's decision mode and numbered from 1. */
function prefixFor(events: readonly SessionEvent[], seq: number, mode: DecisionMode, round: number | null): SessionEvent[] {
  const before = events.filter((e) => e.seq < seq);
  const kept: SessionEvent[] = [];
  for (const e of before) {
    if (mode === 'solo') {
      if (e.type === 'vote.cast' || e.type === 'tally.reveal') continue;
      if (e.type === 'decision.lock') {
        const { basis: _b, ...rest } = e;
        kept.push({ ...rest, type: 'decision.choose' });
        continue;
      }
    } else if (e.type === 'vote.cast' && e.round === round) continue; // the forked decision is the facilitator's
    kept.push(e);
  }
  // A hot-wash drop names its items by seq, so they are renumbered too (an item always comes before its drop, and
  // items are never left out, so every one it names is here).
  const renumbered = new Map(kept.map((e, i) => [e.seq, i + 1]));
  const at = (n: number) => renumbered.get(n) as number;
  return kept.map((e, i): SessionEvent => {
    if (e.type !== 'hotwash.drop') return { ...e, seq: i + 1 };
    return { ...e, seq: i + 1, item: at(e.item), ...(e.into === undefined ? {} : { into: at(e.into) }) };
  });
}

/** Fork a session at one of its decisions. Nothing of the parent changes; the fork is a session of its own. */
export function forkSession(s: Scenario, parent: Session, opts: ForkOptions): ForkResult {
  const base = replay(s, parent);
  if (!base.ok) return fail('invalid', `the session to fork does not replay: ${base.reason.message}`);
  const point = forkPoints(s, base.live).find((p) => p.seq === opts.seq);
  if (!point) return fail('not-open', `event ${opts.seq} is not a decision of this session that still counts`);
  const alternative = point.alternatives.find((a) => a.id === opts.optionId);
  if (!alternative)
    return fail('unknown-option', `"${opts.optionId}" is not another option of stage "${point.stageId}" at event ${opts.seq}`);
  if (!alternative.available) return fail('unavailable', `option "${opts.optionId}" was not available at that moment`);

  const mode: DecisionMode = opts.decisionMode ?? 'solo';
  const roundOf = [...parent.events].reverse().find((e) => e.seq < opts.seq && e.type === 'decision.open');
  const events = prefixFor(parent.events, opts.seq, mode, roundOf?.seq ?? null);
  const { events: _e, parent: grand, ...header } = parent;
  const link: Parent = {
    ...(opts.saveId ? { saveId: opts.saveId } : {}),
    scenarioHash: parent.scenario.hash,
    seq: opts.seq,
    copied: events.length,
    optionId: opts.optionId,
    depth: (grand?.depth ?? 0) + 1,
    events: parent.events,
  };
  const fresh = newSession(s, { role: parent.role, timerMode: parent.timerMode, seed: parent.seed, decisionMode: mode });
  const session: Session = {
    ...header,
    scenario: fresh.scenario,
    decisionMode: mode,
    parent: link,
    events,
  };
  if (mode === 'solo') delete session.decidingRole;
  const prefix = replay(s, session);
  if (!prefix.ok) return fail('invalid', `the copied events do not replay as a ${mode} session: ${prefix.reason.message}`);
  const input =
    mode === 'solo'
      ? ({ type: 'decision.choose', optionId: opts.optionId, at: opts.at, by: 'solo' } as const)
      : ({ type: 'decision.lock', optionId: opts.optionId, basis: 'facilitator', at: opts.at, by: 'facilitator' } as const);
  const chosen = applyEvent(s, prefix.live, input);
  if (!chosen.ok) return { ok: false, reason: chosen.reason };
  return { ok: true, session: chosen.live.session, live: remember(chosen.live) };
}

/** What a late team takes over from its reference team: the course of play, not the other team's people or records. */
const courseOfPlay = new Set<SessionEvent['type']>([
  'session.start',
  'decision.open',
  'decision.choose',
  'decision.lock',
  'decision.timeout',
  'session.undo',
  'session.pause',
  'session.resume',
  'inject.release',
  'inject.custom',
]);

export type LateStartOptions = {
  /** The reference team's name and session id, kept in the header so the copied part stays marked. */
  from: string;
  sessionId?: string;
  /** When the copy is made (ISO). */
  at: string;
};

/**
 * A late team's session brought to where a reference team is (courses): the reference's course of play copied in as a
 * marked prefix, in the late team's own decision mode. Votes, joins, notes and observations stay with the team that
 * made them; the reference's decisions become the facilitator's (a solo team gets them as choices), and the late team
 * goes on from the reference team's open decision, which opens for it at the copy with its full time (and paused if the
 * reference is paused).
 */
export function lateStart(s: Scenario, reference: Session, header: Omit<Session, 'events'>, opts: LateStartOptions): ForkResult {
  const base = replay(s, reference);
  if (!base.ok) return fail('invalid', `the reference team's session does not replay: ${base.reason.message}`);
  const solo = header.decisionMode === 'solo';
  // The late team has only just sat down: the decision that is open when it arrives opens for it now, with the whole
  // time on it, instead of the minutes the reference team has already spent (which could time it out on arrival).
  const opened = base.live.decision?.round ?? null;
  const openedAt = opened === null ? -1 : reference.events.findIndex((e) => e.seq === opened);
  const events = reference.events
    .map((e, i) => (openedAt >= 0 && i >= openedAt ? { ...e, at: opts.at } : e))
    .filter((e) => courseOfPlay.has(e.type))
    .map((e): SessionEvent => {
      const { id: _id, ...rest } = e as SessionEvent & { id?: string };
      if (rest.type === 'decision.lock' && solo) {
        const { basis: _b, ...choice } = rest;
        return { ...choice, type: 'decision.choose' };
      }
      if (rest.type === 'decision.lock') return { ...rest, basis: 'facilitator' };
      if (rest.type === 'decision.choose' && !solo) return { ...rest, type: 'decision.lock', basis: 'facilitator' };
      return rest;
    })
    .map((e, i) => ({ ...e, seq: i + 1 }));
  const prefix: Prefix = {
    from: opts.from,
    ...(opts.sessionId ? { sessionId: opts.sessionId } : {}),
    scenarioHash: reference.scenario.hash,
    copied: events.length,
    at: opts.at,
  };
  const { parent: _p, ...own } = header;
  const session: Session = { ...own, prefix, events };
  const r = replay(s, session);
  if (!r.ok) return fail('invalid', `the reference team's events do not replay in this team's session: ${r.reason.message}`);
  return { ok: true, session, live: r.live };
}

/** The session a fork was made from, rebuilt from the log the fork carries (its own parent is not kept). */
export function parentOf(fork: Session): Session | null {
  if (!fork.parent) return null;
  const { parent, events: _e, ...header } = fork;
  return { ...header, scenario: { ...header.scenario, hash: parent.scenarioHash }, events: parent.events };
}

/** The option the real organisation took in a stage: the one marked historical, else the one its notes name. */
export function historicalOption(s: Scenario, stageId: string): string | null {
  const stage = indexOf(s).stages.get(stageId);
  const flagged = stage?.decision.options.find((o) => o.historical)?.id;
  if (flagged) return flagged;
  return s.debrief.historical.find((n) => n.stage === stageId && !n.today && n.option)?.option ?? null;
}

export type HistoricalPath = {
  session: Session;
  /** Stages where the scenario names no historical option: the path waits there (the no-decision option) or stops. */
  guessed: string[];
  /** False when the path met a stage with neither a historical nor a no-decision option that could be taken. */
  complete: boolean;
};

/** The historical path played through the engine, so it has a metric curve and an ending like any session. */
export function historicalPath(s: Scenario, role: string, at = s.start): HistoricalPath {
  let live = remember(replay(s, newSession(s, { role, timerMode: 'off' })).live);
  const guessed: string[] = [];
  const stamp = new Date(Date.parse(at)).toISOString();
  for (let step = 0; step < s.stages.length * 3; step++) {
    const game = gameOf(live);
    if (game.done) return { session: live.session, guessed, complete: true };
    const stage = indexOf(s).stages.get(game.place);
    const open = applyEvent(s, live, { type: 'decision.open', at: stamp });
    if (!stage || !open.ok) break;
    const named = historicalOption(s, stage.id);
    const fallback = stage.decision.options.find((o) => o.noDecision)?.id ?? null;
    const optionId = named ?? fallback;
    if (!named) guessed.push(stage.id);
    const chosen = optionId ? applyEvent(s, open.live, { type: 'decision.choose', optionId, at: stamp }) : null;
    if (!chosen?.ok) {
      live = open.live;
      break;
    }
    live = chosen.live;
  }
  return { session: remember(live).session, guessed, complete: gameOf(live).done };
}

export type CompareLine = {
  report: Report;
  /** The counted choices and timeouts from the split on. */
  after: TimelineItem[];
};

export type Comparison = {
  split: { seq: number; stageId: string; stageTitle: Text; clock: number; original: string | null; fork: string };
  original: CompareLine;
  fork: CompareLine;
  historical: CompareLine & { guessed: string[]; complete: boolean };
};

const decisionsFrom = (r: Report, seq: number) => r.timeline.filter((i) => i.kind !== 'delayed' && !i.undone && i.seq >= seq);

/** The historical decisions from the split stage on (all of them when the real organisation never came there). */
function historicalAfter(r: Report, stageId: string): TimelineItem[] {
  const decisions = r.timeline.filter((i) => i.kind !== 'delayed');
  const at = decisions.findIndex((i) => i.place.id === stageId);
  return at >= 0 ? decisions.slice(at) : decisions;
}

/** Original and fork side by side: where they split, both reports (curves, endings) and the historical path beside them. */
export function compareFork(s: Scenario, fork: Session, original: Session | null = parentOf(fork)): Comparison | null {
  if (!fork.parent || !original) return null;
  const parentLive = replay(s, original);
  const point = forkPoints(s, parentLive.live).find((p) => p.seq === fork.parent?.seq);
  const stageId = point?.stageId ?? '';
  const originalReport = buildReport(s, original);
  const forkReport = buildReport(s, fork);
  const history = historicalPath(s, fork.role);
  const historicalReport = buildReport(s, history.session);
  return {
    split: {
      seq: fork.parent.seq,
      stageId,
      stageTitle: point?.stageTitle ?? indexOf(s).stages.get(stageId)?.title ?? { nl: stageId, en: stageId },
      clock: point?.clock ?? 0,
      original: point?.chosen ?? null,
      fork: fork.parent.optionId,
    },
    original: { report: originalReport, after: decisionsFrom(originalReport, fork.parent.seq) },
    fork: { report: forkReport, after: decisionsFrom(forkReport, fork.parent.copied + 1) },
    historical: {
      report: historicalReport,
      after: historicalAfter(historicalReport, stageId),
      guessed: history.guessed,
      complete: history.complete,
    },
  };
}
