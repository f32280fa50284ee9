// Creating a facilitated session: scenario, language, timer mode and who decides (the facilitator, the majority of
// votes, or one role). On success the console opens at its secret link, which also carries the projector's and
// observer's keys. Without a session server it says plainly that facilitation needs `npm start`.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../engine/play/catalog';
import type { Language } from '../../engine/play/schema';
import { createSession } from '../../net/api';
import { serverPresent } from '../../net/links';
import type { DecisionMode } from '../../net/protocol';
import { consoleHash, keepConsoleLink } from '../../store/facilitated';
import { Shell } from '../common/Shell';
import { useLang } from '../common/useLang';
import './facilitate.css';

export type NewSessionScreenProps = { catalog: CatalogEntry[]; onCreated: (link: string) => void };

const timers = ['off', 'relaxed', 'realistic'] as const;
const modes: DecisionMode[] = ['facilitator', 'majority', 'role'];

export function NewSessionScreen({ catalog, onCreated }: NewSessionScreenProps) {
  const { t } = useTranslation('facilitate');
  const lang = useLang();
  const id = useId();
  const [server, setServer] = useState<'checking' | 'yes' | 'no'>('checking');
  const [scenarioId, setScenarioId] = useState(catalog[0]?.id ?? '');
  const [language, setLanguage] = useState<Language>(lang);
  const [timerMode, setTimerMode] = useState<(typeof timers)[number]>('relaxed');
  const [decisionMode, setDecisionMode] = useState<DecisionMode>('facilitator');
  const entry = catalog.find((c) => c.id === scenarioId);
  const [decidingRole, setDecidingRole] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void serverPresent().then((h) => live && setServer(h ? 'yes' : 'no'));
    return () => {
      live = false;
    };
  }, []);
  const role =
    decidingRole || entry?.roles.find((r) => r.id.includes('board') || r.id.includes('bestuur'))?.id || entry?.roles[0]?.id || '';

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await createSession({
      scenarioId,
      language,
      timerMode,
      decisionMode,
      ...(decisionMode === 'role' ? { decidingRole: role } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setProblem(r.message);
      return;
    }
    const link = `/f/${r.value.sessionId}${consoleHash(r.value.tokens)}`;
    keepConsoleLink(r.value.sessionId, link);
    onCreated(link);
  };

  return (
    <Shell>
      <div className="page">
        <h1>{t('new.heading')}</h1>
        <p className="lead">{t('new.intro')}</p>
        {server === 'no' && (
          <div className="notice notice-warning" role="status">
            <p>{t('new.noServer')}</p>
          </div>
        )}
        {server === 'yes' && (
          <form className="new-session" onSubmit={submit}>
            <div className="form-row">
              <label htmlFor={`${id}-scenario`}>{t('new.scenario')}</label>
              <select id={`${id}-scenario`} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
                {catalog.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.title[lang]}
                  </option>
                ))}
              </select>
            </div>
            <fieldset className="form-row">
              <legend>{t('new.language')}</legend>
              {(['nl', 'en'] as const).map((l) => (
                <label key={l} className="pick">
                  <input type="radio" name={`${id}-lang`} checked={language === l} onChange={() => setLanguage(l)} />{' '}
                  {t(`new.languages.${l}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="form-row">
              <legend>{t('new.timer')}</legend>
              {timers.map((m) => (
                <label key={m} className="pick">
                  <input type="radio" name={`${id}-timer`} checked={timerMode === m} onChange={() => setTimerMode(m)} />{' '}
                  {t(`new.timers.${m}`)}
                </label>
              ))}
            </fieldset>
            <fieldset className="form-row">
              <legend>{t('new.mode')}</legend>
              {modes.map((m) => (
                <label key={m} className="pick">
                  <input type="radio" name={`${id}-mode`} checked={decisionMode === m} onChange={() => setDecisionMode(m)} />{' '}
                  {t(`new.modes.${m}`)}
                </label>
              ))}
            </fieldset>
            {decisionMode === 'role' && entry && (
              <div className="form-row">
                <label htmlFor={`${id}-role`}>{t('new.decidingRole')}</label>
                <select id={`${id}-role`} value={role} onChange={(e) => setDecidingRole(e.target.value)}>
                  {entry.roles.map((r) => (
                    <option key={r.id} value={r.id}>
                      {r.name[lang]}
                    </option>
                  ))}
                </select>
              </div>
            )}
            {problem && (
              <p className="notice notice-error" role="alert">
                {t('new.failed', { message: problem })}
              </p>
            )}
            <button type="submit" className="button button-primary button-large" disabled={busy || !scenarioId}>
              {t('new.create')}
            </button>
          </form>
        )}
        <p>
          <a href="/">{t('gate.home')}</a>
        </p>
      </div>
    </Shell>
  );
}
