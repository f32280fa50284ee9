// Time travel: the play screen as it was after any event of a session, for the debrief's replay and the projector.
// A view of the log and nothing else: each moment is the live state after a prefix of the events, folded once.
import type { EventType } from './events.ts';
import type { Scenario } from './schema.ts';
import { applyEvent, gameOf, type Live, type Session, start } from './session.ts';
import { type PlayView, type Viewer, viewFor } from './view.ts';

/** One moment of the replay: after `step` events (0 = before the first). */
export type Moment = {
  step: number;
  /** The event that led to this moment; null for the start. */
  seq: number | null;
  type: EventType | null;
  /** Wall-clock time of that event, when it carries one. */
  at: string | null;
  place: string;
  /** Simulated minutes at this moment. */
  clock: number;
  /** The option chosen or locked by this event. */
  optionId: string | null;
};

export type Travel = {
  moments: Moment[];
  /** The live state after `step` events (clamped to the log). */
  liveAt: (step: number) => Live;
  /** The play screen at `step` for a viewer. */
  viewAt: (step: number, viewer: Viewer) => PlayView;
};

/**
 * Fold the log once, keeping the live state after every event. Events that no longer fit the scenario end the replay
 * there: the moments cover what still replays.
 */
export function travel(s: Scenario, session: Session): Travel {
  let live = start(s, session);
  const lives: Live[] = [live];
  const moments: Moment[] = [
    { step: 0, seq: null, type: null, at: null, place: gameOf(live).place, clock: gameOf(live).context.clock, optionId: null },
  ];
  for (const event of session.events) {
    const next = applyEvent(s, live, event);
    if (!next.ok) break;
    live = next.live;
    lives.push(live);
    const game = gameOf(live);
    moments.push({
      step: lives.length - 1,
      seq: event.seq,
      type: event.type,
      at: 'at' in event && event.at !== undefined ? event.at : null,
      place: game.place,
      clock: game.context.clock,
      optionId: 'optionId' in event ? event.optionId : null,
    });
  }
  const liveAt = (step: number) => lives[Math.min(Math.max(Math.trunc(step), 0), lives.length - 1)] as Live;
  return { moments, liveAt, viewAt: (step, viewer) => viewFor(s, liveAt(step), viewer) };
}
