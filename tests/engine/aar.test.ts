// @vitest-environment node
// The after-action report and improvement plan: for one session and for a course of three, it holds every decision,
// the ratings with the decisions behind them, the observations and hot-wash items, the improvement plan as edited
// in the log, the participants and the feedback summary.
import { describe, expect, it } from 'vitest';
import { buildAar } from '../../src/engine/aar/aar';
import { summariseFeedback } from '../../src/engine/aar/feedback';
import { planEvent, planRemoval, planRows } from '../../src/engine/aar/plan';
import { buildReport } from '../../src/engine/play/report';
import type { Scenario } from '../../src/engine/play/schema';
import { addEvents } from '../e2e/support/report-sessions';
import { plan, seededScenarios } from '../e2e/support/scenarios';

const citrix = seededScenarios().find((s) => s.id === 'citrix-2020') as Scenario;

const played = plan(citrix, 'nl', 'historical').session;
const row = {
  row: 'r1',
  objectiveId: 'verify',
  area: 'Advies niet gecontroleerd',
  action: 'Controle na elke mitigatie',
  capability: 'planning',
  organisation: 'IT',
  owner: 'Hoofd IT',
  start: '2026-04-01',
  due: '2026-06-30',
} as const;
const session = addEvents(citrix, played, [
  { type: 'session.end' },
  { type: 'observation.add', objectiveId: 'verify', text: 'Geen controle gevraagd', author: 'Evaluator' },
  { type: 'rating.override', objectiveId: 'contain', rating: 'some', reason: 'De zorg liep te lang stil' },
  { type: 'hotwash.item', kind: 'strength', text: 'Snel opgeschaald', objectiveId: 'contain' },
  { type: 'hotwash.item', kind: 'improvement', text: 'Meer overleg met de zorg' },
  planEvent(row),
  planEvent({ ...row, row: 'r2', action: 'Weg te halen' }),
  planEvent({ ...row, owner: 'CISO' }),
  { type: 'plan.item', text: 'Oude rij zonder id', owner: 'Staf' },
  {
    type: 'feedback.submit',
    author: 'Ann',
    role: 'CISO',
    strengths: ['Realistisch'],
    improvements: ['Langer'],
    statements: { structured: 4, realistic: 5, roleClear: 3, learned: 5 },
  },
  {
    type: 'feedback.submit',
    author: 'Bob',
    role: 'IT',
    strengths: ['realistisch.', 'Goede injects'],
    improvements: [],
    statements: { structured: 2, realistic: 4 },
  },
  {
    type: 'feedback.submit',
    author: 'Ann',
    role: 'CISO',
    strengths: ['Realistisch'],
    improvements: ['Korter'],
    statements: { structured: 5, realistic: 5, roleClear: 4, learned: 5 },
  },
]);
const removal = planRows('x', session.events).find((r) => r.row === 'r2');
const final = addEvents(citrix, session, removal ? [planRemoval(removal)] : []);

describe('the after-action report of one session', () => {
  const aar = buildAar(citrix, [{ label: 'Team 1', session: final }], { contact: ' ops@example.nl ', scope: '' });

  it('holds every decision of the session in order', () => {
    const decisions = aar.teams[0]?.decisions ?? [];
    expect(decisions).toHaveLength(10);
    expect(decisions.map((d) => d.option?.id)).toEqual(plan(citrix, 'nl', 'historical').steps.map((x) => x.optionId));
    expect(decisions.every((d) => d.historical === true || d.historical === null)).toBe(true);
  });

  it('rates every objective, keeps an override with its reason and ties strengths to the decisions that showed them', () => {
    expect(aar.kind).toBe('session');
    expect(aar.objectives.map((o) => o.id)).toEqual(citrix.objectives.map((o) => o.id));
    const contain = aar.objectives[1];
    expect(contain?.ratings[0]).toMatchObject({ label: 'Team 1', rating: 'some', reason: 'De zorg liep te lang stil' });
    const all = aar.objectives.flatMap((o) => [...o.strengths, ...o.improvements]);
    expect(all.length).toBeGreaterThan(0);
    for (const f of all) expect(aar.teams[0]?.decisions.some((d) => d.seq === f.seq)).toBe(true);
  });

  it('puts observations and hot-wash items under their objective, and general items apart', () => {
    expect(aar.objectives[0]?.observations).toEqual([{ label: 'Team 1', text: 'Geen controle gevraagd', author: 'Evaluator' }]);
    expect(aar.objectives[1]?.hotwash.map((h) => h.text)).toEqual(['Snel opgeschaald']);
    expect(aar.hotwash.map((h) => h.text)).toEqual(['Meer overleg met de zorg']);
  });

  it('holds the improvement plan as last edited: an edited row in its place, a removed one gone', () => {
    expect(aar.plan.map((r) => [r.row, r.action, r.owner, r.capability])).toEqual([
      ['r1', 'Controle na elke mitigatie', 'CISO', 'planning'],
      [expect.stringMatching(/^seq-/), 'Oude rij zonder id', 'Staf', null],
    ]);
  });

  it('summarises the feedback: the latest answer per person, means, spread and the most named points', () => {
    const f = aar.feedback;
    expect(f.responses).toBe(2);
    expect(f.roles).toEqual([
      { role: 'CISO', count: 1 },
      { role: 'IT', count: 1 },
    ]);
    expect(f.statements.find((x) => x.id === 'structured')).toEqual({
      id: 'structured',
      count: 2,
      mean: 3.5,
      distribution: [0, 1, 0, 0, 1],
    });
    expect(f.statements.find((x) => x.id === 'learned')).toMatchObject({ count: 1, mean: 5 });
    expect(f.strengths).toEqual([
      { text: 'Realistisch', count: 2 },
      { text: 'Goede injects', count: 1 },
    ]);
    expect(f.improvements).toEqual([{ text: 'Korter', count: 1 }]);
  });

  it('fills the overview from the scenario and takes the evaluator\u2019s own fields where given', () => {
    expect(aar.overview.contact).toBe('ops@example.nl');
    expect(aar.overview.scope).toBeNull();
    expect(aar.overview.organisations.hospital).toBe(citrix.setting.hospital);
    expect(aar.overview.objectives).toHaveLength(citrix.objectives.length);
    expect(aar.participants).toEqual([{ label: 'Team 1', name: 'Team 1', role: citrix.roles.find((r) => r.id === final.role)?.name }]);
  });
});

describe('the after-action report of a course', () => {
  const teams = (['historical', 'first', 'last'] as const).map((k, i) => ({
    label: `Team ${i + 1}`,
    session: plan(citrix, 'en', k).session,
  }));
  const aar = buildAar(citrix, teams);
  it('has one rating per team for each objective and every team\u2019s decisions', () => {
    expect(aar.kind).toBe('course');
    for (const o of aar.objectives) expect(o.ratings.map((r) => r.label)).toEqual(['Team 1', 'Team 2', 'Team 3']);
    expect(aar.teams.map((t) => t.decisions.length)).toEqual([10, 8, 10]);
  });
});

describe('the feedback summary', () => {
  it('is empty without answers', () => {
    const f = summariseFeedback([]);
    expect([f.responses, f.score.mean, f.statements.every((s) => s.mean === null)]).toEqual([0, null, true]);
  });

  it('counts respondents as the debrief does: two devices with the same name are two people, a resend is one', () => {
    const answer = { type: 'feedback.submit' as const, author: 'Sam', strengths: [], improvements: [], statements: { learned: 4 } };
    const room = addEvents(citrix, played, [
      { ...answer, by: 'p1' },
      { ...answer, by: 'p2', statements: { learned: 2 } },
      { ...answer, by: 'p1', statements: { learned: 5 } },
    ]);
    const report = buildAar(citrix, [{ label: 'Team 1', session: room }]).feedback;
    const debrief = buildReport(citrix, room).feedbackSummary;
    expect(report.responses).toBe(2);
    expect(debrief.respondents).toBe(2);
    expect(report.statements.find((x) => x.id === 'learned')).toEqual(debrief.statements.find((x) => x.id === 'learned'));
    expect(report.statements.find((x) => x.id === 'learned')?.distribution).toEqual([0, 1, 0, 0, 1]);
  });
});
