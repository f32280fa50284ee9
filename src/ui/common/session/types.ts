// What App hands the facilitated screens: how to load a scenario by id and how to show the debrief at the end
// (the debrief is a sibling feature, so App composes it in).
import type { ReactNode } from 'react';
import type { Language, Scenario } from '../../../engine/play/schema';
import type { Session } from '../../../engine/play/session';

export type SessionDebrief = (props: {
  scenario: Scenario;
  session: Session;
  lang: Language;
  onHome: () => void;
  /** The facilitator's debrief only: a what-if for the whole room (the room follows to the fork). */
  onFork?: (seq: number, optionId: string) => boolean;
}) => ReactNode;

export type SessionScreenProps = {
  loadScenario: (id: string) => Promise<Scenario>;
  renderDebrief: SessionDebrief;
};
