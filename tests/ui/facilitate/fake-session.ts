// A connected store without a server: a SessionClient over a scripted socket that welcomes the viewer with a log
// built by the engine, and records what the screen submits. For the facilitated screens' component tests.

import type { Scenario } from '../../../src/engine/play/schema';
import { applyEvent, type EventInput, newSession, replay, type Session, start } from '../../../src/engine/play/session';
import { SessionClient, type SocketLike } from '../../../src/net/client';
import type { Viewer, WireEvent } from '../../../src/net/protocol';
import { createConnectedStore } from '../../../src/store/connected';

class ScriptedSocket implements SocketLike {
  readyState = 0;
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  constructor(private readonly script: (m: Record<string, unknown>, socket: ScriptedSocket) => void) {
    queueMicrotask(() => {
      this.readyState = 1;
      this.onopen?.({});
    });
  }
  send(data: string) {
    this.script(JSON.parse(data) as Record<string, unknown>, this);
  }
  close() {
    this.readyState = 3;
  }
  reply(m: Record<string, unknown>) {
    this.onmessage?.({ data: JSON.stringify({ v: 1, ...m }) });
  }
}

const at = (i: number) => new Date(Date.parse('2026-03-02T09:00:00.000Z') + i * 1000).toISOString();

/** The events of a facilitated session of `s` after these inputs, as the server would have stored them. */
export function logOf(s: Scenario, mode: 'facilitator' | 'majority' | 'role', inputs: Record<string, unknown>[]) {
  const header = newSession(s, { role: s.roles[0]?.id as string, timerMode: 'off', decisionMode: mode });
  let live = start(s, header);
  for (const [i, input] of inputs.entries()) {
    const r = applyEvent(s, live, { ...input, at: at(i) } as EventInput);
    if (!r.ok) throw new Error(`${String(input.type)}: ${r.reason.message}`);
    live = r.live;
  }
  const { events, ...rest } = live.session;
  return { header: rest, events: events as unknown as WireEvent[] };
}

export type Sent = { type: string; id: string; expectedSeq?: number; event: Record<string, unknown> };

/**
 * A store for `viewer` that has received this log; submissions are recorded and acknowledged, held (`hold`), or
 * answered with the server's error (`refuse`). `push` broadcasts more events as the server would (each checked by the
 * engine first), `presence` says who is connected.
 */
export async function fakeStore(
  s: Scenario,
  log: ReturnType<typeof logOf>,
  viewer: Viewer,
  opts: { hold?: boolean; refuse?: { code: string; message: string; reason?: string } } = {},
) {
  const sent: Sent[] = [];
  let current: ScriptedSocket | null = null;
  let live = replay(s, { ...(log.header as Omit<Session, 'events'>), events: log.events as Session['events'] }).live;
  const client = new SessionClient({
    url: 'ws://test/ws',
    sessionId: 'stest00000001',
    secret: 'x'.repeat(20),
    connect: () => {
      current = new ScriptedSocket((m, socket) => {
        if (m.type === 'hello')
          socket.reply({
            type: 'welcome',
            sessionId: 'stest00000001',
            viewer,
            header: log.header,
            events: log.events,
            seq: log.events.length,
            serverTime: new Date().toISOString(),
            servers: [],
          });
        if (m.type === 'submit') {
          sent.push(m as unknown as Sent);
          if (opts.refuse) socket.reply({ type: 'error', id: m.id, ...opts.refuse });
          else if (!opts.hold) socket.reply({ type: 'ack', id: m.id, seq: log.events.length + sent.length });
        }
      });
      return current;
    },
  });
  const store = createConnectedStore(client, s);
  await new Promise<void>((resolve) => {
    if (store.getState().live) return resolve();
    const off = store.subscribe((st) => {
      if (st.live) {
        off();
        resolve();
      }
    });
  });
  /** Broadcast these inputs as the next events of the log, in one go. */
  const push = (...inputs: Record<string, unknown>[]) => {
    for (const input of inputs) {
      const r = applyEvent(s, live, { ...input, at: at(live.session.events.length) } as EventInput);
      if (!r.ok) throw new Error(`${String(input.type)}: ${r.reason.message}`);
      live = r.live;
      current?.reply({ type: 'event', event: live.session.events.at(-1) });
    }
  };
  const presence = (participants: string[], screens: Record<string, number> = {}) =>
    current?.reply({ type: 'presence', participants, screens });
  return { store, sent, push, presence };
}
