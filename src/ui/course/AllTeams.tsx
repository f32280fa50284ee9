// The trainer's controls for every team at once: pause all, resume all, one message (inject.custom) to all teams,
// and adding a team (a late team follows the course's policy). Each answer is said in a status line, with the
// teams that refused and why.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { injectKinds } from '../../engine/play/schema';
import type { CommandResult, CourseCommand, CreatedTeam } from '../../net/course';

export type CommandOutcome = { ok: true; results: CommandResult[] } | { ok: false; message: string };
export type AddOutcome = { ok: true; team: CreatedTeam } | { ok: false; message: string };

/** What the last action came to, kept as data so it is said in the language shown now. */
type Said =
  | { kind: 'results'; ok: number; count: number; refused: CommandResult[] }
  | { kind: 'failed'; message: string }
  | { kind: 'added'; team: CreatedTeam };

export function AllTeams({
  onCommand,
  onAddTeam,
}: {
  onCommand: (c: CourseCommand) => Promise<CommandOutcome>;
  onAddTeam: (name: string) => Promise<AddOutcome>;
}) {
  const { t } = useTranslation('course');
  const id = useId();
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState<Said | null>(null);
  const [kind, setKind] = useState<(typeof injectKinds)[number]>('news');
  const [from, setFrom] = useState('');
  const [subject, setSubject] = useState('');
  const [body, setBody] = useState('');
  const [name, setName] = useState('');

  const run = async (c: CourseCommand): Promise<boolean> => {
    setBusy(true);
    const r = await onCommand(c);
    setBusy(false);
    if (!r.ok) {
      setSaid({ kind: 'failed', message: r.message });
      return false;
    }
    const refused = r.results.filter((x) => !x.ok);
    setSaid({ kind: 'results', ok: r.results.length - refused.length, count: r.results.length, refused });
    return refused.length < r.results.length;
  };

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await onAddTeam(name.trim());
    setBusy(false);
    if (!r.ok) return setSaid({ kind: 'failed', message: r.message });
    setName('');
    setSaid({ kind: 'added', team: r.team });
  };

  const lines = (s: Said): string[] => {
    if (s.kind === 'failed') return [t('all.failed', { message: s.message })];
    if (s.kind === 'added')
      return [
        s.team.prefix
          ? t('all.addedPrefix', { team: s.team.name, code: s.team.code, from: s.team.prefix.from })
          : t('all.added', { team: s.team.name, code: s.team.code }),
      ];
    return [
      t('all.done', { ok: s.ok, count: s.count }),
      ...s.refused.map((x) => t('all.refusedOne', { team: x.name, message: x.message ?? '' })),
    ];
  };
  const good = said?.kind === 'added' || (said?.kind === 'results' && said.refused.length === 0);

  return (
    <section className="panel all-teams" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('all.heading')}</h2>
      <div className="course-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void run({ event: { type: 'session.pause' } })}
        >
          {t('all.pause')}
        </button>
        <button
          type="button"
          className="button button-secondary"
          disabled={busy}
          onClick={() => void run({ event: { type: 'session.resume' } })}
        >
          {t('all.resume')}
        </button>
      </div>
      <div role="status" className={said ? `notice ${good ? 'notice-info' : 'notice-warning'}` : 'sr-only'}>
        {said && lines(said).map((l) => <p key={l}>{l}</p>)}
      </div>
      <div className="all-forms">
        <details className="course-more">
          <summary id={`${id}-inject`}>{t('all.inject')}</summary>
          <form
            className="inject-form"
            aria-labelledby={`${id}-inject`}
            onSubmit={(e) => {
              e.preventDefault();
              void run({ event: { type: 'inject.custom', kind, from: from.trim(), subject: subject.trim(), body: body.trim() } }).then(
                (ok) => {
                  if (ok) {
                    setSubject('');
                    setBody('');
                  }
                },
              );
            }}
          >
            <div className="form-row">
              <label htmlFor={`${id}-kind`}>{t('all.kind')}</label>
              <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as typeof kind)}>
                {injectKinds.map((k) => (
                  <option key={k} value={k}>
                    {t(`kinds.${k}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="form-row">
              <label htmlFor={`${id}-from`}>{t('all.from')}</label>
              <input id={`${id}-from`} value={from} maxLength={120} required onChange={(e) => setFrom(e.target.value)} />
            </div>
            <div className="form-row">
              <label htmlFor={`${id}-subject`}>{t('all.subject')}</label>
              <input id={`${id}-subject`} value={subject} maxLength={300} required onChange={(e) => setSubject(e.target.value)} />
            </div>
            <div className="form-row">
              <label htmlFor={`${id}-body`}>{t('all.body')}</label>
              <textarea id={`${id}-body`} value={body} rows={3} maxLength={4000} required onChange={(e) => setBody(e.target.value)} />
            </div>
            <button type="submit" className="button button-primary" disabled={busy || !from.trim() || !subject.trim() || !body.trim()}>
              {t('all.send')}
            </button>
          </form>
        </details>
        <details className="course-more">
          <summary id={`${id}-add`}>{t('all.addHeading')}</summary>
          <form className="add-team" aria-labelledby={`${id}-add`} onSubmit={add}>
            <div className="form-row">
              <label htmlFor={`${id}-name`}>{t('all.addName')}</label>
              <input id={`${id}-name`} value={name} maxLength={60} required onChange={(e) => setName(e.target.value)} />
            </div>
            <button type="submit" className="button button-secondary" disabled={busy || !name.trim()}>
              {t('all.add')}
            </button>
          </form>
        </details>
      </div>
    </section>
  );
}
