// @vitest-environment node
// The reconnecting client against a scripted server: resync from the last seq, resends with the same id, back-off
// on an injected clock, and every submission ending as acknowledged or reported as not sent.
import { describe, expect, it } from 'vitest';
import { SessionClient, type SocketLike } from '../../src/net/client';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: Record<string, unknown>[] = [];
  onopen: ((ev: unknown) => void) | null = null;
  onmessage: ((ev: { data: unknown }) => void) | null = null;
  onclose: ((ev: unknown) => void) | null = null;
  onerror: ((ev: unknown) => void) | null = null;
  constructor(readonly url: string) {}
  send(data: string) {
    this.sent.push(JSON.parse(data));
  }
  close() {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.onclose?.({});
  }
  open() {
    this.readyState = 1;
    this.onopen?.({});
  }
  reply(m: Record<string, unknown>) {
    this.onmessage?.({ data: JSON.stringify({ v: 1, ...m }) });
  }
}

const ev = (seq: number, type = 'note.add') => ({ seq, type, at: '2026-03-02T09:00:00.000Z' });
const welcome = (events: object[], seq: number, servers: string[] = []) => ({
  type: 'welcome',
  sessionId: 'ssession0001',
  viewer: { kind: 'participant', participantId: 'panna', name: 'Anna', role: 'ciso' },
  header: { format: 2 },
  events,
  seq,
  serverTime: '2026-03-02T09:00:00.000Z',
  servers,
});

function setup() {
  const sockets: FakeSocket[] = [];
  const timers: { fn: () => void; ms: number }[] = [];
  const waits: number[] = [];
  let n = 0;
  const client = new SessionClient({
    url: 'ws://a/ws',
    sessionId: 'ssession0001',
    secret: 's'.repeat(43),
    connect: (url) => {
      const s = new FakeSocket(url);
      sockets.push(s);
      return s;
    },
    timers: { setTimeout: (fn, ms) => timers.push({ fn, ms }), clearTimeout: () => undefined },
    backoff: (attempt) => {
      waits.push(attempt);
      return 100 * (attempt + 1);
    },
    newId: () => `id${++n}`,
  });
  const last = () => sockets[sockets.length - 1] as FakeSocket;
  /** Let the pending reconnect timer fire. */
  const tick = () => timers.shift()?.fn();
  return { client, sockets, last, tick, timers, waits };
}

describe('the session client', () => {
  it('says hello with the last seq it holds and takes the events after it', () => {
    const { client, last } = setup();
    last().open();
    expect(last().sent[0]).toMatchObject({ type: 'hello', sessionId: 'ssession0001', since: 0 });
    last().reply(welcome([ev(1), ev(2)], 2));
    last().reply({ type: 'event', event: ev(3) });
    last().reply({ type: 'event', event: ev(3) });
    expect(client.snapshot.events.map((e) => e.seq)).toEqual([1, 2, 3]);
    expect(client.snapshot.status).toBe('open');
  });

  it('keeps a vote made during an outage and sends it with the same id after the resync, until it is acknowledged', async () => {
    const { client, last, tick } = setup();
    last().open();
    last().reply(welcome([ev(1)], 1));
    last().close();
    expect(client.snapshot.status).toBe('offline');
    const result = client.submit({ type: 'vote.cast', optionId: 'patch', confidence: 3, round: 1 });
    expect(client.snapshot.outbox[0]?.status).toBe('queued');
    tick();
    last().open();
    expect(last().sent[0]).toMatchObject({ type: 'hello', since: 1 });
    last().reply(welcome([ev(2)], 2));
    expect(last().sent[1]).toMatchObject({ type: 'submit', id: 'id1', event: { type: 'vote.cast' } });
    last().reply({ type: 'ack', id: 'id1', seq: 3 });
    expect(await result).toEqual({ ok: true, seq: 3 });
    expect(client.snapshot.outbox[0]).toMatchObject({ status: 'acked', seq: 3 });
  });

  it('resends what was on the wire when the connection dropped, with its id, so the server can acknowledge it once', () => {
    const { client, last, tick } = setup();
    last().open();
    last().reply(welcome([], 0));
    void client.submit({ type: 'note.add', text: 'x' });
    expect(client.snapshot.outbox[0]?.status).toBe('sent');
    last().close();
    expect(client.snapshot.outbox[0]?.status).toBe('queued');
    tick();
    last().open();
    last().reply(welcome([ev(1)], 1));
    expect(
      last()
        .sent.filter((m) => m.type === 'submit')
        .map((m) => m.id),
    ).toEqual(['id1']);
  });

  it('reports a vote as not sent when the server refuses it after reconnecting (the decision was locked meanwhile)', async () => {
    const { client, last, tick } = setup();
    last().open();
    last().reply(welcome([], 0));
    last().close();
    const result = client.submit({ type: 'vote.cast', optionId: 'patch', confidence: 3, round: 1 });
    tick();
    last().open();
    last().reply(welcome([ev(1, 'decision.lock')], 1));
    last().reply({ type: 'error', code: 'rejected', message: 'the decision in stage "warning" is not open', id: 'id1' });
    expect(await result).toEqual({ ok: false, code: 'rejected', message: 'the decision in stage "warning" is not open' });
    expect(client.snapshot.outbox[0]).toMatchObject({ status: 'refused', error: { code: 'rejected' } });
  });

  it('backs off longer after each failed attempt and starts again after a welcome', () => {
    const { last, tick, timers, waits } = setup();
    last().close();
    expect(timers[0]?.ms).toBe(100);
    tick();
    last().close();
    expect(timers[0]?.ms).toBe(200);
    tick();
    last().open();
    last().reply(welcome([], 0));
    last().close();
    expect(waits).toEqual([0, 1, 0]);
  });

  it('tries the other servers from the welcome in turn', () => {
    const { last, tick, sockets } = setup();
    last().open();
    last().reply(welcome([], 0, ['ws://b/ws']));
    last().close();
    tick();
    last().close();
    tick();
    expect(sockets.map((s) => s.url)).toEqual(['ws://a/ws', 'ws://b/ws', 'ws://a/ws']);
  });

  it('keeps every server it has heard of in turn after moving to another one', () => {
    const { last, tick, sockets } = setup();
    last().open();
    last().reply(welcome([], 0, ['ws://b/ws', 'ws://c/ws']));
    last().close();
    tick();
    last().open();
    last().reply(welcome([], 0, ['ws://a/ws', 'ws://c/ws']));
    last().close();
    tick();
    last().close();
    tick();
    expect(sockets.map((s) => s.url)).toEqual(['ws://a/ws', 'ws://b/ws', 'ws://a/ws', 'ws://c/ws']);
  });

  it('reconnects to fill a gap in the events, asking from the last seq it holds', () => {
    const { client, last, tick } = setup();
    last().open();
    last().reply(welcome([ev(1)], 1));
    last().reply({ type: 'event', event: ev(3) });
    expect(client.snapshot.events.map((e) => e.seq)).toEqual([1]);
    tick();
    last().open();
    expect(last().sent[0]).toMatchObject({ type: 'hello', since: 1 });
  });

  it('takes a shorter log from a server as the truth', () => {
    const { client, last, tick } = setup();
    last().open();
    last().reply(welcome([ev(1), ev(2), ev(3)], 3));
    last().close();
    tick();
    last().open();
    last().reply(welcome([ev(1)], 1));
    expect(client.snapshot.events.map((e) => e.seq)).toEqual([1]);
  });

  it('stops retrying when the server refuses the link, and reports waiting events as not sent', async () => {
    const { client, last, timers } = setup();
    const result = client.submit({ type: 'note.add', text: 'x' });
    last().open();
    last().reply({ type: 'error', code: 'bad-secret', message: 'this link’s key is not valid' });
    expect(client.snapshot).toMatchObject({ status: 'refused', refusal: { code: 'bad-secret' } });
    expect(await result).toMatchObject({ ok: false, code: 'bad-secret' });
    expect(timers).toHaveLength(0);
    expect(await client.submit({ type: 'note.add', text: 'y' })).toMatchObject({ ok: false, code: 'closed' });
  });

  it('reports what is still waiting as not sent when the page closes the connection', async () => {
    const { client, last } = setup();
    last().open();
    last().reply(welcome([], 0));
    last().close();
    const result = client.submit({ type: 'vote.cast', optionId: 'a', confidence: 1, round: 1 });
    client.close();
    expect(await result).toMatchObject({ ok: false, code: 'closed', message: expect.stringMatching(/not sent/) });
    expect(client.snapshot.status).toBe('closed');
  });

  it('ignores messages that are not valid protocol', () => {
    const { client, last } = setup();
    last().open();
    last().onmessage?.({ data: 'garbage' });
    last().reply({ type: 'event', event: { seq: 'one' } });
    expect(client.snapshot.events).toEqual([]);
  });
});
