// Finished solo sessions of one scenario for the comparison and the after-action report: three strategies, the
// first with the debrief's material a real exercise adds (observations, an override, hot wash, plan rows, feedback).
import { planEvent } from '../../../src/engine/aar/plan';
import type { Scenario } from '../../../src/engine/play/schema';
import { apply, type EventInput, type Session } from '../../../src/engine/play/session';
import { plan, type Strategy } from './scenarios';

const AT = '2026-03-02T14:00:00.000Z';

/** Append events to a session as the app would, throwing on a refusal (a test's own data is wrong). */
export function addEvents(s: Scenario, session: Session, inputs: EventInput[]): Session {
  let current = session;
  for (const input of inputs) {
    const r = apply(s, current, input, AT);
    if (!r.ok) throw new Error(`${input.type}: ${r.reason.message}`);
    current = r.session;
  }
  return current;
}

/** A played session with its end, and for `rich` the material of a debrief, hot wash and feedback round. */
export function reportSession(s: Scenario, strategy: Strategy, rich = false): Session {
  const ended = addEvents(s, plan(s, 'nl', strategy).session, [{ type: 'session.end' }]);
  if (!rich) return ended;
  const [first, second] = s.objectives;
  const objectiveId = first?.id ?? '';
  return addEvents(s, ended, [
    { type: 'observation.add', objectiveId, text: 'Het team vroeg niet om een controle van de maatregel.', author: 'Evaluator' },
    ...(second
      ? [{ type: 'rating.override', objectiveId: second.id, rating: 'some', reason: 'De zorg lag langer stil dan nodig.' } as const]
      : []),
    { type: 'hotwash.item', kind: 'strength', text: 'Snel opgeschaald naar het crisisteam.', objectiveId },
    { type: 'hotwash.item', kind: 'improvement', text: 'Eerder overleggen met de zorgafdelingen.' },
    planEvent({
      row: 'r1',
      objectiveId,
      area: 'Maatregelen worden niet nagemeten',
      action: 'Na elke mitigatie een controle door een tweede beheerder, vastgelegd in het draaiboek.',
      capability: 'planning',
      organisation: 'Afdeling ICT',
      owner: 'Teamleider infrastructuur',
      start: '2026-04-01',
      due: '2026-06-30',
    }),
    planEvent({
      row: 'r2',
      objectiveId: second?.id ?? null,
      area: 'Afweging zorg en beveiliging duurde lang',
      action: 'Beslisboom voor het afsluiten van extern verkeer met de medisch manager oefenen.',
      capability: 'exercising',
      organisation: 'Crisisteam',
      owner: 'CISO',
      start: '2026-05-01',
      due: '2026-09-30',
    }),
    ...['Ann', 'Bram', 'Chris', 'Dewi'].map(
      (author, i): EventInput => ({
        type: 'feedback.submit',
        author,
        role: i % 2 ? 'ICT' : 'Crisisteam',
        strengths: ['Realistisch scenario', i % 2 ? 'Goede injects' : 'Duidelijke rollen'],
        improvements: [i < 2 ? 'Meer tijd voor de nabespreking' : 'Kortere berichten'],
        statements: { structured: 3 + (i % 3), realistic: 4 + (i % 2), roleClear: 2 + i, learned: 5 - (i % 2) },
      }),
    ),
  ]);
}
