// "What if we had chosen …": every decision of the session with the options not taken; one click forks the session
// there and plays on as a new session (the engine keeps the parent unchanged inside the fork).
import { formatClock } from '../../engine/play/clock';
import type { ForkPoint } from '../../engine/play/fork';
import { optionOf } from '../../engine/play/lookup';
import type { Language, Scenario } from '../../engine/play/schema';
import type { Translate } from './format';

type Props = { scenario: Scenario; points: ForkPoint[]; lang: Language; t: Translate; onFork: (seq: number, optionId: string) => void };

export function WhatIf({ scenario, points, lang, t, onFork }: Props) {
  if (points.length === 0) return <p>{t('whatif.none')}</p>;
  const label = (p: ForkPoint) => {
    const chosen = optionOf(scenario, p.stageId, p.chosen ?? undefined);
    return chosen ? chosen.label[lang] : t('timeline.timeout');
  };
  return (
    <>
      <p className="hint">{t('whatif.intro')}</p>
      <ol className="whatif">
        {points.map((p) => (
          <li key={p.seq} className="whatif__point">
            <h3 className="whatif__stage">
              <time>{formatClock(scenario, p.clock, lang)}</time> {p.stageTitle[lang]}
            </h3>
            <p className="whatif__chosen">
              {t('whatif.chosen')}: <strong>{label(p)}</strong>
            </p>
            <ul className="whatif__options" aria-label={t('whatif.options', { stage: p.stageTitle[lang] })}>
              {p.alternatives.map((a) => (
                <li key={a.id}>
                  <button type="button" className="button button-secondary" disabled={!a.available} onClick={() => onFork(p.seq, a.id)}>
                    {t('whatif.button', { option: a.label[lang] })}
                  </button>
                  {!a.available && <span className="whatif__why">{a.unavailable?.[lang] ?? t('whatif.unavailable')}</span>}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </>
  );
}
