// Adding a note: the text, and (for the facilitator) whether the room may read it or only the facilitator's side.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';

export type NoteVisibility = 'room' | 'facilitator';

export function NoteForm({
  onAdd,
  visibilities,
}: {
  onAdd: (text: string, visibility: NoteVisibility) => Promise<boolean>;
  visibilities: NoteVisibility[];
}) {
  const { t } = useTranslation('facilitate');
  const id = useId();
  const [text, setText] = useState('');
  const [visibility, setVisibility] = useState<NoteVisibility>(visibilities[0] ?? 'facilitator');
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!text.trim()) return;
    if (await onAdd(text.trim(), visibility)) setText('');
  };
  return (
    <form className="note-form" onSubmit={submit}>
      <label htmlFor={`${id}-text`}>{t('notes.label')}</label>
      <textarea id={`${id}-text`} rows={3} value={text} maxLength={4000} onChange={(e) => setText(e.target.value)} />
      {visibilities.length > 1 && (
        <fieldset className="inline-choices">
          <legend>{t('notes.visibility')}</legend>
          {visibilities.map((v) => (
            <label key={v}>
              <input type="radio" name={`${id}-vis`} checked={visibility === v} onChange={() => setVisibility(v)} />{' '}
              {t(v === 'room' ? 'notes.forRoom' : 'notes.forFacilitator')}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" className="button button-secondary" disabled={!text.trim()}>
        {t('notes.add')}
      </button>
    </form>
  );
}
