// The trainer's controls for every team at once: pause all, resume all, one message (inject.custom) to all teams,
// and adding a team (a late team follows the course's policy). Each answer is said in a status line, with the
// teams that refused and why.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { injectKinds } from '../../engine/play/schema';
import type { CommandResult, CourseCommand, CreatedTeam } from '../../net/course';

export type CommandOutcome = { ok: true; results: CommandResult[] } | { ok: false; message: string };
export type AddOutcome = { ok: true; team: CreatedTeam } | { ok: false; message: string };

type Said = { kind: 'ok' | 'error'; lines: string[] };

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
      setSaid({ kind: 'error', lines: [t('all.failed', { message: r.message })] });
      return false;
    }
    const refused = r.results.filter((x) => !x.ok);
    setSaid({
      kind: refused.length ? 'error' : 'ok',
      lines: [
        t('all.done', { ok: r.results.length - refused.length, count: r.results.length }),
        ...refused.map((x) => t('all.refusedOne', { team: x.name, message: x.message ?? '' })),
      ],
    });
    return refused.length < r.results.length;
  };

  const add = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await onAddTeam(name.trim());
    setBusy(false);
    if (!r.ok) return setSaid({ kind: 'error', lines: [t('all.failed', { message: r.message })] });
    setName('');
    const team = r.team;
    setSaid({
      kind: 'ok',
      lines: [
        team.prefix
          ? t('all.addedPrefix', { team: team.name, code: team.code, from: team.prefix.from })
          : t('all.added', { team: team.name, code: team.code }),
      ],
    });
  };

  return (
    <section className="panel all-teams" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('all.heading')}</h2>
      <div className="control-row">
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
      <div role="status" className={said ? `notice ${said.kind === 'ok' ? 'notice-info' : 'notice-warning'}` : 'sr-only'}>
        {said?.lines.map((l) => (
          <p key={l}>{l}</p>
        ))}
      </div>
      <div className="all-forms">
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
          <h3 id={`${id}-inject`}>{t('all.inject')}</h3>
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
        <form className="add-team" aria-labelledby={`${id}-add`} onSubmit={add}>
          <h3 id={`${id}-add`}>{t('all.addHeading')}</h3>
          <div className="form-row">
            <label htmlFor={`${id}-name`}>{t('all.addName')}</label>
            <input id={`${id}-name`} value={name} maxLength={60} required onChange={(e) => setName(e.target.value)} />
          </div>
          <button type="submit" className="button button-secondary" disabled={busy || !name.trim()}>
            {t('all.add')}
          </button>
        </form>
      </div>
    </section>
  );
}
