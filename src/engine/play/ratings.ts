// The four-point rating of each learning objective from a session's decisions, with the decisions behind it, an
// evaluator's override and the observations recorded for it. Used by the report; the after-action report reads it.
import type { Rating } from './events.ts';
import { indexOf } from './index.ts';
import type { OptionRef, PlaceRef, TimelineItem } from './report.ts';
import type { Outcome, Scenario, Text } from './schema.ts';
import type { Live } from './session.ts';

/** One decision behind a rating: where, what was taken, and whether it exercised the objective. */
export type RatingReason = { seq: number; stage: PlaceRef; option: OptionRef | null; performed: boolean; timeout: boolean };
export type ObjectiveResult = {
  id: string;
  text: Text;
  rating: Rating;
  performed: number;
  opportunities: number;
  /** The decisions behind the rating. */
  reasons: RatingReason[];
  /** The rating the engine worked out, when a facilitator or evaluator overrode it. */
  computed: Rating | null;
  override: { rating: Rating; reason: string; seq: number } | null;
  observations: { text: string; author: string; seq: number }[];
  /**
   * The session is still under way and no decision so far offered this objective: there is nothing to rate yet, and
   * screens say so instead of "unable to be performed" (which a team that has not got there has not earned).
   */
  notYet: boolean;
};

/**
 * Rates each objective from the counted (not undone) decisions, on the four-point exercise scale.
 * Opportunities = decisions where at least one option lists the objective; performed = those where the option taken
 * lists it (a timeout never counts as performed). The ending's outcome class stands for the metric outcome, since the
 * scenario routes to good/mixed/bad endings on those metrics:
 *   no opportunity or none taken → unable to be performed; every opportunity taken and a good ending → without challenges;
 *   every one taken, or at least half taken with an ending that is not bad → some challenges; otherwise → major challenges.
 * A `rating.override` event replaces the rating and keeps the computed one beside it.
 */
export function rateObjectives(s: Scenario, counted: TimelineItem[], outcome: Outcome | null, live: Live): ObjectiveResult[] {
  const decisions = counted.filter((i) => i.kind !== 'delayed');
  const index = indexOf(s);
  return s.objectives.map((o) => {
    const reasons: RatingReason[] = [];
    for (const d of decisions) {
      const options = index.stages.get(d.place.id)?.decision.options ?? [];
      if (!options.some((x) => x.objectives?.includes(o.id))) continue;
      const chosen = d.option ? index.options.get(d.place.id)?.get(d.option.id) : undefined;
      const timeout = d.kind === 'timeout';
      reasons.push({
        seq: d.seq,
        stage: d.place,
        option: d.option,
        timeout,
        performed: !timeout && chosen?.objectives?.includes(o.id) === true,
      });
    }
    const opportunities = reasons.length;
    const performed = reasons.filter((r) => r.performed).length;
    let rating: Rating = 'major';
    if (performed === 0) rating = 'not';
    else if (performed === opportunities && outcome === 'good') rating = 'performed';
    else if (performed === opportunities || (performed * 2 >= opportunities && outcome !== 'bad')) rating = 'some';
    let override: ObjectiveResult['override'] = null;
    const observations: ObjectiveResult['observations'] = [];
    for (const e of live.session.events) {
      if (e.type === 'rating.override' && e.objectiveId === o.id) override = { rating: e.rating, reason: e.reason, seq: e.seq };
      if (e.type === 'observation.add' && e.objectiveId === o.id) observations.push({ text: e.text, author: e.author, seq: e.seq });
    }
    return {
      id: o.id,
      text: o.text,
      rating: override?.rating ?? rating,
      computed: override ? rating : null,
      performed,
      opportunities,
      reasons,
      override,
      observations,
      notYet: opportunities === 0 && override === null && outcome === null && !live.ended,
    };
  });
}
