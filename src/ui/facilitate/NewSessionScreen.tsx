// Creating a facilitated session: scenario, language, timer mode and who decides (the facilitator, the majority of
// votes, or one role). The scenario is a built-in one, an own scenario from this browser, or a file; an own one or a
// file is uploaded and checked by the server first, and its findings are shown as on the start screen. On success
// the console opens at its secret link, which also carries the projector's and observer's keys. Without a session
// server it says plainly that facilitation needs `npm start`.
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../engine/play/catalog';
import type { Language } from '../../engine/play/schema';
import { createSession, type UploadResult, uploadScenario } from '../../net/api';
import { consoleHash, serverPresent } from '../../net/links';
import type { DecisionMode, UploadedScenario, UploadFinding } from '../../net/protocol';
import { keepConsoleLink } from '../../store/facilitated';
import { useOwnScenariosStore } from '../../store/ownScenarios';
import { Shell } from '../common/Shell';
import { Findings } from '../common/scenario-file/Findings';
import * as texts from '../common/scenario-file/findingText';
import { readText } from '../common/scenario-file/readText';
import { SessionFields, type TimerChoice } from '../common/session/SessionFields';
import { useLang } from '../common/useLang';
import '../common/session/session.css';
import './facilitate.css';
import { apiProblem } from '../common/session/refusalText';

export type NewSessionScreenProps = {
  catalog: CatalogEntry[];
  onCreated: (link: string) => void;
  /** Sends a scenario file to the server's checker; tests hand in their own. */
  upload?: (text: string) => Promise<UploadResult>;
};

/** The scenario picked: a built-in id, `own:<id>` for an own scenario of this browser, or `file` for an uploaded file. */
type Choice = string;
const OWN = 'own:';
const FILE = 'file';

/** What the server said about the own scenario or file: being checked, refused with findings, or ready under a hash. */
type Check =
  | { kind: 'busy'; choice: Choice }
  | { kind: 'refused'; choice: Choice; file: string; findings: UploadFinding[]; message: string }
  | { kind: 'ready'; choice: Choice; file: string; uploaded: UploadedScenario };

const accept = '.yaml,.yml,.json,application/json,application/yaml,text/yaml';

export function NewSessionScreen({ catalog, onCreated, upload = uploadScenario }: NewSessionScreenProps) {
  const { t } = useTranslation('facilitate');
  const lang = useLang();
  const id = useId();
  const [server, setServer] = useState<'checking' | 'yes' | 'no'>('checking');
  const [choice, setChoice] = useState<Choice>(catalog[0]?.id ?? '');
  const [check, setCheck] = useState<Check | null>(null);
  const [fileCheck, setFileCheck] = useState<Extract<Check, { kind: 'ready' }> | null>(null);
  const own = useOwnScenariosStore((st) => st.entries);
  const refreshOwn = useOwnScenariosStore((st) => st.refresh);
  const fileInput = useRef<HTMLInputElement>(null);
  const [language, setLanguage] = useState<Language>(lang);
  const [timerMode, setTimerMode] = useState<TimerChoice>('relaxed');
  const [decisionMode, setDecisionMode] = useState<DecisionMode>('facilitator');
  const ready = check?.kind === 'ready' && check.choice === choice ? check.uploaded : null;
  const builtIn = catalog.find((c) => c.id === choice);
  const entry = builtIn ?? ready?.entry;
  const [decidingRole, setDecidingRole] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void serverPresent().then((h) => live && setServer(h ? 'yes' : 'no'));
    void refreshOwn();
    return () => {
      live = false;
    };
  }, [refreshOwn]);

  /** Upload a scenario's text for the given choice; the answer counts only while that choice is still picked. */
  const send = async (forChoice: Choice, file: string, text: string) => {
    setCheck({ kind: 'busy', choice: forChoice });
    const r = await upload(text);
    const next: Check = r.ok
      ? { kind: 'ready', choice: forChoice, file, uploaded: r.value }
      : { kind: 'refused', choice: forChoice, file, findings: r.findings, message: r.message };
    setCheck((now) => (now?.choice === forChoice ? next : now));
    if (next.kind === 'ready' && forChoice === FILE) setFileCheck(next);
    return next.kind === 'ready';
  };

  const pick = (next: Choice) => {
    setChoice(next);
    setProblem(null);
    if (next === FILE && fileCheck) setCheck(fileCheck);
    else if (next.startsWith(OWN)) {
      const id = next.slice(OWN.length);
      const file = own.find((o) => o.id === id)?.fileName ?? id;
      void useOwnScenariosStore
        .getState()
        .load(id)
        .then(async (scenario) => {
          if (scenario) await send(next, file, JSON.stringify(scenario));
          else
            setCheck({ kind: 'refused', choice: next, file, findings: [], message: `own scenario "${id}" is no longer in this browser` });
        });
    } else setCheck(null);
  };

  const takeFile = async (f: File) => {
    // A refused file leaves the list as it was (a file accepted before stays there), with the findings below it.
    const before = choice === FILE && !fileCheck ? (catalog[0]?.id ?? '') : choice;
    setChoice(FILE);
    setProblem(null);
    const accepted = await send(FILE, f.name, await readText(f));
    if (!accepted) setChoice(before);
    if (fileInput.current) fileInput.current.value = '';
  };
  const role =
    decidingRole || entry?.roles.find((r) => r.id.includes('board') || r.id.includes('bestuur'))?.id || entry?.roles[0]?.id || '';

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!builtIn && !ready) return;
    setBusy(true);
    const r = await createSession({
      ...(ready ? { scenarioId: ready.entry.id, scenarioHash: ready.hash } : { scenarioId: choice }),
      language,
      timerMode,
      decisionMode,
      ...(decisionMode === 'role' ? { decidingRole: role } : {}),
    });
    setBusy(false);
    if (!r.ok) {
      setProblem(apiProblem(t, r));
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
              <select id={`${id}-scenario`} value={choice} onChange={(e) => pick(e.target.value)}>
                <optgroup label={t('new.builtIn')}>
                  {catalog.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.title[lang]}
                    </option>
                  ))}
                </optgroup>
                {own.length > 0 && (
                  <optgroup label={t('new.own')}>
                    {own.map((o) => (
                      <option key={o.id} value={`${OWN}${o.id}`}>
                        {o.title[lang]}
                      </option>
                    ))}
                  </optgroup>
                )}
                {fileCheck && (
                  <option value={FILE}>
                    {t('new.uploadedOption', { title: fileCheck.uploaded.entry.title[lang], file: fileCheck.file })}
                  </option>
                )}
              </select>
            </div>
            <div className="form-row">
              <label htmlFor={`${id}-file`}>{t('new.file')}</label>
              <input
                id={`${id}-file`}
                ref={fileInput}
                type="file"
                accept={accept}
                aria-describedby={`${id}-file-help`}
                disabled={check?.kind === 'busy'}
                onChange={(e) => {
                  const f = e.currentTarget.files?.[0];
                  if (f) void takeFile(f);
                }}
              />
              <p className="muted" id={`${id}-file-help`}>
                {t('new.fileHelp')}
              </p>
            </div>
            <div className="upload-result" aria-live="polite">
              {check?.kind === 'busy' && <p role="status">{t('new.checking')}</p>}
              {check?.kind === 'ready' && check.choice === choice && (
                <p className="notice notice-info" role="status">
                  {t('new.checked', { title: check.uploaded.entry.title[lang] })}
                  {check.uploaded.warnings.length > 0 && ` ${t('new.warnings', { count: check.uploaded.warnings.length })}`}
                </p>
              )}
            </div>
            {check?.kind === 'refused' && (check.choice === choice || check.choice === FILE) && (
              <div className="notice notice-error" role="alert">
                <p>
                  <strong>
                    {check.findings.length > 0
                      ? t('new.refused', { file: check.file, count: check.findings.length })
                      : t('new.uploadFailed', { file: check.file, message: check.message })}
                  </strong>
                </p>
                {check.findings.length > 0 && (
                  <>
                    <Findings findings={check.findings} texts={texts} lang={lang} />
                    <p className="muted">{t('new.fixHint')}</p>
                  </>
                )}
              </div>
            )}
            <SessionFields
              id={id}
              entry={entry}
              lang={lang}
              language={language}
              timerMode={timerMode}
              decisionMode={decisionMode}
              role={role}
              onLanguage={setLanguage}
              onTimerMode={setTimerMode}
              onDecisionMode={setDecisionMode}
              onRole={setDecidingRole}
            />
            {problem && (
              <p className="notice notice-error" role="alert">
                {t('new.failed', { message: problem })}
              </p>
            )}
            <button type="submit" className="button button-primary button-large" disabled={busy || (!builtIn && !ready)}>
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
