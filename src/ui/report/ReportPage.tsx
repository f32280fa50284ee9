// `/report/:saveId`: the after-action report and improvement plan of a finished solo session, opened from its debrief.
// The plan's rows go into the session's log; the overview's own fields are kept per save in this browser.
import { useCallback, useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExerciseDetails } from '../../engine/aar/aar';
import { type PlanDraft, planEvent, planRemoval } from '../../engine/aar/plan';
import { useReportDetailsStore } from '../../store/report-details';
import { useSessionStore } from '../../store/session';
import { AarActions } from '../common/report/AarActions';
import { AarDocument } from '../common/report/AarDocument';
import { Shell } from '../common/Shell';
import { useLang } from '../common/useLang';

export type ReportPageProps = { onDebrief: () => void };

const noDetails: Partial<ExerciseDetails> = {};

export function ReportPage({ onDebrief }: ReportPageProps) {
  const lang = useLang();
  const { t } = useTranslation('report');
  const scenario = useSessionStore((s) => s.scenario);
  const session = useSessionStore((s) => s.session);
  const saveId = useSessionStore((s) => s.saveId);
  const details = useReportDetailsStore((s) => (saveId ? s.bySave[saveId] : undefined)) ?? noDetails;
  const setDetail = useReportDetailsStore((s) => s.setDetail);
  const sessions = useMemo(() => (session ? [{ label: t('aar.solo'), session }] : []), [session, t]);
  const onPlanRow = useCallback((draft: PlanDraft, remove: boolean) => {
    const store = useSessionStore.getState();
    if (store.writePlanRow(remove ? planRemoval(draft) : planEvent(draft))) return null;
    return useSessionStore.getState().rejection?.message ?? '?';
  }, []);
  useEffect(() => document.getElementById('aar-title')?.focus(), []);
  if (!scenario || !session || !saveId) return null;
  const stem = `${scenario.id}-${(session.events.at(-1)?.at ?? new Date().toISOString()).slice(0, 10)}-aar`;
  return (
    <Shell>
      <div className="page">
        <AarDocument
          scenario={scenario}
          sessions={sessions}
          lang={lang}
          details={details}
          onDetail={(field, value) => setDetail(saveId, field, value)}
          onPlanRow={onPlanRow}
        >
          {(aar, tr) => (
            <AarActions aar={aar} scenario={scenario} lang={lang} t={tr} stem={stem}>
              <button type="button" className="button button-secondary" onClick={onDebrief}>
                {tr('aar.back')}
              </button>
            </AarActions>
          )}
        </AarDocument>
      </div>
    </Shell>
  );
}

export default ReportPage;
