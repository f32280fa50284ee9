// The after-action report and improvement plan of a facilitated session, in the console after the end: the same
// report as solo play's /report page. Plan rows go into the session's log as the facilitator's plan.item events (so
// they are in every export); the overview's own fields are kept in this browser, per session.
import { useMemo } from 'react';
import type { ExerciseDetails } from '../../engine/aar/aar';
import { planEvent, planRemoval } from '../../engine/aar/plan';
import type { Language, Scenario } from '../../engine/play/schema';
import type { Session } from '../../engine/play/session';
import type { ProposedEvent } from '../../net/protocol';
import { useReportDetailsStore } from '../../store/report-details';
import { AarActions } from '../common/report/AarActions';
import { AarDocument } from '../common/report/AarDocument';

const noDetails: Partial<ExerciseDetails> = {};

type Props = { scenario: Scenario; session: Session; sessionId: string; lang: Language; send: (e: ProposedEvent) => void };

export function SessionReport({ scenario, session, sessionId, lang, send }: Props) {
  const details = useReportDetailsStore((s) => s.bySave[sessionId]) ?? noDetails;
  const setDetail = useReportDetailsStore((s) => s.setDetail);
  const sessions = useMemo(() => [{ label: scenario.title[lang], session }], [scenario, session, lang]);
  const stem = `${scenario.id}-${(session.events.at(-1)?.at ?? new Date().toISOString()).slice(0, 10)}-aar`;
  return (
    <AarDocument
      scenario={scenario}
      sessions={sessions}
      lang={lang}
      details={details}
      onDetail={(field, value) => setDetail(sessionId, field, value)}
      // The server's answer comes back as an event (or a refusal on the console); the form need not wait for it.
      onPlanRow={(draft, remove) => {
        send((remove ? planRemoval(draft) : planEvent(draft)) as ProposedEvent);
        return null;
      }}
    >
      {(aar, tr) => <AarActions aar={aar} scenario={scenario} lang={lang} t={tr} stem={stem} />}
    </AarDocument>
  );
}
