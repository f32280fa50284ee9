// The debrief's what-if part: the comparison with the parent (for a fork), the replay of the log, and the decisions
// a what-if can start from. Kept out of DebriefScreen so that screen stays a list of sections.
import { type ReactNode, useMemo } from 'react';
import { compareFork, forkPoints } from '../../engine/play/fork';
import type { Rating } from '../../engine/play/report';
import type { Language, Scenario } from '../../engine/play/schema';
import { liveOf, type Session } from '../../engine/play/session';
import type { Viewer } from '../../engine/play/view';
import { ExerciseDocButtons } from '../common/ExerciseDocs';
import { Compare } from './Compare';
import './whatif.css';
import type { Translate } from './format';
import { Replay } from './Replay';
import { WhatIf } from './WhatIf';

export type WhatIfActions = {
  /** Fork at a decision and play on (solo: the store makes the fork the running session). */
  onFork?: (seq: number, optionId: string) => boolean;
  /** Override a rating with a reason (solo: the store; facilitated: the facilitator's or an observer's command). */
  onOverride?: (objectiveId: string, rating: Rating, reason: string) => boolean | Promise<boolean>;
};

type SectionComponent = (p: { id: string; title: string; children: ReactNode }) => ReactNode;

type Props = {
  scenario: Scenario;
  session: Session;
  lang: Language;
  t: Translate;
  Section: SectionComponent;
  onFork?: WhatIfActions['onFork'];
  /** Whose eyes the replay uses. */
  viewer?: Viewer;
  /** 'participant': only the situation manual (the guide gives away options, consequences and endings). */
  documents?: 'all' | 'participant';
};

export function WhatIfSections({ scenario, session, lang, t, Section, onFork, viewer, documents = 'all' }: Props) {
  const comparison = useMemo(() => compareFork(scenario, session), [scenario, session]);
  const points = useMemo(() => {
    const r = liveOf(scenario, session);
    return forkPoints(scenario, r.live);
  }, [scenario, session]);
  return (
    <>
      {comparison && (
        <Section id="compare" title={t('compare.heading')}>
          <Compare scenario={scenario} comparison={comparison} lang={lang} t={t} />
        </Section>
      )}
      <Section id="replay" title={t('replay.heading')}>
        <Replay scenario={scenario} session={session} lang={lang} t={t} {...(viewer ? { viewer } : {})} />
      </Section>
      <Section id="documents" title={t('documents.heading')}>
        <p className="hint">{t(documents === 'participant' ? 'documents.introParticipant' : 'documents.intro')}</p>
        <ExerciseDocButtons scenario={scenario} lang={lang} kinds={documents === 'participant' ? ['manual'] : ['manual', 'guide']} />
      </Section>
      {onFork && (
        <Section id="whatif" title={t('whatif.heading')}>
          <WhatIf scenario={scenario} points={points} lang={lang} t={t} onFork={(seq, optionId) => onFork(seq, optionId)} />
        </Section>
      )}
    </>
  );
}
