// @vitest-environment node
// What if, for the whole room: after the debrief starts, the facilitator forks the session at a decision. Every
// connected screen is told where the room went, with its own key; participants keep their place; the parent's log
// stays as it was; and only the facilitator of an ended session may fork.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { forkPoints } from '../../src/engine/play/fork';
import type { Live } from '../../src/engine/play/session';
import { viewFor } from '../../src/engine/play/view';
import type { CreatedSession } from '../../src/net/protocol';
import { createConnectedStore } from '../../src/store/connected';
import { caughtUp, playToEnd, seatTable, type Table, waitFor } from './drive';
import { client, mini, RawSocket, type Running, removeTemps, startServer } from './support';

let server: Running | null = null;
let table: Table | null = null;
afterEach(async () => {
  table?.closeAll();
  table = null;
  await server?.close();
  server = null;
});
afterAll(removeTemps);

const s = mini();

async function fork(key: string, sessionId: string, body: unknown) {
  const r = await fetch(`${server?.url}/api/sessions/${sessionId}/fork`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: JSON.stringify(body),
  });
  return { status: r.status, body: (await r.json()) as CreatedSession & { error?: string } };
}

async function endedTable() {
  server = await startServer({ scenarios: [s] });
  table = await seatTable(server, s, { decisionMode: 'majority' });
  await playToEnd(s, table, 'majority');
  return table;
}

describe('a what-if for the whole room', () => {
  it('moves every screen to the fork with its own key; participants keep their place; the parent is unchanged', async () => {
    const t = await endedTable();
    const projector = await RawSocket.open(server?.ws as string);
    expect(await projector.hello(t.sessionId, t.created.tokens.projector)).toMatchObject({ type: 'welcome' });
    const secretNote = await t.facilitator
      .getState()
      .send({ type: 'note.add', text: 'Bram twijfelde hardop', visibility: 'facilitator', author: 'F' });
    expect(secretNote).toMatchObject({ ok: true });
    await caughtUp([t.facilitator], (secretNote as { seq: number }).seq);
    const parentLive = t.facilitator.getState().live as Live;
    const before = (
      await server?.get<{ events: unknown[] }>(`/api/sessions/${t.sessionId}/save`, {
        authorization: `Bearer ${t.created.tokens.facilitator}`,
      })
    )?.body.events;
    const point = forkPoints(s, parentLive).find((p) => p.alternatives.some((a) => a.available));
    const alternative = point?.alternatives.find((a) => a.available);
    if (!point || !alternative) throw new Error('no decision to fork at');

    const r = await fork(t.created.tokens.facilitator, t.sessionId, { seq: point.seq, optionId: alternative.id });
    expect(r.status).toBe(201);
    const created = r.body;
    expect(created.code).toMatch(/^[A-Z0-9]{6}$/);
    expect(created.sessionId).not.toBe(t.sessionId);

    // Every screen hears where the room went, each with a key of its own.
    await waitFor(t.facilitator, (st) => st.moved !== null);
    const fac = t.facilitator.getState().moved;
    expect(fac).toMatchObject({ sessionId: created.sessionId, code: created.code, secret: created.tokens.facilitator });
    expect(fac?.keys).toEqual({ projector: created.tokens.projector, observer: created.tokens.observer });
    expect(await projector.next((m) => m.type === 'moved')).toMatchObject({ secret: created.tokens.projector });
    const secrets = new Set<string>();
    for (const seat of t.seats) {
      await waitFor(seat.store, (st) => st.moved !== null);
      const moved = seat.store.getState().moved;
      expect(moved?.sessionId).toBe(created.sessionId);
      secrets.add(moved?.secret as string);
    }
    expect(secrets.size).toBe(t.seats.length);

    // In the fork, a participant is who they were, and the room stands at the consequence of the other option.
    const seat = t.seats[0];
    const moved = seat?.store.getState().moved;
    if (!seat || !moved) throw new Error('no seat');
    // The fork carries the parent's log for the debrief's comparison: redacted for the room, whole for the facilitator.
    const raw = await RawSocket.open(server?.ws as string);
    const welcome = (await raw.hello(moved.sessionId, moved.secret)) as { header: { parent: { events: unknown[] } } };
    raw.close();
    expect(JSON.stringify(welcome.header.parent.events)).not.toContain('Bram twijfelde hardop');
    expect(welcome.header.parent.events).toContainEqual({ seq: (secretNote as { seq: number }).seq, type: 'redacted' });
    const rawFac = await RawSocket.open(server?.ws as string);
    const facWelcome = await rawFac.hello(created.sessionId, created.tokens.facilitator);
    rawFac.close();
    expect(JSON.stringify(facWelcome)).toContain('Bram twijfelde hardop');
    const again = createConnectedStore(client(server as Running, moved.sessionId, moved.secret), s);
    const facAgain = createConnectedStore(client(server as Running, created.sessionId, created.tokens.facilitator), s);
    try {
      await waitFor(again, (st) => st.live !== null && st.status === 'open');
      expect(again.getState().viewer).toMatchObject({ kind: 'participant', participantId: seat.participantId, name: seat.name });
      const live = again.getState().live as Live;
      expect(live.ended).toBe(false);
      expect(live.session.parent).toMatchObject({ saveId: t.sessionId, seq: point.seq, optionId: alternative.id });
      const last = live.session.events.at(-1);
      expect(last).toMatchObject({ type: 'decision.lock', optionId: alternative.id, basis: 'facilitator' });
      // The fork plays on: the facilitator opens the next decision and the participant sees it.
      await waitFor(facAgain, (st) => st.live !== null && st.status === 'open');
      const view = viewFor(s, facAgain.getState().live as Live, { kind: 'facilitator' });
      if (!view.done) {
        const opened = await facAgain.getState().command({ type: 'decision.open' });
        expect(opened).toMatchObject({ ok: true });
        await caughtUp([again], (opened as { seq: number }).seq);
      }
    } finally {
      again.getState().close();
      facAgain.getState().close();
      projector.close();
    }
    const after = (
      await server?.get<{ events: unknown[] }>(`/api/sessions/${t.sessionId}/save`, {
        authorization: `Bearer ${t.created.tokens.facilitator}`,
      })
    )?.body.events;
    expect(after).toEqual(before);
  });

  it('refuses a fork without the facilitator key, before the end, or at an option that was not open', async () => {
    server = await startServer({ scenarios: [s] });
    table = await seatTable(server, s, { decisionMode: 'facilitator' });
    const t = table;
    expect((await fork(t.created.tokens.facilitator, t.sessionId, { seq: 1, optionId: 'x' })).body.error).toMatch(/end the session first/);
    await playToEnd(s, t, 'facilitator');
    const projectorKey = await fork(t.created.tokens.projector, t.sessionId, { seq: 1, optionId: 'x' });
    expect(projectorKey.status).toBe(401);
    const point = forkPoints(s, t.facilitator.getState().live as Live)[0];
    if (!point) throw new Error('no decision');
    const unknown = await fork(t.created.tokens.facilitator, t.sessionId, { seq: point.seq, optionId: 'no-such-option' });
    expect(unknown.status).toBe(409);
    expect(unknown.body.error).toMatch(/no-such-option/);
    const malformed = await fork(t.created.tokens.facilitator, t.sessionId, { seq: 'one' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toMatch(/^seq: /);
  });
});
