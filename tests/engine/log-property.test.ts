// Property (fast-check): random logs of legal events of every type give the same view, for every kind of viewer, and
// the same report whether the log is replayed at once or applied one event at a time as the store and a server do.
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventInput } from '../../src/engine/play/events';
import { buildReport } from '../../src/engine/play/report';
import type { Scenario } from '../../src/engine/play/schema';
import { applyEvent, gameOf, type Live, newSession, replay, type Session, start } from '../../src/engine/play/session';
import { timerState } from '../../src/engine/play/timer';
import { type Viewer, viewFor } from '../../src/engine/play/view';
import { loadFile } from './play';

const mini = loadFile(join(import.meta.dirname, '../fixtures/mini.yaml'));
const clockwork = loadFile(join(import.meta.dirname, 'fixtures/clockwork.yaml'));
const viewers: Viewer[] = [
  { kind: 'solo', role: 'ciso' },
  { kind: 'participant', role: 'comms', participantId: 'p2' },
  { kind: 'room' },
  { kind: 'facilitator' },
  { kind: 'observer' },
];

/** Every kind of event that could be sent now; the engine decides which of them it accepts. */
function candidates(s: Scenario, live: Live): EventInput[] {
  const game = gameOf(live);
  const stage = s.stages.find((x) => x.id === game.place);
  const options = stage?.decision.options.map((o) => o.id) ?? [];
  const round = live.decision?.round ?? 1;
  const firstInject = stage?.injects?.[0]?.id ?? 'none';
  const out: EventInput[] = [
    { type: 'decision.open' },
    { type: 'decision.timeout' },
    { type: 'session.undo' },
    { type: 'session.pause' },
    { type: 'session.resume' },
    { type: 'session.start' },
    { type: 'inject.release', injectId: firstInject },
    { type: 'inject.custom', kind: 'news', from: 'Omroep', subject: 'Storing', body: 'Ziekenhuizen melden problemen.' },
    { type: 'note.add', text: 'Opmerking', author: 'F', visibility: 'room' },
    { type: 'note.add', text: 'Alleen voor mij', author: 'F', visibility: 'facilitator' },
    { type: 'participant.join', participantId: 'p1', name: 'Anna', role: s.roles[0]?.id ?? 'x' },
    { type: 'participant.join', participantId: 'p2', name: 'Bram', role: s.roles[1]?.id ?? s.roles[0]?.id ?? 'x' },
    { type: 'tally.reveal', round },
    { type: 'observation.add', objectiveId: s.objectives[0]?.id ?? 'x', text: 'Goed overleg', author: 'O' },
    { type: 'rating.override', objectiveId: s.objectives[0]?.id ?? 'x', rating: 'some', reason: 'Te laat gemeld' },
    { type: 'feedback.submit', author: 'Anna', text: 'Leerzaam', score: 4 },
    { type: 'hotwash.item', kind: 'strength', text: 'Snel opgeschaald' },
    { type: 'plan.item', text: 'Uitwijkprocedure oefenen', owner: 'CISO' },
    { type: 'session.end' },
  ];
  for (const optionId of options) {
    out.push({ type: 'decision.choose', optionId });
    out.push({ type: 'decision.lock', optionId, basis: 'facilitator' });
    out.push({ type: 'decision.lock', optionId, basis: 'majority' });
    for (const participantId of ['p1', 'p2']) out.push({ type: 'vote.cast', participantId, optionId, confidence: 3, round });
  }
  return out;
}

/** Build a legal log from the picks: each pick chooses among the accepted candidates at that point. */
function generate(s: Scenario, header: Session, picks: number[]): Session {
  let live = start(s, header);
  let clock = Date.parse('2024-05-01T09:00:00.000Z');
  for (const pick of picks) {
    clock += 7000;
    const t = timerState(s, live.decision, header.timerMode);
    const accepted = candidates(s, live).flatMap((input) => {
      // A timeout is only accepted at its deadline: send it stamped then.
      const when = input.type === 'decision.timeout' && t.deadline !== null ? Math.max(clock, t.deadline) : clock;
      const r = applyEvent(s, live, { ...input, at: new Date(when).toISOString() } as EventInput);
      return r.ok ? [r] : [];
    });
    if (accepted.length === 0) break;
    const chosen = accepted[pick % accepted.length] as Extract<(typeof accepted)[number], { ok: true }>;
    live = chosen.live;
    clock = Math.max(clock, Date.parse(chosen.event.at ?? ''));
  }
  return live.session;
}

/** The same log applied one event at a time, each from the state the previous one left (fresh arrays every time). */
function oneByOne(s: Scenario, session: Session): Live {
  let live = start(s, session);
  for (const e of session.events) {
    const r = applyEvent(s, live, e);
    if (!r.ok) throw new Error(`event ${e.seq} refused one by one: ${r.reason.message}`);
    live = r.live;
  }
  return live;
}

describe.each([
  ['mini', mini],
  ['clockwork', clockwork],
] as const)('%s: replay at once equals applying one by one', (_name, s) => {
  it.each(['solo', 'majority'] as const)('in a %s session', (decisionMode) => {
    const header = newSession(s, { role: 'ciso', timerMode: 'realistic', decisionMode });
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 5, maxLength: 60 }), (picks) => {
        const session = generate(s, header, picks);
        const all = replay(s, session);
        expect(all.ok).toBe(true);
        if (!all.ok) return;
        const step = oneByOne(s, session);
        for (const viewer of viewers) expect(viewFor(s, step, viewer)).toEqual(viewFor(s, all.live, viewer));
        expect(buildReport(s, session, step)).toEqual(buildReport(s, session, all.live));
        expect(step.results).toEqual(all.live.results);
      }),
      { numRuns: 60 },
    );
  });

  it('the generated logs hold more than decisions: the property is not about choices alone', () => {
    const header = newSession(s, { role: 'ciso', timerMode: 'realistic', decisionMode: 'majority' });
    const types = new Set<string>();
    for (let seed = 0; seed < 40; seed++)
      for (const e of generate(
        s,
        header,
        Array.from({ length: 60 }, (_, i) => (i * 7919 + seed * 104729) % 997),
      ).events)
        types.add(e.type);
    expect(types.size).toBeGreaterThanOrEqual(12);
    expect(types).toContain('decision.lock');
    expect(types).toContain('vote.cast');
  });
});
