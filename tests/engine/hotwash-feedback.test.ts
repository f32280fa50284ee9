// The hot wash and the feedback form in the log: which objective every screen shows, the items collected per
// objective (duplicates removed or merged), one feedback answer per respondent, and the numbers of its summary.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { EventInput } from '../../src/engine/play/events';
import { feedbackEntries, summariseFeedback } from '../../src/engine/play/feedback';
import { buildReport } from '../../src/engine/play/report';
import { apply, newSession, type Session } from '../../src/engine/play/session';
import { viewFor } from '../../src/engine/play/view';
import { loadFile } from './play';

const s = loadFile(join(import.meta.dirname, '../../scenarios/citrix-2020.yaml'));
const at = '2026-01-14T21:40:00.000Z';

function run(events: (EventInput & { by?: string })[], decisionMode: 'solo' | 'facilitator' = 'facilitator'): Session {
  let session = newSession(s, { role: s.roles[0]?.id ?? 'x', timerMode: 'off', decisionMode });
  for (const e of events) {
    const r = apply(s, session, e, at);
    if (!r.ok) throw new Error(`${e.type}: ${r.reason.message}`);
    session = r.session;
  }
  return session;
}

function refused(session: Session, e: EventInput) {
  const r = apply(s, session, e, at);
  return r.ok ? null : r.reason;
}

const [first, second] = s.objectives;
if (!first || !second) throw new Error('the scenario needs two objectives for these tests');

describe('hot wash', () => {
  it('moves every viewer to the objective the facilitator puts up, with its place in the list', () => {
    const session = run([{ type: 'session.end' }, { type: 'hotwash.focus', objectiveId: second.id }]);
    const r = apply(s, session, { type: 'hotwash.item', kind: 'strength', text: 'x', objectiveId: second.id }, at);
    if (!r.ok) throw new Error(r.reason.message);
    for (const viewer of [{ kind: 'room' }, { kind: 'facilitator' }, { kind: 'participant', role: 'x', participantId: 'p1' }] as const) {
      const view = viewFor(s, r.live, viewer);
      expect(view.hotwash.focus).toEqual({ id: second.id, text: second.text, index: 1, total: s.objectives.length });
      expect(view.hotwash.items.map((i) => i.text)).toEqual(['x']);
    }
  });

  it('closes when the focus names no objective, and refuses an objective the scenario lacks', () => {
    const session = run([{ type: 'session.end' }, { type: 'hotwash.focus', objectiveId: first.id }, { type: 'hotwash.focus' }]);
    const r = apply(s, session, { type: 'note.add', text: 'n', author: 'F', visibility: 'room' }, at);
    if (!r.ok) throw new Error(r.reason.message);
    expect(viewFor(s, r.live, { kind: 'room' }).hotwash.focus).toBeNull();
    expect(refused(session, { type: 'hotwash.focus', objectiveId: 'nope' })?.code).toBe('unknown-objective');
    expect(refused(session, { type: 'hotwash.item', kind: 'strength', text: 'x', objectiveId: 'nope' })?.code).toBe('unknown-objective');
  });

  it('removes a duplicate, or merges it into the item it repeats, and the report keeps the objective', () => {
    const session = run([
      { type: 'session.end' },
      { type: 'hotwash.focus', objectiveId: first.id },
      { type: 'hotwash.item', kind: 'strength', text: 'Snel opgeschaald', author: 'Anna', objectiveId: first.id }, // 3
      { type: 'hotwash.item', kind: 'strength', text: 'Snel opgeschaald!', author: 'Bram', objectiveId: first.id }, // 4
      { type: 'hotwash.item', kind: 'improvement', text: 'Logboek bijhouden', objectiveId: first.id }, // 5
      { type: 'hotwash.item', kind: 'improvement', text: 'Per ongeluk', author: 'Bram' }, // 6
      { type: 'hotwash.drop', item: 4, into: 3 },
      { type: 'hotwash.drop', item: 6 },
    ]);
    const report = buildReport(s, session);
    expect(report.hotwash).toEqual([
      { seq: 3, kind: 'strength', text: 'Snel opgeschaald', author: 'Anna', objective: { id: first.id, text: first.text }, merged: 1 },
      { seq: 5, kind: 'improvement', text: 'Logboek bijhouden', author: null, objective: { id: first.id, text: first.text }, merged: 0 },
    ]);
    expect(refused(session, { type: 'hotwash.drop', item: 4 })?.code).toBe('unknown-item');
    expect(refused(session, { type: 'hotwash.drop', item: 3, into: 3 })?.code).toBe('unknown-item');
    expect(refused(session, { type: 'hotwash.drop', item: 5, into: 99 })?.code).toBe('unknown-item');
  });

  it('carries a merge along when the item it went into is merged again', () => {
    const session = run([
      { type: 'hotwash.item', kind: 'strength', text: 'a' },
      { type: 'hotwash.item', kind: 'strength', text: 'b' },
      { type: 'hotwash.item', kind: 'strength', text: 'c' },
      { type: 'hotwash.drop', item: 2, into: 1 },
      { type: 'hotwash.drop', item: 1, into: 3 },
    ]);
    expect(buildReport(s, session).hotwash.map((i) => [i.text, i.merged])).toEqual([['c', 2]]);
  });
});

describe('feedback form', () => {
  const anna: EventInput & { type: 'feedback.submit'; by: string } = {
    type: 'feedback.submit',
    author: 'Anna',
    by: 'p1',
    role: 'CISO',
    strengths: ['Snelle opschaling', 'Heldere rollen'],
    improvements: ['Logboek'],
    statements: { structured: 4, realistic: 5, roleClear: 2, learned: 5 },
  };

  it('keeps one answer per participant: a resend replaces the first, in its place', () => {
    const session = run([
      { ...anna },
      { type: 'feedback.submit', author: 'Bram', by: 'p2', statements: { structured: 3 } },
      { ...anna, statements: { structured: 2, realistic: 4, roleClear: 3, learned: 4 }, strengths: ['Opnieuw'] },
    ]);
    const entries = feedbackEntries(session.events);
    expect(entries.map((e) => [e.author, e.seq])).toEqual([
      ['Anna', 3],
      ['Bram', 2],
    ]);
    expect(entries[0]?.strengths).toEqual(['Opnieuw']);
  });

  it('tells apart the paper forms a facilitator types in by name, and keeps older answers with only a score', () => {
    const session = run([
      { type: 'feedback.submit', author: 'Cor', by: 'facilitator', statements: { learned: 5 } },
      { type: 'feedback.submit', author: 'Dien', by: 'facilitator', statements: { learned: 3 } },
      { type: 'feedback.submit', author: 'Eva', text: 'Leerzaam', score: 4 },
    ]);
    const summary = summariseFeedback(feedbackEntries(session.events));
    expect(summary.respondents).toBe(3);
    expect(summary.statements.find((x) => x.id === 'learned')).toEqual({ id: 'learned', count: 2, mean: 4, distribution: [0, 0, 1, 0, 1] });
    expect(summary.score).toEqual({ count: 1, mean: 4, distribution: [0, 0, 0, 1, 0] });
    expect(summary.remarks).toEqual([{ text: 'Leerzaam', author: 'Eva' }]);
  });

  it('summarises counts, means and distributions per statement, roles, strengths and improvements', () => {
    const session = run([
      { ...anna },
      { type: 'feedback.submit', author: 'Bram', by: 'p2', role: 'CISO', statements: { structured: 5, realistic: 4, learned: 4 } },
      { type: 'feedback.submit', author: 'Cas', by: 'p3', improvements: ['Meer tijd', 'Kortere briefing', 'Pauze'] },
    ]);
    const summary = buildReport(s, session).feedbackSummary;
    expect(summary.respondents).toBe(3);
    expect(summary.roles).toEqual([
      { role: 'CISO', count: 2 },
      { role: null, count: 1 },
    ]);
    expect(summary.statements).toEqual([
      { id: 'structured', count: 2, mean: 4.5, distribution: [0, 0, 0, 1, 1] },
      { id: 'realistic', count: 2, mean: 4.5, distribution: [0, 0, 0, 1, 1] },
      { id: 'roleClear', count: 1, mean: 2, distribution: [0, 1, 0, 0, 0] },
      { id: 'learned', count: 2, mean: 4.5, distribution: [0, 0, 0, 1, 1] },
    ]);
    expect(summary.strengths.map((x) => x.text)).toEqual(['Snelle opschaling', 'Heldere rollen']);
    expect(summary.improvements).toHaveLength(4);
    expect(summary.score.mean).toBeNull();
  });

  it('rounds a mean to two decimals', () => {
    const session = run([
      { type: 'feedback.submit', author: 'A', by: 'p1', statements: { learned: 5 } },
      { type: 'feedback.submit', author: 'B', by: 'p2', statements: { learned: 4 } },
      { type: 'feedback.submit', author: 'C', by: 'p3', statements: { learned: 4 } },
    ]);
    expect(summariseFeedback(feedbackEntries(session.events)).statements.at(-1)?.mean).toBe(4.33);
  });

  it('shows a participant their own latest answer and nobody else’s', () => {
    const session = run([{ ...anna }, { type: 'feedback.submit', author: 'Bram', by: 'p2', statements: { structured: 1 } }]);
    const r = apply(s, session, { type: 'note.add', text: 'n', author: 'F', visibility: 'room' }, at);
    if (!r.ok) throw new Error(r.reason.message);
    expect(viewFor(s, r.live, { kind: 'participant', role: 'x', participantId: 'p1' }).myFeedback?.statements).toEqual(anna.statements);
    expect(viewFor(s, r.live, { kind: 'facilitator' }).myFeedback).toBeNull();
  });

  it('refuses more than three strengths and a statement outside 1–5, naming the field', () => {
    const session = run([]);
    expect(refused(session, { ...anna, strengths: ['a', 'b', 'c', 'd'] })?.message).toMatch(/strengths.*at most three/);
    expect(refused(session, { ...anna, statements: { learned: 6 } })?.message).toMatch(/statements\.learned/);
    expect(refused(session, { ...anna, statements: { fun: 3 } as never })?.code).toBe('invalid');
  });

  it('is accepted after the session has ended, in solo play too', () => {
    const session = run(
      [{ type: 'session.end' }, { type: 'feedback.submit', author: 'Ik', by: 'solo', statements: { learned: 5 } }],
      'solo',
    );
    expect(buildReport(s, session).feedbackSummary.respondents).toBe(1);
  });
});
