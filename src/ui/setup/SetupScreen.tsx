// Set-up before a game: the scenario's setting and learning objectives, the role to play, and the decision timer.
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../engine/play/clock';
import { prepareToPlay } from '../../engine/play/prepare';
import type { Scenario } from '../../engine/play/schema';
import { type TimerMode, timerModes } from '../../engine/play/session';
import { useSavesStore } from '../../store/saves';
import { useSessionStore } from '../../store/session';
import { useSettingsStore } from '../../store/settings';
import { whenIdle } from '../common/lazyScreen';
import { Shell } from '../common/Shell';
import { useFocusOnMount } from '../common/useFocusOnMount';
import { useLang } from '../common/useLang';
import './setup.css';

export type SetupScreenProps = { scenario: Scenario; focusHeading: boolean; onStarted: (saveId: string) => void; onBack: () => void };

export function SetupScreen({ scenario, focusHeading, onStarted, onBack }: SetupScreenProps) {
  const { t } = useTranslation('setup');
  const lang = useLang();
  const heading = useRef<HTMLHeadingElement>(null);
  useFocusOnMount(heading, focusHeading);
  const savedTimer = useSettingsStore((s) => s.timerMode);
  const setTimerMode = useSettingsStore((s) => s.setTimerMode);
  const [role, setRole] = useState(scenario.roles[0]?.id ?? '');
  const [timer, setTimer] = useState<TimerMode>(savedTimer);
  const existing = useSavesStore((s) => s.saves.find((x) => x.scenarioId === scenario.id));
  const start = useSessionStore((s) => s.start);
  // While the player reads the set-up, get the scenario ready to play (machine, hash, the engine's code warmed up),
  // so Start only has to open the first stage.
  useEffect(() => whenIdle(() => prepareToPlay(scenario)), [scenario]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTimerMode(timer);
    onStarted(start(scenario, { role, timerMode: timer }));
  };

  return (
    <Shell>
      <div className="page page-narrow">
        <p>
          <button type="button" className="link-button" onClick={onBack}>
            <span aria-hidden="true">← </span>
            {t('back')}
          </button>
        </p>
        <h1 ref={heading} tabIndex={-1}>
          {t('title', { title: scenario.title[lang] })}
        </h1>
        <p className="lead">{scenario.teaser[lang]}</p>
        <div className="setup-grid">
          <section className="panel" aria-labelledby="setting-heading">
            <h2 id="setting-heading">{t('setting')}</h2>
            <p className="muted">{t('hospital', { name: scenario.setting.hospital })}</p>
            <p>{scenario.setting.description[lang]}</p>
            <p className="muted">
              {t('basedOn', { date: formatDate(scenario.incident.date, lang), place: scenario.incident.place[lang] })}
            </p>
            <h2>{t('objectives')}</h2>
            <ul className="checklist">
              {scenario.objectives.map((o) => (
                <li key={o.id}>{o.text[lang]}</li>
              ))}
            </ul>
          </section>
          <form className="panel setup-form" onSubmit={submit}>
            <fieldset className="choices">
              <legend>{t('role.legend')}</legend>
              <p className="muted">{t('role.help')}</p>
              {scenario.roles.map((r) => (
                <div className="choice" key={r.id}>
                  <input
                    type="radio"
                    id={`role-${r.id}`}
                    name="role"
                    value={r.id}
                    checked={role === r.id}
                    onChange={() => setRole(r.id)}
                    aria-describedby={`role-${r.id}-desc`}
                  />
                  <label htmlFor={`role-${r.id}`} className="choice-label">
                    {r.name[lang]}
                  </label>
                  <p className="choice-hint" id={`role-${r.id}-desc`}>
                    {r.description[lang]}
                  </p>
                </div>
              ))}
            </fieldset>
            <fieldset className="choices">
              <legend>{t('timer.legend')}</legend>
              <p className="muted">{t('timer.help')}</p>
              {timerModes.map((m) => (
                <div className="choice" key={m}>
                  <input
                    type="radio"
                    id={`timer-${m}`}
                    name="timer"
                    value={m}
                    checked={timer === m}
                    onChange={() => setTimer(m)}
                    aria-describedby={`timer-${m}-desc`}
                  />
                  <label htmlFor={`timer-${m}`} className="choice-label">
                    {t(`timer.${m}`)}
                  </label>
                  <p className="choice-hint" id={`timer-${m}-desc`}>
                    {t(`timer.${m}Hint`)}
                  </p>
                </div>
              ))}
            </fieldset>
            {existing?.meta && <p className="callout">{t('keeps', { place: existing.meta.placeTitle[lang] })}</p>}
            <button type="submit" className="button button-primary button-large">
              {t('start')}
              <span aria-hidden="true"> →</span>
            </button>
          </form>
        </div>
      </div>
    </Shell>
  );
}
