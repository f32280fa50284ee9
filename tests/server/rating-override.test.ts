// @vitest-environment node
// Rating overrides over real WebSockets: the facilitator and an observer (the evaluators) override an objective's
// rating with a reason after the end; both land in the stored log and in the report, a participant and the projector
// are refused, and those two get the overrides as redacted events (with their seq), live and on a fresh hello.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { StoreApi } from 'zustand/vanilla';
import { buildReport } from '../../src/engine/play/report';
import { type ConnectedState, createConnectedStore } from '../../src/store/connected';
import { caughtUp, playToEnd, seatTable, type Table } from './drive';
import { client, mini, RawSocket, type Running, removeTemps, startServer } from './support';

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

const ok = (r: { ok: boolean; seq?: number; message?: string }) => {
  expect(r).toMatchObject({ ok: true });
  return r.seq as number;
};

describe('rating overrides in a facilitated session', () => {
  it('takes them from the facilitator and an observer, refuses the others, and hides them from the room', async () => {
    const s = mini();
    server = await startServer({ scenarios: [s] });
    table = await seatTable(server, s, { decisionMode: 'facilitator' });
    const projector = createConnectedStore(client(server, table.sessionId, table.created.tokens.projector), s);
    const observer = createConnectedStore(client(server, table.sessionId, table.created.tokens.observer), s);
    extra = [projector, observer];
    await playToEnd(s, table, 'facilitator');
    const [anna] = table.seats;
    if (!anna) throw new Error('a seat');
    const first = s.objectives[0]?.id as string;
    const all = [table.facilitator, projector, observer, ...table.seats.map((x) => x.store)];

    // Overrides are commands: they carry the seq their sender saw.
    const byFacilitator = ok(
      await table.facilitator
        .getState()
        .command({ type: 'rating.override', objectiveId: first, rating: 'major', reason: 'Te laat gemeld' }),
    );
    await caughtUp([observer], byFacilitator);
    const byObserver = ok(
      await observer.getState().command({ type: 'rating.override', objectiveId: first, rating: 'performed', reason: 'Goed afgestemd' }),
    );
    await caughtUp(all, byObserver);

    // Refused: a participant and the projector; the log stays as it was.
    const proposal = { type: 'rating.override', objectiveId: first, rating: 'performed', reason: 'Wij vinden van wel' } as const;
    const refusedParticipant = await anna.store.getState().command(proposal);
    expect(refusedParticipant).toMatchObject({ ok: false, code: 'forbidden' });
    expect((refusedParticipant as { message: string }).message).toMatch(/only the facilitator/);
    expect(await projector.getState().command(proposal)).toMatchObject({ ok: false, code: 'forbidden' });
    expect(table.facilitator.getState().seq).toBe(byObserver);

    // Stored: a fresh hello gets both in full, with who sent them; the report shows the latest beside the computed rating.
    const fac = await RawSocket.open(server.ws);
    const welcome = await fac.hello(table.sessionId, table.created.tokens.facilitator);
    fac.close();
    const events = welcome.events as Record<string, unknown>[];
    expect(events.filter((e) => e.type === 'rating.override')).toEqual([
      expect.objectContaining({ seq: byFacilitator, objectiveId: first, rating: 'major', reason: 'Te laat gemeld', by: 'facilitator' }),
      expect.objectContaining({ seq: byObserver, objectiveId: first, rating: 'performed', reason: 'Goed afgestemd', by: 'observer' }),
    ]);
    for (const st of [table.facilitator, observer]) {
      const report = buildReport(s, st.getState().live?.session as never);
      expect(report.objectives.find((o) => o.id === first)).toMatchObject({
        rating: 'performed',
        override: { rating: 'performed', reason: 'Goed afgestemd', seq: byObserver },
      });
    }

    // Participants and the projector: the seqs are there, the content is not.
    for (const st of [projector, anna.store]) {
      const got = st.getState().live?.session.events ?? [];
      expect(got.some((e) => e.type === 'rating.override')).toBe(false);
      expect(got.filter((e) => e.seq === byFacilitator || e.seq === byObserver).map((e) => e.type)).toEqual(['redacted', 'redacted']);
      expect(buildReport(s, st.getState().live?.session as never).objectives.every((o) => !o.override)).toBe(true);
    }
    const raw = await RawSocket.open(server.ws);
    const again = await raw.hello(table.sessionId, table.created.tokens.projector, byFacilitator - 1);
    raw.close();
    expect(again.events).toEqual([
      { seq: byFacilitator, type: 'redacted' },
      { seq: byObserver, type: 'redacted' },
    ]);
  });
});
