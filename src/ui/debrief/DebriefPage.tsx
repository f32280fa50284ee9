// The debrief as a page of its own (`/debrief/:saveId`): the finished game in the session store, in the app's frame.
// A game that has not ended yet has no debrief: the page hands back to play.
import { useEffect } from 'react';
import { isOwnScenario } from '../../store/ownScenarios';
import { useSessionStore } from '../../store/session';
import { Shell } from '../common/Shell';
import { useLang } from '../common/useLang';
import { DebriefScreen } from './DebriefScreen';

/** `onForked` gets the new save a what-if fork plays on in (its first moment is the consequence of the other option). */
export type DebriefPageProps = {
  onHome: () => void;
  onPlayAgain: (scenarioId: string) => void;
  onNotEnded: () => void;
  onForked: (saveId: string) => void;
  /** Opens the after-action report of this save. */
  onReport?: (saveId: string) => void;
};

export function DebriefPage({ onHome, onPlayAgain, onNotEnded, onForked, onReport }: DebriefPageProps) {
  const lang = useLang();
  const scenario = useSessionStore((s) => s.scenario);
  const session = useSessionStore((s) => s.session);
  const done = useSessionStore((s) => s.game?.done === true);
  const saveId = useSessionStore((s) => s.saveId);
  useEffect(() => {
    if (!done) onNotEnded();
  }, [done, onNotEnded]);
  if (!scenario || !session || !done) return null;
  const leave = (then: () => void) => () => {
    useSessionStore.getState().quit();
    then();
  };
  return (
    <Shell>
      <DebriefScreen
        scenario={scenario}
        session={session}
        lang={lang}
        embedScenario={isOwnScenario(scenario.id)}
        onHome={leave(onHome)}
        onPlayAgain={leave(() => onPlayAgain(scenario.id))}
        {...(onReport && saveId ? { onReport: () => onReport(saveId) } : {})}
        // A fork becomes the running game under a new save, which may already be at an ending (a last decision):
        // its play screen shows the consequence of the other option either way.
        onFork={(seq, optionId) => {
          const store = useSessionStore.getState();
          if (!store.fork(seq, optionId)) return false;
          const forked = useSessionStore.getState().saveId;
          if (forked) onForked(forked);
          return true;
        }}
        onOverride={(objectiveId, rating, reason) => useSessionStore.getState().overrideRating(objectiveId, rating, reason)}
        onFeedback={(answer, author) => useSessionStore.getState().submitFeedback(answer, author)}
      />
    </Shell>
  );
}
