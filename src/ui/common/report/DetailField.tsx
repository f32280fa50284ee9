// One field of the report's overview that the log does not know: an editor on screen (when editable), the value on
// paper; left empty it shows what the scenario says.
import { useId } from 'react';

type Props = {
  name: string;
  label: string;
  value: string;
  fallback: string;
  multiline: boolean;
  onChange?: (value: string) => void;
};

export function DetailField({ name, label, value, fallback, multiline, onChange }: Props) {
  const id = useId();
  const shown = value.trim() ? value : fallback;
  if (!onChange)
    return (
      <div>
        <dt>{label}</dt>
        <dd className="aar__value">{shown}</dd>
      </div>
    );
  return (
    <div className={`aar__detail aar__detail--${name}`}>
      <dt>
        <label htmlFor={id}>{label}</label>
      </dt>
      <dd>
        {multiline ? (
          <textarea
            id={id}
            className="aar__screen"
            rows={2}
            value={value}
            placeholder={fallback}
            onChange={(e) => onChange(e.target.value)}
          />
        ) : (
          <input id={id} className="aar__screen" value={value} placeholder={fallback} onChange={(e) => onChange(e.target.value)} />
        )}
        <span className="aar__print aar__value">{shown}</span>
      </dd>
    </div>
  );
}
