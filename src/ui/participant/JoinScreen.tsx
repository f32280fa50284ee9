// Joining at /s/:code: the code's session (its roles), a display name and a role. The resume secret the server
// hands back is kept in this browser, so a reload or a locked phone returns to the same place without joining twice.

import type { TFunction } from 'i18next';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { join, joinInfo } from '../../net/api';
import type { JoinInfo } from '../../net/protocol';
import { keepSeat, type Seat } from '../../store/facilitated';
import { useSettingsStore } from '../../store/settings';
import { Loading } from '../common/Loading';
import { Shell } from '../common/Shell';
import { useLang } from '../common/useLang';

type Name = { nl: string; en: string };

/**
 * Why joining did not work, in the person's language: by the server's answer (an ended session, too many wrong
 * codes, no server at all), keeping the server's own words only where they name the field that was wrong.
 */
function joinProblem(r: { status: number; message: string }, code: string, t: TFunction<'facilitate'>): string {
  switch (r.status) {
    case 0:
      return t('join.offline');
    case 404:
      return t('join.unknown', { code });
    case 410:
      return t('join.ended');
    case 429:
      return t('join.tooMany');
    case 400:
      return t('join.invalid', { message: r.message });
    case 409:
      return t('join.refused');
    default:
      return r.message;
  }
}

export function JoinScreen({ code, onJoined }: { code: string; onJoined: (seat: Seat) => void }) {
  const { t } = useTranslation('facilitate');
  const lang = useLang();
  const id = useId();
  const [info, setInfo] = useState<JoinInfo | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    let live = true;
    void joinInfo(code).then((r) => {
      if (!live) return;
      if (r.ok) {
        // The exercise's language is the room's: the join screen and the session speak it unless the person switches.
        useSettingsStore.getState().setLang(r.value.language);
        setInfo(r.value);
      } else setProblem(joinProblem(r, code, t));
    });
    return () => {
      live = false;
    };
  }, [code, t]);
  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setBusy(true);
    const r = await join({ code, name, role });
    setBusy(false);
    if (!r.ok) {
      setProblem(joinProblem(r, code, t));
      return;
    }
    const seat = { ...r.value, code };
    keepSeat(seat);
    onJoined(seat);
  };
  return (
    <Shell>
      <div className="page page-narrow">
        <h1>{t('join.heading')}</h1>
        {problem && (
          <p className="notice notice-error" role="alert">
            {problem}
          </p>
        )}
        {!info && !problem && <Loading />}
        {info && (
          <form className="join-form" onSubmit={submit}>
            <p>{t('join.code', { code })}</p>
            <div className="form-row">
              <label htmlFor={`${id}-name`}>{t('join.name')}</label>
              <input id={`${id}-name`} autoComplete="name" maxLength={60} required value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <fieldset className="form-row">
              <legend>{t('join.role')}</legend>
              {info.roles.map((r) => (
                <label key={r.id} className="pick">
                  <input type="radio" name={`${id}-role`} required checked={role === r.id} onChange={() => setRole(r.id)} />{' '}
                  {(r.name as Name)[lang]}
                </label>
              ))}
            </fieldset>
            <button type="submit" className="button button-primary button-large" disabled={busy || !name.trim() || !role}>
              {t('join.submit')}
            </button>
          </form>
        )}
      </div>
    </Shell>
  );
}
