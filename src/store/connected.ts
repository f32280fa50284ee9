// The store for a session on the server: the connection's status and outbox from src/net's client, and the engine's
// live state folded from the events as they arrive (one applyEvent per event; a resync that rewrites the log replays).
// The facilitator console, projector, observer and participant screens select from it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Scenario } from '../engine/play/schema';
import { applyEvent, type Live, replay, type Session } from '../engine/play/session';
import type { Viewer as EngineViewer } from '../engine/play/view';
import type { ClientSnapshot, Outgoing, SessionClient, SubmitResult } from '../net/client';
import type { ProposedEvent, Viewer, WireEvent } from '../net/protocol';

export type ConnectedState = {
  status: ClientSnapshot['status'];
  viewer: Viewer | null;
  /** The engine's state after every event received so far; null until the first welcome. */
  live: Live | null;
  seq: number;
  outbox: readonly Outgoing[];
  presence: ClientSnapshot['presence'];
  refusal: ClientSnapshot['refusal'];
  clockOffset: number;
  /** The room moved on to a what-if fork: where to, with this screen's key. */
  moved: ClientSnapshot['moved'];
  /** Set when the engine refuses an event from the server (a scenario that differs from the server's). */
  problem: string | null;
  /** Send an event that anyone may send whenever it fits (a vote, a note). */
  send(event: ProposedEvent): Promise<SubmitResult>;
  /** Send a facilitator command, stamped with the last seq this screen saw so a stale click is refused. */
  command(event: ProposedEvent): Promise<SubmitResult>;
  close(): void;
};

/** The engine's viewer for a protocol viewer: the projector sees what the room sees. */
export function engineViewer(v: Viewer): EngineViewer {
  if (v.kind === 'participant') return { kind: 'participant', participantId: v.participantId ?? '', role: v.role ?? '' };
  if (v.kind === 'projector') return { kind: 'room' };
  return { kind: v.kind };
}

export function createConnectedStore(client: SessionClient, scenario: Scenario): StoreApi<ConnectedState> {
  let folded: readonly WireEvent[] = [];

  const fold = (snap: ClientSnapshot, live: Live | null): { live: Live | null; problem: string | null } => {
    if (!snap.header) return { live, problem: null };
    const prefixKept = live !== null && folded.length <= snap.events.length && folded.every((e, i) => snap.events[i] === e);
    if (!prefixKept || !live) {
      const r = replay(scenario, { ...(snap.header as Omit<Session, 'events'>), events: snap.events as Session['events'] });
      folded = snap.events.slice(0, r.ok ? snap.events.length : r.index);
      return { live: r.live, problem: r.ok ? null : `event ${r.index + 1}: ${r.reason.message}` };
    }
    let next = live;
    for (const e of snap.events.slice(folded.length)) {
      const r = applyEvent(scenario, next, e as Session['events'][number]);
      if (!r.ok) return { live: next, problem: `event ${e.seq}: ${r.reason.message}` };
      next = r.live;
      folded = snap.events.slice(0, e.seq);
    }
    return { live: next, problem: null };
  };

  const store = createStore<ConnectedState>()(() => ({
    status: client.snapshot.status,
    viewer: null,
    live: null,
    seq: 0,
    outbox: [],
    presence: null,
    refusal: null,
    clockOffset: 0,
    moved: null,
    problem: null,
    send: (event) => client.submit(event),
    command: (event) => client.submit(event, { expectedSeq: client.lastSeq }),
    close: () => {
      off();
      client.close();
    },
  }));

  const sync = (snap: ClientSnapshot) => {
    const { live, problem } = fold(snap, store.getState().live);
    store.setState({
      status: snap.status,
      viewer: snap.viewer,
      live,
      seq: client.lastSeq,
      outbox: snap.outbox,
      presence: snap.presence,
      refusal: snap.refusal,
      clockOffset: snap.clockOffset,
      moved: snap.moved,
      problem,
    });
  };
  const off = client.subscribe(sync);
  sync(client.snapshot);
  return store;
}
