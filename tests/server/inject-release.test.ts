// @vitest-environment node
// Releasing an inject by hand over a real server: the facilitator releases an inject marked `release: facilitator`
// (to everyone, or to one role) or an inject of the current stage that has not reached the team yet; every
// participant's connection receives the event, and each participant's view shows the inject as released — to the
// role in its `to` only, or to everyone. A participant's own release is refused and changes nothing.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { Inject, Scenario } from '../../src/engine/play/schema';
import { createConnectedStore } from '../../src/store/connected';
import { caughtUp, type Seat, seatTable, type Table, viewOf, waitFor } from './drive';
import { client, mini, type Running, removeTemps, startServer } from './support';

let server: Running | null = null;
let table: Table | null = null;
const closers: (() => void)[] = [];
afterEach(async () => {
  for (const c of closers.splice(0)) c();
  table?.closeAll();
  table = null;
  await server?.close();
  server = null;
});
afterAll(removeTemps);

const manual = (id: string, subject: string, to?: string): Inject => ({
  id,
  kind: 'social',
  from: 'zcert',
  ...(to ? { to } : {}),
  release: 'facilitator',
  subject: { nl: subject, en: subject },
  body: { nl: `${subject}.`, en: `${subject}.` },
});

/** The small exercise with two injects the facilitator releases by hand in its first stage: one for all, one for comms. */
function withManualInjects(): Scenario {
  const s = mini();
  return {
    ...s,
    stages: s.stages.map((st) =>
      st.id === 'warning' ? { ...st, injects: [...(st.injects ?? []), manual('leak', 'Leak'), manual('memo', 'Memo', 'comms')] } : st,
    ),
  };
}

const subjects = (s: Scenario, seat: Seat | Table['facilitator']) =>
  viewOf(s, 'store' in seat ? seat.store : seat).injects.map((i) => `${i.subject.en}:${i.source}`);

async function seated(s: Scenario): Promise<{ t: Table; anna: Seat; bram: Seat }> {
  server = await startServer({ scenarios: [s] });
  table = await seatTable(server, s, {
    decisionMode: 'facilitator',
    people: [
      ['Anna', 'ciso'],
      ['Bram', 'comms'],
    ],
  });
  const all = [table.facilitator, ...table.seats.map((x) => x.store)];
  await caughtUp(all, 2);
  const start = await table.facilitator.getState().command({ type: 'session.start' });
  expect(start).toMatchObject({ ok: true });
  await caughtUp(all, start.ok ? start.seq : 0);
  return { t: table, anna: table.seats[0] as Seat, bram: table.seats[1] as Seat };
}

describe('the facilitator releases an inject', () => {
  it('for everyone and for one role: every connection gets the event, and the views show it to whom it is addressed', async () => {
    const s = withManualInjects();
    const { t, anna, bram } = await seated(s);
    const sessionId = t.sessionId;
    // The projector (the room's view) listens in as well.
    const projector = createConnectedStore(client(server as Running, sessionId, t.created.tokens.projector), s);
    closers.push(() => projector.getState().close());
    await caughtUp([projector], 3);
    // Before the release nobody but the facilitator knows of them: the console lists them as waiting.
    expect(viewOf(s, t.facilitator).pending.map((p) => [p.id, p.manual])).toEqual([
      ['leak', true],
      ['memo', true],
    ]);
    for (const who of [anna, bram]) expect(subjects(s, who).join()).not.toMatch(/Leak|Memo/);
    expect(viewOf(s, projector).injects.map((i) => i.subject.en)).not.toContain('Leak');

    const leak = await t.facilitator.getState().command({ type: 'inject.release', injectId: 'leak' });
    expect(leak).toMatchObject({ ok: true });
    const leakSeq = leak.ok ? leak.seq : 0;
    await caughtUp([t.facilitator, anna.store, bram.store, projector], leakSeq);
    for (const who of [anna, bram]) {
      const event = who.client.snapshot.events.find((e) => e.seq === leakSeq);
      expect(event, who.name).toMatchObject({ type: 'inject.release', injectId: 'leak' });
      expect(viewOf(s, who.store).injects[0], who.name).toMatchObject({ subject: { en: 'Leak' }, source: 'released', fresh: true });
    }
    expect(viewOf(s, projector).injects[0]).toMatchObject({ subject: { en: 'Leak' }, source: 'released' });
    expect(viewOf(s, t.facilitator).pending.map((p) => p.id)).toEqual(['memo']);

    const memo = await t.facilitator.getState().command({ type: 'inject.release', injectId: 'memo' });
    expect(memo).toMatchObject({ ok: true });
    const memoSeq = memo.ok ? memo.seq : 0;
    await caughtUp([t.facilitator, anna.store, bram.store, projector], memoSeq);
    // Every connection gets every seq; the view keeps a role's message to that role.
    expect(anna.client.snapshot.events.find((e) => e.seq === memoSeq)).toMatchObject({ type: 'inject.release', injectId: 'memo' });
    expect(viewOf(s, bram.store).injects[0]).toMatchObject({ subject: { en: 'Memo' }, source: 'released', personal: true });
    expect(subjects(s, bram)).toContain('Leak:released');
    expect(subjects(s, anna)).toContain('Leak:released');
    expect(subjects(s, anna).join()).not.toMatch(/Memo/);
    expect(viewOf(s, projector).injects.map((i) => i.subject.en)).not.toContain('Memo');
    expect(subjects(s, t.facilitator)).toContain('Memo:released');
    expect(viewOf(s, t.facilitator).pending).toEqual([]);

    // Releasing it again is refused: it has reached the team.
    expect(await t.facilitator.getState().command({ type: 'inject.release', injectId: 'memo' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/already reached the team/),
    });
  });

  it('early, from the current stage: an inject its condition held back reaches the participants when released', async () => {
    const s = mini();
    const { t, anna, bram } = await seated(s);
    const all = [t.facilitator, anna.store, bram.store];
    // Patching keeps the attack stage's alert back (it comes only when nobody patched).
    const open = await t.facilitator.getState().command({ type: 'decision.open' });
    await caughtUp(all, open.ok ? open.seq : 0);
    const lock = await t.facilitator.getState().command({ type: 'decision.lock', optionId: 'patch', basis: 'facilitator' });
    expect(lock).toMatchObject({ ok: true });
    await caughtUp(all, lock.ok ? lock.seq : 0);
    expect(viewOf(s, anna.store).place).toBe('attack');
    expect(subjects(s, anna).join()).not.toMatch(/Alert/);
    expect(viewOf(s, t.facilitator).pending.map((p) => [p.id, p.manual])).toEqual([['alert', false]]);

    const r = await t.facilitator.getState().command({ type: 'inject.release', injectId: 'alert' });
    expect(r).toMatchObject({ ok: true });
    await caughtUp(all, r.ok ? r.seq : 0);
    for (const who of [anna, bram]) {
      expect(viewOf(s, who.store).injects[0], who.name).toMatchObject({ subject: { en: 'Alert' }, source: 'released', fresh: true });
    }
    // An inject of another stage is not released early.
    expect(await t.facilitator.getState().command({ type: 'inject.release', injectId: 'call' })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/stage "attack" has no inject "call"/),
    });
  });

  it('is the facilitator’s to do: a participant’s release is refused, the log stays, and nobody sees the inject', async () => {
    const s = withManualInjects();
    const { t, anna, bram } = await seated(s);
    const seq = t.facilitator.getState().seq;
    for (const who of [anna, bram]) {
      const own = await who.store.getState().command({ type: 'inject.release', injectId: 'memo' });
      expect(own, who.name).toMatchObject({ ok: false, code: 'forbidden', message: expect.stringMatching(/only the facilitator/) });
    }
    // A later event from the facilitator arrives with the next seq: nothing was appended in between.
    const open = await t.facilitator.getState().command({ type: 'decision.open' });
    expect(open).toMatchObject({ ok: true, seq: seq + 1 });
    await waitFor(bram.store, (st) => st.seq === seq + 1);
    expect(bram.client.snapshot.events.map((e) => e.type)).not.toContain('inject.release');
    expect(subjects(s, bram).join()).not.toMatch(/Memo|Leak/);
    expect(viewOf(s, t.facilitator).pending.map((p) => p.id)).toEqual(['leak', 'memo']);
  });
});
