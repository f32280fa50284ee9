// @vitest-environment node
// The hot wash and the feedback form over real WebSockets: after the end the facilitator puts objectives up, the
// participants' phones send strengths, improvement points and their feedback, the projector and the console show the
// items, each answer stays with its sender and the facilitator, and senders without the right are refused.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { buildReport } from '../../src/engine/play/report';
import { type ConnectedState, createConnectedStore } from '../../src/store/connected';
import { caughtUp, playToEnd, seatTable, type Table, viewOf } from './drive';
import { client, mini, type Running, removeTemps, startServer } from './support';

let server: Running | null = null;
let table: Table | null = null;
let extra: StoreApi<ConnectedState>[] = [];
afterEach(async () => {
  table?.closeAll();
  for (const st of extra) st.getState().close();
  extra = [];
  table = null;
  await server?.close();
  server = null;
});
afterAll(removeTemps);

const ok = (r: { ok: boolean; seq?: number }) => {
  expect(r).toMatchObject({ ok: true });
  return r.seq as number;
};

describe('the hot wash and feedback after a facilitated session', () => {
  it('collects items and answers from the participants and shows them where they belong', async () => {
    const s = mini();
    server = await startServer({ scenarios: [s] });
    table = await seatTable(server, s, { decisionMode: 'facilitator' });
    const projector = createConnectedStore(client(server, table.sessionId, table.created.tokens.projector), s);
    const observer = createConnectedStore(client(server, table.sessionId, table.created.tokens.observer), s);
    extra = [projector, observer];
    await playToEnd(s, table, 'facilitator');
    const [anna, bram] = table.seats;
    if (!anna || !bram) throw new Error('two seats');
    const all = [table.facilitator, projector, observer, ...table.seats.map((x) => x.store)];
    const objective = s.objectives[0]?.id as string;

    ok(await table.facilitator.getState().send({ type: 'hotwash.focus', objectiveId: objective }));
    const item = ok(
      await anna.store.getState().send({ type: 'hotwash.item', kind: 'strength', text: 'Snel opgeschaald', objectiveId: objective }),
    );
    ok(await bram.store.getState().send({ type: 'hotwash.item', kind: 'improvement', text: 'Logboek bijhouden', objectiveId: objective }));
    ok(await table.facilitator.getState().send({ type: 'hotwash.item', kind: 'improvement', text: 'Pers eerder', objectiveId: objective }));
    const answer = {
      type: 'feedback.submit',
      role: 'CISO',
      strengths: ['Tempo'],
      improvements: ['Rollen'],
      statements: { structured: 4, realistic: 5, roleClear: 3, learned: 5 },
    };
    ok(await anna.store.getState().send(answer));
    ok(await anna.store.getState().send({ ...answer, statements: { ...answer.statements, learned: 2 } }));
    const last = ok(await bram.store.getState().send({ type: 'feedback.submit', statements: { learned: 4 } }));
    await caughtUp(all, last);

    const onProjector = viewOf(s, projector);
    expect(onProjector.hotwash.focus?.id).toBe(objective);
    expect(onProjector.hotwash.items.map((i) => [i.kind, i.text, i.author])).toEqual([
      ['strength', 'Snel opgeschaald', 'Anna'],
      ['improvement', 'Logboek bijhouden', 'Bram'],
      ['improvement', 'Pers eerder', null],
    ]);
    expect(viewOf(s, table.facilitator).hotwash.items).toHaveLength(3);
    expect(viewOf(s, bram.store).hotwash.focus?.id).toBe(objective);

    // The answers: their own for each participant, none for the room, all for the facilitator (one per participant).
    expect(viewOf(s, anna.store).myFeedback?.statements.learned).toBe(2);
    expect(viewOf(s, bram.store).myFeedback?.statements.learned).toBe(4);
    const typesOn = (st: StoreApi<ConnectedState>) => st.getState().live?.session.events.filter((e) => e.type === 'feedback.submit').length;
    expect(typesOn(projector)).toBe(0);
    expect(typesOn(bram.store)).toBe(1);
    const summary = buildReport(s, table.facilitator.getState().live?.session as never).feedbackSummary;
    expect(summary.respondents).toBe(2);
    expect(summary.statements.find((x) => x.id === 'learned')).toMatchObject({ count: 2, mean: 3, distribution: [0, 1, 0, 1, 0] });
    expect(buildReport(s, table.facilitator.getState().live?.session as never).feedback.map((f) => f.author)).toEqual(['Anna', 'Bram']);

    // A duplicate merged by the facilitator disappears from the projector too.
    const merged = ok(await table.facilitator.getState().send({ type: 'hotwash.drop', item: item + 2, into: item + 1 }));
    await caughtUp([projector], merged);
    expect(viewOf(s, projector).hotwash.items.map((i) => [i.text, i.merged])).toEqual([
      ['Snel opgeschaald', 0],
      ['Logboek bijhouden', 1],
    ]);
  });

  it('refuses hot-wash and feedback events from senders without the right, and the log stays as it was', async () => {
    const s = mini();
    server = await startServer({ scenarios: [s] });
    table = await seatTable(server, s, { decisionMode: 'facilitator' });
    const projector = createConnectedStore(client(server, table.sessionId, table.created.tokens.projector), s);
    const observer = createConnectedStore(client(server, table.sessionId, table.created.tokens.observer), s);
    extra = [projector, observer];
    const [anna] = table.seats;
    if (!anna) throw new Error('a seat');
    await caughtUp([table.facilitator, projector, observer, anna.store], table.seats.length);
    const before = table.facilitator.getState().seq;
    const objective = s.objectives[0]?.id as string;
    const cases: [StoreApi<ConnectedState>, Record<string, unknown>, RegExp][] = [
      [projector, { type: 'hotwash.item', kind: 'strength', text: 'x' }, /read-only/],
      [anna.store, { type: 'hotwash.focus', objectiveId: objective }, /may not send hotwash\.focus/],
      [anna.store, { type: 'hotwash.drop', item: 1 }, /may not send hotwash\.drop/],
      [anna.store, { type: 'hotwash.item', kind: 'strength', text: 'x', author: 'Bram' }, /own name/],
      [anna.store, { type: 'feedback.submit', author: 'Bram', statements: { learned: 5 } }, /own name/],
      [observer, { type: 'hotwash.focus', objectiveId: objective }, /facilitator link/],
      [observer, { type: 'feedback.submit', author: 'O', statements: { learned: 5 } }, /facilitator link/],
    ];
    for (const [st, event, message] of cases) {
      const r = await st.getState().send(event as never);
      expect(r, JSON.stringify(event)).toMatchObject({ ok: false, code: 'forbidden' });
      expect((r as { message: string }).message).toMatch(message);
    }
    const bad = await anna.store.getState().send({ type: 'feedback.submit', statements: { learned: 9 } });
    expect(bad).toMatchObject({ ok: false });
    expect((bad as { message: string }).message).toMatch(/statements\.learned/);
    expect(table.facilitator.getState().seq).toBe(before);
  });
});
