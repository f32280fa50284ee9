// The start screen's way into facilitated sessions: "Run an exercise" and "Join with a code", shown only when the
// session server answers; from a static host it says plainly that facilitation needs the server (`npm start`).
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'wouter';
import { serverPresent } from '../../net/links';

export function FacilitateEntry() {
  const { t } = useTranslation('start');
  const id = useId();
  const [, navigate] = useLocation();
  const [server, setServer] = useState<'checking' | 'yes' | 'no'>('checking');
  const [code, setCode] = useState('');
  useEffect(() => {
    let live = true;
    void serverPresent().then((h) => live && setServer(h ? 'yes' : 'no'));
    return () => {
      live = false;
    };
  }, []);
  const clean = code.toUpperCase().replace(/[\s-]/g, '');
  return (
    <section className="section facilitate-entry" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('facilitate.heading')}</h2>
      {server === 'no' && <p className="muted">{t('facilitate.noServer')}</p>}
      {server === 'yes' && (
        <div className="two-up">
          <div className="card-plain">
            <p>{t('facilitate.run')}</p>
            <Link href="/f" className="button button-primary">
              {t('facilitate.runButton')}
            </Link>
          </div>
          <form
            className="card-plain"
            onSubmit={(e) => {
              e.preventDefault();
              if (clean.length === 6) navigate(`/s/${clean}`);
            }}
          >
            <label htmlFor={`${id}-code`}>{t('facilitate.code')}</label>
            <div className="code-row">
              <input
                id={`${id}-code`}
                value={code}
                maxLength={8}
                autoCapitalize="characters"
                autoComplete="off"
                onChange={(e) => setCode(e.target.value)}
              />
              <button type="submit" className="button button-secondary" disabled={clean.length !== 6}>
                {t('facilitate.join')}
              </button>
            </div>
          </form>
        </div>
      )}
    </section>
  );
}
