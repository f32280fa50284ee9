// The debrief as a page of its own (`/debrief/:saveId`): the finished game in the session store, in the app's frame.
// A game that has not ended yet has no debrief: the page hands back to play.
import { useEffect } from 'react';
import { isOwnScenario } from '../../store/ownScenarios';
import { useSessionStore } from '../../store/session';
import { Shell } from '../common/Shell';
import { useLang } from '../common/useLang';
import { DebriefScreen } from './DebriefScreen';

/** `onNotEnded` gets the save the store now holds: after a what-if fork that is the fork's new save. */
export type DebriefPageProps = {
  onHome: () => void;
  onPlayAgain: (scenarioId: string) => void;
  onNotEnded: (saveId: string | null) => void;
};

export function DebriefPage({ onHome, onPlayAgain, onNotEnded }: DebriefPageProps) {
  const lang = useLang();
  const scenario = useSessionStore((s) => s.scenario);
  const session = useSessionStore((s) => s.session);
  const done = useSessionStore((s) => s.game?.done === true);
  const saveId = useSessionStore((s) => s.saveId);
  useEffect(() => {
    if (!done) onNotEnded(saveId);
  }, [done, onNotEnded, saveId]);
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
        // A fork becomes the running game under a new save; the effect above then moves to its play screen.
        onFork={(seq, optionId) => useSessionStore.getState().fork(seq, optionId)}
        onOverride={(objectiveId, rating, reason) => useSessionStore.getState().overrideRating(objectiveId, rating, reason)}
      />
    </Shell>
  );
}
