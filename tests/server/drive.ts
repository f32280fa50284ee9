// Test driver: a facilitator and participants, each with a SessionClient and a connected store, playing a scenario
// round by round the way people in a room do (open, vote, lock), in any decision mode.
import { expect } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../../src/engine/play/schema';
import { viewFor } from '../../src/engine/play/view';
import type { SessionClient } from '../../src/net/client';
import type { CreatedSession, DecisionMode } from '../../src/net/protocol';
import { type ConnectedState, createConnectedStore, engineViewer } from '../../src/store/connected';
import { client, createSession, joinSession, type Running } from './support';

export type Seat = { name: string; role: string; store: StoreApi<ConnectedState>; client: SessionClient; participantId: string };

export type Table = {
  sessionId: string;
  code: string;
  created: CreatedSession;
  facilitator: StoreApi<ConnectedState>;
  seats: Seat[];
  closeAll(): void;
};

export async function seatTable(
  server: Running,
  scenario: Scenario,
  opts: {
    decisionMode: DecisionMode;
    decidingRole?: string;
    timerMode?: 'off' | 'relaxed' | 'realistic';
    people?: [string, string][];
    /** An uploaded scenario's hash (POST /api/scenarios). */
    scenarioHash?: string;
  },
): Promise<Table> {
  const created = await createSession(server, {
    scenarioId: scenario.id,
    ...(opts.scenarioHash ? { scenarioHash: opts.scenarioHash } : {}),
    decisionMode: opts.decisionMode,
    timerMode: opts.timerMode ?? 'off',
    ...(opts.decidingRole ? { decidingRole: opts.decidingRole } : {}),
  });
  const facilitator = createConnectedStore(client(server, created.sessionId, created.tokens.facilitator), scenario);
  const people = opts.people ?? [
    ['Anna', scenario.roles[0]?.id as string],
    ['Bram', scenario.roles[1]?.id as string],
    ['Chris', scenario.roles[1]?.id as string],
  ];
  const seats: Seat[] = [];
  for (const [name, role] of people) {
    const joined = await joinSession(server, created.code, name, role);
    const c = client(server, created.sessionId, joined.secret);
    seats.push({ name, role, participantId: joined.participantId, client: c, store: createConnectedStore(c, scenario) });
  }
  return {
    sessionId: created.sessionId,
    code: created.code,
    created,
    facilitator,
    seats,
    closeAll: () => {
      facilitator.getState().close();
      for (const s of seats) s.store.getState().close();
    },
  };
}

/** Wait until the store's state satisfies the condition. */
export function waitFor(st: StoreApi<ConnectedState>, ok: (s: ConnectedState) => boolean, ms = 10_000): Promise<void> {
  return new Promise((resolve, reject) => {
    if (ok(st.getState())) return resolve();
    const timer = setTimeout(() => reject(new Error(`timed out at seq ${st.getState().seq} (${st.getState().status})`)), ms);
    const off = st.subscribe((state) => {
      if (ok(state)) {
        clearTimeout(timer);
        off();
        resolve();
      }
    });
  });
}

/** Wait until every store holds the log up to `seq`. */
export async function caughtUp(stores: StoreApi<ConnectedState>[], seq: number, ms = 10_000): Promise<void> {
  await Promise.all(
    stores.map(
      (st) =>
        new Promise<void>((resolve, reject) => {
          const ok = () => st.getState().seq >= seq && st.getState().live !== null && st.getState().status === 'open';
          if (ok()) return resolve();
          const timer = setTimeout(
            () => reject(new Error(`store stuck at seq ${st.getState().seq} (${st.getState().status}), wanted ${seq}`)),
            ms,
          );
          const off = st.subscribe(() => {
            if (ok()) {
              clearTimeout(timer);
              off();
              resolve();
            }
          });
        }),
    ),
  );
}

const ackSeq = (r: { ok: boolean; seq?: number; message?: string }, what: string): number => {
  expect(r, what).toMatchObject({ ok: true });
  return r.seq as number;
};

/** The options to vote for: the first available real option, and a second one to disagree with. */
function choices(s: Scenario, t: Table): { first: string; other: string } {
  const view = viewFor(s, t.facilitator.getState().live as never, { kind: 'facilitator' });
  const open = view.options.filter((o) => o.available);
  const real = open.filter((o) => !o.noDecision);
  const first = (real[0] ?? open[0])?.id as string;
  const other = (open.find((o) => o.id !== first) ?? open[0])?.id as string;
  return { first, other };
}

/** One decision: open it, every seat votes, the facilitator locks it the way the mode wants. Returns the chosen option. */
export async function playRound(s: Scenario, t: Table, mode: DecisionMode, decidingRole?: string): Promise<string> {
  const all = [t.facilitator, ...t.seats.map((x) => x.store)];
  const round = ackSeq(await t.facilitator.getState().command({ type: 'decision.open' }), 'open');
  await caughtUp(all, round);
  const { first, other } = choices(s, t);
  const votes = t.seats.map((seat, i) => {
    // Majority: everyone but the last agrees. Role: the decider picks `first`, the rest disagree.
    const optionId = mode === 'role' ? (seat.role === decidingRole ? first : other) : i < t.seats.length - 1 ? first : other;
    return seat.store.getState().send({ type: 'vote.cast', optionId, confidence: 1 + (i % 5), round });
  });
  const seqs = (await Promise.all(votes)).map((r) => ackSeq(r, 'vote'));
  await caughtUp(all, Math.max(...seqs));
  const basis = mode === 'facilitator' ? 'facilitator' : mode;
  const lock = await t.facilitator.getState().command({ type: 'decision.lock', optionId: first, basis });
  await caughtUp(all, ackSeq(lock, 'lock'));
  return first;
}

/** Start, play every decision to an ending, end the session; returns the path of chosen options. */
export async function playToEnd(s: Scenario, t: Table, mode: DecisionMode, decidingRole?: string): Promise<string[]> {
  const all = [t.facilitator, ...t.seats.map((x) => x.store)];
  await caughtUp(all, t.seats.length);
  await caughtUp(all, ackSeq(await t.facilitator.getState().command({ type: 'session.start' }), 'start'));
  const path: string[] = [];
  for (let i = 0; i < 50; i++) {
    const view = viewFor(s, t.facilitator.getState().live as never, { kind: 'facilitator' });
    if (view.done) break;
    path.push(await playRound(s, t, mode, decidingRole));
  }
  await caughtUp(all, ackSeq(await t.facilitator.getState().command({ type: 'session.end' }), 'end'));
  return path;
}

export const viewOf = (s: Scenario, st: StoreApi<ConnectedState>) => {
  const state = st.getState();
  return viewFor(s, state.live as never, engineViewer(state.viewer as never));
};
