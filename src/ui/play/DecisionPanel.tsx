// The decision: the prompt and its options as numbered buttons (keys 1–9). Unavailable options stay in place,
// disabled, with the reason; the countdown runs above them when a timer applies.
import { useTranslation } from 'react-i18next';
import type { Language } from '../../engine/play/schema';
import type { TimerState } from '../../engine/play/timer';
import type { OptionView, StageView } from '../../engine/play/view';
import { Icon } from '../common/Icon';
import { Countdown } from './Countdown';
import { digitOf, useDigitKeys } from './useDigitKeys';

export type DecisionPanelProps = {
  stage: StageView;
  options: OptionView[];
  lang: Language;
  /** The decision timer from the log; `seconds` is null when none applies. */
  timer: TimerState;
  onChoose: (id: string) => void;
  onTimeout: () => void;
  /** The play bar's place for the compact countdown. */
  barSlot?: HTMLElement | null;
};

export function DecisionPanel({ stage, options, lang, timer, onChoose, onTimeout, barSlot }: DecisionPanelProps) {
  const timerSeconds = timer.seconds;
  const { t } = useTranslation('play');
  useDigitKeys(options, onChoose, true);
  return (
    <section className="decision" aria-labelledby="decision-heading">
      <h2 id="decision-heading">{t('decision.heading')}</h2>
      {timerSeconds !== null && <Countdown timer={timer} onExpire={onTimeout} barSlot={barSlot} />}
      <fieldset className="options-fieldset" aria-describedby="keys-help">
        <legend className="decision-prompt">{stage.prompt[lang]}</legend>
        <p className="muted small" id="keys-help">
          {t('decision.keys')}
        </p>
        <ol className="options">
          {options.map((o, i) => {
            const key = digitOf(i);
            const notes: string[] = [];
            if (o.hint) notes.push(`hint-${o.id}`);
            if (!o.available) notes.push(`why-${o.id}`);
            if (o.noDecision && timerSeconds !== null) notes.push(`wait-${o.id}`);
            return (
              <li key={o.id} className={o.available ? 'option-item' : 'option-item option-item-off'}>
                <button
                  type="button"
                  className="option"
                  disabled={!o.available}
                  onClick={() => onChoose(o.id)}
                  aria-describedby={notes.length ? notes.join(' ') : undefined}
                  aria-keyshortcuts={key ? String(key) : undefined}
                >
                  {key && <kbd className="key">{key}</kbd>} <span className="option-label">{o.label[lang]}</span>
                </button>
                {o.hint && (
                  <p className="option-note" id={`hint-${o.id}`}>
                    {o.hint[lang]}
                  </p>
                )}
                {!o.available && (
                  <p className="option-note option-why" id={`why-${o.id}`}>
                    <Icon name="lock" size={16} />
                    {o.unavailable ? t('decision.unavailable', { reason: o.unavailable[lang] }) : t('decision.unavailableNoReason')}
                  </p>
                )}
                {o.noDecision && timerSeconds !== null && (
                  <p className="option-note" id={`wait-${o.id}`}>
                    <Icon name="timer" size={16} />
                    {t('decision.wait')}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      </fieldset>
    </section>
  );
}
