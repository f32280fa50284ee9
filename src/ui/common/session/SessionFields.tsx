// The choices a session is made with, the same for a single session (/f) and for every team of a course (/c): the
// exercise's language, the decision timer, who decides, and the deciding role when one role decides.
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../../engine/play/catalog';
import type { Language } from '../../../engine/play/schema';
import type { DecisionMode } from '../../../net/protocol';

export const timerChoices = ['off', 'relaxed', 'realistic'] as const;
export type TimerChoice = (typeof timerChoices)[number];
const modes: DecisionMode[] = ['facilitator', 'majority', 'role'];

export type SessionChoices = { language: Language; timerMode: TimerChoice; decisionMode: DecisionMode; role: string };

type Props = SessionChoices & {
  /** Prefix for the fields' ids and radio group names (from useId). */
  id: string;
  entry: CatalogEntry | undefined;
  lang: Language;
  onLanguage: (l: Language) => void;
  onTimerMode: (m: TimerChoice) => void;
  onDecisionMode: (m: DecisionMode) => void;
  onRole: (role: string) => void;
};

export function SessionFields(p: Props) {
  const { t } = useTranslation('facilitate');
  return (
    <>
      <fieldset className="form-row">
        <legend>{t('new.language')}</legend>
        {(['nl', 'en'] as const).map((l) => (
          <label key={l} className="pick">
            <input type="radio" name={`${p.id}-lang`} checked={p.language === l} onChange={() => p.onLanguage(l)} />{' '}
            {t(`new.languages.${l}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="form-row">
        <legend>{t('new.timer')}</legend>
        {timerChoices.map((m) => (
          <label key={m} className="pick">
            <input type="radio" name={`${p.id}-timer`} checked={p.timerMode === m} onChange={() => p.onTimerMode(m)} />{' '}
            {t(`new.timers.${m}`)}
          </label>
        ))}
      </fieldset>
      <fieldset className="form-row">
        <legend>{t('new.mode')}</legend>
        {modes.map((m) => (
          <label key={m} className="pick">
            <input type="radio" name={`${p.id}-mode`} checked={p.decisionMode === m} onChange={() => p.onDecisionMode(m)} />{' '}
            {t(`new.modes.${m}`)}
          </label>
        ))}
      </fieldset>
      {p.decisionMode === 'role' && p.entry && (
        <div className="form-row">
          <label htmlFor={`${p.id}-role`}>{t('new.decidingRole')}</label>
          <select id={`${p.id}-role`} value={p.role} onChange={(e) => p.onRole(e.target.value)}>
            {p.entry.roles.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name[p.lang]}
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
