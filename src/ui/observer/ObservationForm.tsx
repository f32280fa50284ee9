// Recording an observation against one of the scenario's learning objectives; it goes into the debrief.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language, Scenario } from '../../engine/play/schema';

export function ObservationForm({
  scenario,
  lang,
  onAdd,
}: {
  scenario: Scenario;
  lang: Language;
  onAdd: (objectiveId: string, text: string) => Promise<boolean>;
}) {
  const { t } = useTranslation('facilitate');
  const id = useId();
  const [objectiveId, setObjectiveId] = useState(scenario.objectives[0]?.id ?? '');
  const [text, setText] = useState('');
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (text.trim() && objectiveId && (await onAdd(objectiveId, text.trim()))) setText('');
  };
  return (
    <form className="note-form" onSubmit={submit}>
      <div className="form-row">
        <label htmlFor={`${id}-objective`}>{t('observe.objective')}</label>
        <select id={`${id}-objective`} value={objectiveId} onChange={(e) => setObjectiveId(e.target.value)}>
          {scenario.objectives.map((o) => (
            <option key={o.id} value={o.id}>
              {o.text[lang]}
            </option>
          ))}
        </select>
      </div>
      <label htmlFor={`${id}-text`}>{t('observe.text')}</label>
      <textarea id={`${id}-text`} rows={3} maxLength={4000} value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="button button-primary" disabled={!text.trim()}>
        {t('observe.add')}
      </button>
    </form>
  );
}
