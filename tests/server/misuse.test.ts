// @vitest-environment node
// Bad messages and forbidden actions over a real socket: each gets an error reply naming what was wrong, and the
// session, the log and the connection carry on unchanged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreatedSession, Joined } from '../../src/net/protocol';
import { MAX_MESSAGE_BYTES } from '../../src/net/protocol';
import { joinSession, RawSocket, type Running, removeTemps, startServer } from './support';

let server: Running;
let created: CreatedSession;
let anna: Joined;
let bram: Joined;
let fac: RawSocket;
let round = 0;

/** The facilitator's last seq: everything refused must leave it where it was. */
const seqNow = async () => {
  const probe = await RawSocket.open(server.ws);
  const w = await probe.hello(created.sessionId, created.tokens.facilitator);
  probe.close();
  return w.seq as number;
};

beforeAll(async () => {
  server = await startServer({ messageRate: { burst: 500, perSecond: 500 } });
  const r = await server.post<CreatedSession>('/api/sessions', {
    scenarioId: 'mini',
    language: 'en',
    timerMode: 'off',
    decisionMode: 'majority',
  });
  created = r.body;
  anna = await joinSession(server, created.code, 'Anna', 'ciso');
  bram = await joinSession(server, created.code, 'Bram', 'comms');
  fac = await RawSocket.open(server.ws);
  expect(await fac.hello(created.sessionId, created.tokens.facilitator)).toMatchObject({ type: 'welcome', seq: 2 });
  expect(await fac.submit('start', { type: 'session.start' }, 2)).toMatchObject({ type: 'ack', seq: 3 });
  expect(await fac.submit('open', { type: 'decision.open' }, 3)).toMatchObject({ type: 'ack', seq: 4 });
  round = 4;
});
afterAll(async () => {
  fac.close();
  await server.close();
  removeTemps();
});

describe('malformed, oversized, unknown and out-of-order messages', () => {
  const big = JSON.stringify({ v: 1, type: 'ping', pad: 'x'.repeat(MAX_MESSAGE_BYTES) });
  const before: [string, unknown, string, RegExp][] = [
    ['text that is not JSON', '{"v":1,', 'malformed', /not valid JSON/],
    ['a JSON array', '[1,2]', 'malformed', /JSON object/],
    ['a JSON number', '42', 'malformed', /JSON object/],
    ['a message without a version', { type: 'ping' }, 'version', /protocol version/],
    ['a message from a newer protocol', { v: 2, type: 'ping' }, 'version', /version 1/],
    ['an unknown message type', { v: 1, type: 'shout' }, 'unknown-type', /unknown message type "shout"/],
    ['a message over the size limit', big, 'too-large', new RegExp(`limit of ${MAX_MESSAGE_BYTES} bytes`)],
    ['a submission before the hello', { v: 1, type: 'submit', id: 'x1', event: { type: 'note.add' } }, 'hello-first', /hello/],
    [
      'a hello with an unknown field',
      { v: 1, type: 'hello', sessionId: 'sabcdefgh', secret: 'k'.repeat(20), since: 0, admin: true },
      'invalid',
      /admin/,
    ],
    [
      'a hello with a negative since',
      { v: 1, type: 'hello', sessionId: 'sabcdefgh', secret: 'k'.repeat(20), since: -1 },
      'invalid',
      /since/,
    ],
  ];
  it.each(before)('refuses %s before the hello and keeps the connection', async (_name, message, code, text) => {
    const raw = await RawSocket.open(server.ws);
    raw.send(message);
    const reply = await raw.next();
    expect(reply).toMatchObject({ type: 'error', code });
    expect(String(reply.message)).toMatch(text);
    raw.send({ v: 1, type: 'ping' });
    expect(await raw.next()).toMatchObject({ type: 'pong' });
    raw.close();
  });

  it('refuses a binary frame', async () => {
    const raw = await RawSocket.open(server.ws);
    raw.socket.send(Buffer.from([1, 2, 3]));
    expect(await raw.next()).toMatchObject({ type: 'error', code: 'malformed', message: expect.stringMatching(/binary/) });
    raw.close();
  });

  it('refuses a hello for an unknown session, with a wrong key, and a second hello', async () => {
    const raw = await RawSocket.open(server.ws);
    expect(await raw.hello('snosuchsession', 'k'.repeat(43))).toMatchObject({ code: 'unknown-session' });
    expect(await raw.hello(created.sessionId, 'k'.repeat(43))).toMatchObject({ code: 'bad-secret' });
    expect(await raw.hello(created.sessionId, created.tokens.observer)).toMatchObject({ type: 'welcome' });
    expect(await raw.hello(created.sessionId, created.tokens.observer)).toMatchObject({ code: 'hello-twice' });
    raw.close();
  });

  const submissions: [string, () => [string, Record<string, unknown>, number | undefined], string, RegExp][] = [
    ['a submission without an event type', () => ['b1', {}, undefined], 'invalid', /event\.type/],
    ['an unknown event type', () => ['b2', { type: 'session.explode' }, 3], 'invalid', /unknown event type/],
    [
      'an event with its own seq',
      () => ['b3', { type: 'note.add', seq: 99, text: 'x', author: 'F', visibility: 'room' }, undefined],
      'invalid',
      /set by the server/,
    ],
    [
      'an event with its own time',
      () => ['b4', { type: 'note.add', at: '2020-01-01T00:00:00Z', text: 'x', author: 'F', visibility: 'room' }, undefined],
      'invalid',
      /set by the server/,
    ],
    ['a command without the seq its sender saw', () => ['b5', { type: 'session.pause' }, undefined], 'invalid', /expectedSeq: required/],
    ['a command sent from an old view of the log', () => ['b6', { type: 'session.pause' }, 1], 'stale', /expected to be event 2/],
    ['a command from the future', () => ['b7', { type: 'session.pause' }, 40], 'stale', /event 41/],
    [
      'a note with an unknown field',
      () => ['b8', { type: 'note.add', text: 'x', author: 'F', visibility: 'room', colour: 'red' }, undefined],
      'invalid',
      /colour/,
    ],
    [
      'a note with an empty text',
      () => ['b9', { type: 'note.add', text: '   ', author: 'F', visibility: 'room' }, undefined],
      'invalid',
      /text/,
    ],
    [
      'a lock of an option the stage does not have',
      () => ['b10', { type: 'decision.lock', optionId: 'nuke', basis: 'facilitator' }, 4],
      'rejected',
      /no option "nuke"/,
    ],
    [
      'a lock that breaks the majority mode',
      () => ['b11', { type: 'decision.lock', optionId: 'patch', basis: 'role' }, 4],
      'rejected',
      /facilitator decides|majority/,
    ],
    [
      'a release of an inject that is not in this stage',
      () => ['b12', { type: 'inject.release', injectId: 'alert' }, 4],
      'rejected',
      /no inject "alert"/,
    ],
    ['a submission with an invalid client id', () => ['bad id!', { type: 'session.pause' }, 4], 'invalid', /client event id/],
  ];
  it.each(submissions)('refuses %s and the log stays as it was', async (_name, make, code, text) => {
    const [id, event, expectedSeq] = make();
    const seq = await seqNow();
    fac.send({ v: 1, type: 'submit', id, event, ...(expectedSeq !== undefined ? { expectedSeq } : {}) });
    const reply = await fac.next((m) => m.type === 'error' || m.type === 'ack');
    expect(reply).toMatchObject({ type: 'error', code });
    expect(String(reply.message)).toMatch(text);
    expect(await seqNow()).toBe(seq);
  });

  it('acknowledges a resent event once and refuses its id for another event', async () => {
    const note = { type: 'note.add', text: 'Check the backups', author: 'Facilitator', visibility: 'facilitator' };
    const first = await fac.submit('n1', note);
    const again = await fac.submit('n1', note);
    expect(again).toMatchObject({ type: 'ack', seq: first.seq });
    expect(
      await fac.submit('n1', { type: 'inject.custom', kind: 'email', from: 'X', subject: 'S', body: 'B' }, first.seq as number),
    ).toMatchObject({
      type: 'error',
      code: 'duplicate-id',
    });
    expect(await seqNow()).toBe(first.seq);
  });

  it('slows down a connection that floods the server, and the others carry on', async () => {
    const small = await startServer({ messageRate: { burst: 5, perSecond: 1 } });
    const raw = await RawSocket.open(small.ws);
    for (let i = 0; i < 8; i++) raw.send({ v: 1, type: 'ping' });
    const replies = await Promise.all(Array.from({ length: 8 }, () => raw.next()));
    expect(replies.filter((m) => m.type === 'pong')).toHaveLength(5);
    expect(replies.filter((m) => m.code === 'rate-limited')).toHaveLength(3);
    const other = await RawSocket.open(small.ws);
    other.send({ v: 1, type: 'ping' });
    expect(await other.next()).toMatchObject({ type: 'pong' });
    raw.close();
    other.close();
    await small.close();
  });
});

describe('forbidden actions', () => {
  const commands: Record<string, unknown>[] = [
    { type: 'session.start' },
    { type: 'session.pause' },
    { type: 'session.resume' },
    { type: 'session.end' },
    { type: 'decision.open' },
    { type: 'decision.lock', optionId: 'patch', basis: 'majority' },
    { type: 'session.undo' },
    { type: 'inject.release', injectId: 'press' },
    { type: 'inject.custom', kind: 'email', from: 'X', subject: 'S', body: 'B' },
    { type: 'tally.reveal', round: 4 },
    { type: 'rating.override', objectiveId: 'contain', rating: 'some', reason: 'r' },
  ];

  it.each(commands.map((c) => [c.type, c]))('a participant cannot send %s', async (_t, event) => {
    const p = await RawSocket.open(server.ws);
    await p.hello(created.sessionId, anna.secret);
    const seq = await seqNow();
    expect(await p.submit(`p-${String(event.type).replace('.', '-')}`, event, seq)).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/only the facilitator/),
    });
    expect(await seqNow()).toBe(seq);
    p.close();
  });

  it.each(commands.map((c) => [c.type, c]))('the projector and the observer cannot send %s', async (_t, event) => {
    // Observers are the evaluators: a rating override is theirs to send too (tests/server/rating-override.test.ts).
    const tokens = event.type === 'rating.override' ? [created.tokens.projector] : [created.tokens.projector, created.tokens.observer];
    for (const token of tokens) {
      const p = await RawSocket.open(server.ws);
      await p.hello(created.sessionId, token);
      const seq = await seqNow();
      expect(await p.submit(`x-${String(event.type).replace('.', '-')}`, event, seq)).toMatchObject({ code: 'forbidden' });
      expect(await seqNow()).toBe(seq);
      p.close();
    }
  });

  it('no client can write a timeout or a join, which only the server writes', async () => {
    for (const event of [{ type: 'decision.timeout' }, { type: 'participant.join', participantId: 'pz', name: 'Z', role: 'ciso' }]) {
      expect(await fac.submit(`s-${event.type.replace('.', '-')}`, event, await seqNow())).toMatchObject({
        code: 'forbidden',
        message: expect.stringMatching(/written by the server/),
      });
    }
  });

  it('a participant cannot vote for someone else, as another role, or after the lock', async () => {
    const p = await RawSocket.open(server.ws);
    await p.hello(created.sessionId, anna.secret);
    const vote = { type: 'vote.cast', optionId: 'patch', confidence: 4, round };
    expect(await p.submit('v-other', { ...vote, participantId: bram.participantId })).toMatchObject({
      code: 'forbidden',
      message: expect.stringMatching(/only for themselves/),
    });
    expect(await p.submit('v-role', { ...vote, role: 'comms' })).toMatchObject({ code: 'invalid', message: expect.stringMatching(/role/) });
    expect(await p.submit('v-old', { ...vote, round: 1 })).toMatchObject({
      code: 'rejected',
      reason: 'round',
      message: expect.stringMatching(/round/),
    });
    expect(await p.submit('v-ok', vote)).toMatchObject({ type: 'ack' });
    const lock = await fac.submit('lock', { type: 'decision.lock', optionId: 'patch', basis: 'majority' }, await seqNow());
    expect(lock).toMatchObject({ type: 'ack' });
    expect(await p.submit('v-late', vote)).toMatchObject({
      code: 'rejected',
      reason: 'not-open',
      message: expect.stringMatching(/not open/),
    });
    p.close();
  });

  it('the facilitator does not vote, and a participant’s note is for the room under their own name', async () => {
    expect(
      await fac.submit('f-vote', { type: 'vote.cast', optionId: 'patch', confidence: 3, round, participantId: anna.participantId }),
    ).toMatchObject({
      code: 'forbidden',
    });
    const p = await RawSocket.open(server.ws);
    await p.hello(created.sessionId, bram.secret);
    expect(await p.submit('pn1', { type: 'note.add', text: 'secret', visibility: 'facilitator' })).toMatchObject({ code: 'forbidden' });
    expect(await p.submit('pn2', { type: 'note.add', text: 'hi', author: 'Anna', visibility: 'room' })).toMatchObject({
      code: 'forbidden',
    });
    const ok = await p.submit('pn3', { type: 'note.add', text: '<b>hi</b>', visibility: 'room' });
    expect(ok).toMatchObject({ type: 'ack' });
    const seen = await p.next((m) => m.type === 'event' && (m.event as { seq: number }).seq === ok.seq);
    expect(seen.event).toMatchObject({ type: 'note.add', author: 'Bram', text: '<b>hi</b>', by: bram.participantId });
    p.close();
  });

  it('participants and the projector get facilitator-only events as redacted, with their seq', async () => {
    const p = await RawSocket.open(server.ws);
    await p.hello(created.sessionId, anna.secret);
    const proj = await RawSocket.open(server.ws);
    await proj.hello(created.sessionId, created.tokens.projector);
    const r = await fac.submit('secret-note', { type: 'note.add', text: 'Anna is hesitant', author: 'F', visibility: 'facilitator' });
    for (const screen of [p, proj]) {
      const got = await screen.next((m) => m.type === 'event' && (m.event as { seq: number }).seq === r.seq);
      expect(got.event).toEqual({ seq: r.seq, type: 'redacted' });
    }
    const resync = await RawSocket.open(server.ws);
    const welcome = await resync.hello(created.sessionId, anna.secret, (r.seq as number) - 1);
    expect(welcome.events).toEqual([{ seq: r.seq, type: 'redacted' }]);
    for (const s of [p, proj, resync]) s.close();
  });
});
