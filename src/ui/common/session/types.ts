// What App hands the facilitated screens: how to load a scenario by id and how to show the debrief at the end
// (the debrief is a sibling feature, so App composes it in).
import type { ReactNode } from 'react';
import type { Rating } from '../../../engine/play/report';
import type { Language, Scenario } from '../../../engine/play/schema';
import type { Session } from '../../../engine/play/session';
import type { Viewer } from '../../../engine/play/view';

/** `audience`: who looks at it; a participant's log lacks the others' feedback, so their debrief shows no summary. */
export type SessionDebrief = (props: {
  scenario: Scenario;
  session: Session;
  lang: Language;
  onHome: () => void;
  audience?: 'facilitator' | 'observer' | 'participant';
  /** The facilitator's debrief only: a what-if for the whole room (the room follows to the fork). */
  onFork?: (seq: number, optionId: string) => boolean;
  /** The facilitator's and an observer's debrief (the evaluators): override a rating with a reason; true once stored. */
  onOverride?: (objectiveId: string, rating: Rating, reason: string) => Promise<boolean>;
  /** Whose eyes the replay uses (a participant's: their messages, and the tally only once revealed). */
  viewer?: Viewer;
}) => ReactNode;

export type SessionScreenProps = {
  loadScenario: (id: string) => Promise<Scenario>;
  renderDebrief: SessionDebrief;
};
