// Appendix A, the improvement plan: one row per corrective action with the HSEEP columns, and (when the session can
// be written) a form to add, edit and remove rows; every change goes into the log as a `plan.item` event.
import { useId, useState } from 'react';
import type { Aar } from '../../../engine/aar/aar';
import type { PlanDraft, PlanRow } from '../../../engine/aar/plan';
import { capabilityElements } from '../../../engine/play/events';
import type { Language } from '../../../engine/play/schema';
import type { Translate } from './translate';

type Props = { aar: Aar; lang: Language; t: Translate; onPlanRow?: (draft: PlanDraft, remove: boolean) => string | null };

const blank = (): PlanDraft => ({
  row: `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
  objectiveId: null,
  area: '',
  action: '',
  capability: null,
  organisation: '',
  owner: '',
  start: null,
  due: null,
});

function PlanForm({
  draft,
  aar,
  lang,
  t,
  onSave,
  onCancel,
}: {
  draft: PlanDraft;
  aar: Aar;
  lang: Language;
  t: Translate;
  onSave: (d: PlanDraft) => string | null;
  onCancel: () => void;
}) {
  const id = useId();
  const [d, setD] = useState(draft);
  const [problem, setProblem] = useState('');
  const set = (patch: Partial<PlanDraft>) => setD({ ...d, ...patch });
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!d.action.trim()) return setProblem(t('aar.plan.needAction'));
    if (d.start && d.due && d.due < d.start) return setProblem(t('aar.plan.badDates'));
    const refused = onSave(d);
    setProblem(refused ? t('aar.plan.refused', { message: refused }) : '');
  };
  const text = (key: 'area' | 'action' | 'organisation' | 'owner', multiline = false) => (
    <div className="field">
      <label htmlFor={`${id}-${key}`}>{t(`aar.plan.${key}`)}</label>
      {multiline ? (
        <textarea id={`${id}-${key}`} rows={2} value={d[key]} onChange={(e) => set({ [key]: e.target.value })} />
      ) : (
        <input id={`${id}-${key}`} value={d[key]} onChange={(e) => set({ [key]: e.target.value })} />
      )}
    </div>
  );
  return (
    <form className="aar__plan-form aar__screen" aria-labelledby={`${id}-h`} onSubmit={submit} noValidate>
      <h3 id={`${id}-h`}>{t('aar.plan.formHeading')}</h3>
      <div className="aar__plan-grid">
        <div className="field">
          <label htmlFor={`${id}-objective`}>{t('aar.plan.objective')}</label>
          <select id={`${id}-objective`} value={d.objectiveId ?? ''} onChange={(e) => set({ objectiveId: e.target.value || null })}>
            <option value="">{t('aar.plan.noObjective')}</option>
            {aar.overview.objectives.map((o) => (
              <option key={o.id} value={o.id}>
                {o.text[lang]}
              </option>
            ))}
          </select>
        </div>
        {text('area', true)}
        {text('action', true)}
        <div className="field">
          <label htmlFor={`${id}-capability`}>{t('aar.plan.capability')}</label>
          <select
            id={`${id}-capability`}
            value={d.capability ?? ''}
            onChange={(e) => set({ capability: (e.target.value || null) as PlanDraft['capability'] })}
          >
            <option value="">{t('aar.plan.capabilities.none')}</option>
            {capabilityElements.map((c) => (
              <option key={c} value={c}>
                {t(`aar.plan.capabilities.${c}`)}
              </option>
            ))}
          </select>
        </div>
        {text('organisation')}
        {text('owner')}
        <div className="field">
          <label htmlFor={`${id}-start`}>{t('aar.plan.start')}</label>
          <input id={`${id}-start`} type="date" value={d.start ?? ''} onChange={(e) => set({ start: e.target.value || null })} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('aar.plan.due')}</label>
          <input id={`${id}-due`} type="date" value={d.due ?? ''} onChange={(e) => set({ due: e.target.value || null })} />
        </div>
      </div>
      <p role="alert" className="aar__problem">
        {problem}
      </p>
      <div className="aar__buttons">
        <button type="submit" className="button button-primary">
          {t('aar.plan.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('aar.plan.cancel')}
        </button>
      </div>
    </form>
  );
}

const draftOf = ({ label: _l, seq: _s, ...d }: PlanRow): PlanDraft => d;

export function PlanSection({ aar, lang, t, onPlanRow }: Props) {
  const [editing, setEditing] = useState<PlanDraft | null>(null);
  const [status, setStatus] = useState('');
  const course = aar.kind === 'course';
  const objective = (id: string | null) => aar.overview.objectives.find((o) => o.id === id)?.text[lang] ?? t('aar.plan.noObjective');
  const save = (d: PlanDraft) => {
    const refused = onPlanRow?.(d, false) ?? null;
    if (!refused) {
      setEditing(null);
      setStatus(t('aar.plan.saved'));
    }
    return refused;
  };
  return (
    <section className="aar__section aar__section--plan" aria-labelledby="aar-plan">
      <h2 id="aar-plan">{t('aar.plan.heading')}</h2>
      <p className="hint aar__screen">
        {onPlanRow ? t('aar.plan.intro') : t(aar.kind === 'course' ? 'aar.plan.readOnlyCourse' : 'aar.plan.readOnly')}
      </p>
      {aar.plan.length === 0 ? (
        <p>{t('aar.plan.empty')}</p>
      ) : (
        <table className="aar__table aar__plan aar__stack">
          <thead>
            <tr>
              {course && <th scope="col">{t('aar.plan.team')}</th>}
              <th scope="col">{t('aar.plan.objective')}</th>
              <th scope="col">{t('aar.plan.area')}</th>
              <th scope="col">{t('aar.plan.action')}</th>
              <th scope="col">{t('aar.plan.capability')}</th>
              <th scope="col">{t('aar.plan.organisation')}</th>
              <th scope="col">{t('aar.plan.owner')}</th>
              <th scope="col">{t('aar.plan.start')}</th>
              <th scope="col">{t('aar.plan.due')}</th>
              {onPlanRow && <td className="aar__screen" />}
            </tr>
          </thead>
          <tbody>
            {aar.plan.map((r, i) => (
              <tr key={`${r.label}-${r.row}`}>
                {course && <td data-label={t('aar.plan.team')}>{r.label}</td>}
                <td data-label={t('aar.plan.objective')}>{objective(r.objectiveId)}</td>
                <td data-label={t('aar.plan.area')}>{r.area}</td>
                <td data-label={t('aar.plan.action')}>{r.action}</td>
                <td data-label={t('aar.plan.capability')}>{r.capability ? t(`aar.plan.capabilities.${r.capability}`) : '—'}</td>
                <td data-label={t('aar.plan.organisation')}>{r.organisation}</td>
                <td data-label={t('aar.plan.owner')}>{r.owner}</td>
                <td data-label={t('aar.plan.start')} className="aar__nowrap">
                  {r.start ?? ''}
                </td>
                <td data-label={t('aar.plan.due')} className="aar__nowrap">
                  {r.due ?? ''}
                </td>
                {onPlanRow && (
                  <td className="aar__screen aar__row-actions">
                    <button type="button" className="button button-secondary" onClick={() => setEditing(draftOf(r))}>
                      {t('aar.plan.editRow', { n: i + 1 })}
                    </button>
                    <button type="button" className="button button-secondary" onClick={() => setStatus(onPlanRow(draftOf(r), true) ?? '')}>
                      {t('aar.plan.removeRow', { n: i + 1 })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {onPlanRow &&
        (editing ? (
          <PlanForm key={editing.row} draft={editing} aar={aar} lang={lang} t={t} onSave={save} onCancel={() => setEditing(null)} />
        ) : (
          <p className="aar__screen">
            <button type="button" className="button button-primary" onClick={() => setEditing(blank())}>
              {t('aar.plan.add')}
            </button>
          </p>
        ))}
      <p role="status" className="aar__screen">
        {status}
      </p>
    </section>
  );
}
