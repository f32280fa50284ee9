// How far a team (and each of its people) has come, for a course's dashboard: decisions of its own and their pace
// against the scenario's expected playing time, how long the open decision has waited, and per participant the
// votes cast, the decisions taken part in and the time spent. Real time, paused time left out; the engine reads no
// clock, so the caller gives "now".
import { historicalPath } from './fork.ts';
import type { Scenario } from './schema.ts';
import type { Live } from './session.ts';

export type Pace = {
  /** Decisions the team took itself (a late team's copied ones do not count), still in force. */
  decisions: number;
  /** Real minutes of play since the team's own start, paused time left out. */
  minutes: number;
  /** Decisions per hour; null before the team has played a minute. */
  perHour: number | null;
  /** Decisions per hour the scenario expects: its historical path over the middle of its expected playing time. */
  expected: number;
  /** perHour / expected; null while perHour is. */
  ratio: number | null;
};

export type ParticipantProgress = {
  participantId: string;
  name: string;
  role: string;
  votes: number;
  /** Decisions (rounds) this person voted in. */
  decisions: number;
  /** Real minutes since joining, until the session ended or now. */
  minutes: number;
};

const expectedCache = new WeakMap<Scenario, number>();

/** Decisions per hour on the historical path in the middle of the scenario's expected playing time. */
export function expectedPerHour(s: Scenario): number {
  let v = expectedCache.get(s);
  if (v === undefined) {
    const path = historicalPath(s, s.roles[0]?.id ?? '');
    const decisions = path.session.events.filter((e) => e.type === 'decision.choose').length;
    const hours = (s.duration[0] + s.duration[1]) / 2 / 60;
    v = decisions / hours;
    expectedCache.set(s, v);
  }
  return v;
}

/** The milliseconds between `from` and `to` that the session was not paused. */
function playedMs(live: Live, from: number, to: number): number {
  let paused = 0;
  let since: number | null = null;
  for (const e of live.session.events) {
    const at = Date.parse(e.at ?? '');
    if (e.type === 'session.pause' && since === null) since = at;
    if (e.type === 'session.resume' && since !== null) {
      paused += Math.max(0, Math.min(at, to) - Math.max(since, from));
      since = null;
    }
  }
  if (since !== null) paused += Math.max(0, to - Math.max(since, from));
  return Math.max(0, to - from - paused);
}

/** Where the team's own play ends: its session.end, or now. */
function endOf(live: Live, now: number): number {
  const end = live.session.events.find((e) => e.type === 'session.end');
  return end ? Date.parse(end.at) : now;
}

export function paceOf(s: Scenario, live: Live, now: number): Pace {
  const copied = live.session.prefix?.copied ?? 0;
  const expected = expectedPerHour(s);
  const start = live.session.events.find((e) => e.seq > copied && e.type !== 'redacted') ?? null;
  const began = live.session.prefix ? Date.parse(live.session.prefix.at) : start?.type === 'session.start' ? Date.parse(start.at) : null;
  const decisions = live.moves.filter((seq) => seq > copied).length;
  if (began === null || !live.started) return { decisions, minutes: 0, perHour: null, expected, ratio: null };
  const minutes = playedMs(live, began, endOf(live, now)) / 60_000;
  const perHour = minutes >= 1 ? decisions / (minutes / 60) : null;
  return { decisions, minutes, perHour, expected, ratio: perHour === null || expected === 0 ? null : perHour / expected };
}

/** Real milliseconds the open decision has waited (paused time left out), or null when none is open. */
export function waitingMs(live: Live, now: number): number | null {
  const d = live.decision;
  if (!d || live.ended) return null;
  const until = d.pausedSince ?? now;
  return Math.max(0, until - d.openedAt - d.pausedMs);
}

export function participantProgress(live: Live, now: number): ParticipantProgress[] {
  const end = endOf(live, now);
  return live.participants.map((p) => {
    const votes = live.session.events.filter((e) => e.type === 'vote.cast' && e.participantId === p.participantId);
    const rounds = new Set(votes.map((v) => (v.type === 'vote.cast' ? v.round : 0)));
    const joined = live.session.events[p.seq - 1];
    const from = joined?.at ? Date.parse(joined.at) : end;
    return {
      participantId: p.participantId,
      name: p.name,
      role: p.role,
      votes: votes.length,
      decisions: rounds.size,
      minutes: playedMs(live, from, end) / 60_000,
    };
  });
}
