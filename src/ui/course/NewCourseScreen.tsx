// /c: a trainer creates a course (name, scenario, language, timer, who decides in the facilitated teams, how many
// of them, and what a team that joins late does), and a team laptop joins a course with its code. Without a
// session server it says plainly that courses need `npm start`.
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../engine/play/catalog';
import type { Language } from '../../engine/play/schema';
import type { LateJoinPolicy } from '../../net/course';
import { createCourse, joinCourse } from '../../net/course-api';
import { consoleHash, serverPresent } from '../../net/links';
import type { DecisionMode } from '../../net/protocol';
import { keepConsoleLink } from '../../store/facilitated';
import { Shell } from '../common/Shell';
import { SessionFields, type TimerChoice } from '../common/session/SessionFields';
import { useLang } from '../common/useLang';
import '../common/session/session.css';
import './course.css';
import { apiProblem } from '../common/session/refusalText';

export type NewCourseScreenProps = { catalog: CatalogEntry[]; onOpen: (link: string) => void };

export function NewCourseScreen({ catalog, onOpen }: NewCourseScreenProps) {
  const { t } = useTranslation('course');
  const [server, setServer] = useState<'checking' | 'yes' | 'no'>('checking');
  useEffect(() => {
    let live = true;
    void serverPresent().then((h) => live && setServer(h ? 'yes' : 'no'));
    return () => {
      live = false;
    };
  }, []);
  return (
    <Shell>
      <div className="page">
        <h1>{t('new.heading')}</h1>
        <p className="lead">{t('new.intro')}</p>
        {server === 'no' && (
          <div className="notice notice-warning" role="status">
            <p>{t('facilitate:new.noServer')}</p>
          </div>
        )}
        {server === 'yes' && (
          <>
            <CreateForm catalog={catalog} onOpen={onOpen} />
            <LaptopForm onOpen={onOpen} />
          </>
        )}
        <p>
          <a href="/">{t('facilitate:gate.home')}</a>
        </p>
      </div>
    </Shell>
  );
}

function CreateForm({ catalog, onOpen }: NewCourseScreenProps) {
  const { t } = useTranslation('course');
  const { t: tf } = useTranslation('facilitate');
  const lang = useLang();
  const id = useId();
  const [name, setName] = useState('');
  const [scenarioId, setScenarioId] = useState(catalog[0]?.id ?? '');
  const [language, setLanguage] = useState<Language>(lang);
  const [timerMode, setTimerMode] = useState<TimerChoice>('relaxed');
  const [decisionMode, setDecisionMode] = useState<DecisionMode>('majority');
  const [decidingRole, setDecidingRole] = useState('');
  const [count, setCount] = useState(3);
  const [lateJoin, setLateJoin] = useState<LateJoinPolicy>('current');
  const [reference, setReference] = useState(1);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const entry = catalog.find((c) => c.id === scenarioId);
  const role = decidingRole || entry?.roles[0]?.id || '';
  const teams = Math.max(0, Math.min(30, count || 0));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await createCourse({
      name: name.trim(),
      scenarioId,
      language,
      timerMode,
      decisionMode,
      ...(decisionMode === 'role' ? { decidingRole: role } : {}),
      teams: Array.from({ length: teams }, (_, i) => ({ name: t('new.teamName', { n: i + 1 }) })),
      lateJoin,
      ...(lateJoin === 'current' ? { referenceTeam: Math.min(reference, Math.max(1, teams)) } : {}),
    });
    setBusy(false);
    if (!r.ok) return setProblem(apiProblem(t, r));
    onOpen(r.value.link);
  };

  return (
    <form className="course-form" onSubmit={submit} aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="sr-only">
        {t('new.heading')}
      </h2>
      <div className="form-row">
        <label htmlFor={`${id}-name`}>{t('new.name')}</label>
        <input id={`${id}-name`} value={name} maxLength={120} required onChange={(e) => setName(e.target.value)} />
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-scenario`}>{tf('new.scenario')}</label>
        <select id={`${id}-scenario`} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
          {catalog.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title[lang]}
            </option>
          ))}
        </select>
      </div>
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
      <div className="form-row">
        <label htmlFor={`${id}-count`}>{t('new.teams')}</label>
        <input
          id={`${id}-count`}
          type="number"
          min={0}
          max={30}
          value={count}
          aria-describedby={`${id}-count-hint`}
          onChange={(e) => setCount(Number(e.target.value))}
        />
        <p id={`${id}-count-hint`} className="muted">
          {t('new.teamsHint')}
        </p>
      </div>
      <fieldset className="form-row">
        <legend>{t('new.late')}</legend>
        <label className="pick">
          <input type="radio" name={`${id}-late`} checked={lateJoin === 'start'} onChange={() => setLateJoin('start')} />{' '}
          {t('new.lateStart')}
        </label>
        <label className="pick">
          <input
            type="radio"
            name={`${id}-late`}
            checked={lateJoin === 'current'}
            disabled={teams === 0}
            onChange={() => setLateJoin('current')}
          />{' '}
          {t('new.lateCurrent')}
        </label>
      </fieldset>
      {lateJoin === 'current' && teams > 0 && (
        <div className="form-row">
          <label htmlFor={`${id}-ref`}>{t('new.reference')}</label>
          <select id={`${id}-ref`} value={Math.min(reference, teams)} onChange={(e) => setReference(Number(e.target.value))}>
            {Array.from({ length: teams }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {t('new.teamName', { n })}
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
      <button
        type="submit"
        className="button button-primary button-large"
        disabled={busy || !scenarioId || !name.trim() || (lateJoin === 'current' && teams === 0)}
      >
        {t('new.create')}
      </button>
    </form>
  );
}

function LaptopForm({ onOpen }: { onOpen: (link: string) => void }) {
  const { t } = useTranslation('course');
  const id = useId();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const clean = code.toUpperCase().replace(/[\s-]/g, '');
  return (
    <form
      className="panel laptop-join"
      aria-labelledby={`${id}-h`}
      onSubmit={async (e) => {
        e.preventDefault();
        const r = await joinCourse({ code: clean, name: name.trim() });
        if (!r.ok) return setProblem(apiProblem(t, r));
        const team = r.value.team;
        const link = `/f/${team.sessionId}${consoleHash(team.tokens)}`;
        keepConsoleLink(team.sessionId, link);
        onOpen(link);
      }}
    >
      <h2 id={`${id}-h`}>{t('laptop.heading')}</h2>
      <p>{t('laptop.intro')}</p>
      <div className="form-row">
        <label htmlFor={`${id}-code`}>{t('laptop.code')}</label>
        <input
          id={`${id}-code`}
          value={code}
          maxLength={8}
          autoCapitalize="characters"
          autoComplete="off"
          onChange={(e) => setCode(e.target.value)}
        />
      </div>
      <div className="form-row">
        <label htmlFor={`${id}-name`}>{t('laptop.name')}</label>
        <input id={`${id}-name`} value={name} maxLength={60} onChange={(e) => setName(e.target.value)} />
      </div>
      {problem && (
        <p className="notice notice-error" role="alert">
          {t('laptop.failed', { message: problem })}
        </p>
      )}
      <button type="submit" className="button button-secondary" disabled={clean.length !== 6 || !name.trim()}>
        {t('laptop.join')}
      </button>
    </form>
  );
}
