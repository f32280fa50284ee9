// How people get in: the join code, a QR code of the join link, the LAN links (or the HOST=0.0.0.0 advice when the
// server listens on this laptop only), and the projector and observer links. The facilitator's link is a secret.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { invite as fetchInvite } from '../../net/api';
import type { ConsoleKeys } from '../../net/links';
import type { Invite } from '../../net/protocol';
import { apiProblem } from '../common/session/refusalText';

export function InvitePanel({ sessionId, keys }: { sessionId: string; keys: ConsoleKeys }) {
  const { t } = useTranslation('facilitate');
  const [invite, setInvite] = useState<Invite | null>(null);
  const [problem, setProblem] = useState<{ status: number; message: string } | null>(null);
  useEffect(() => {
    let live = true;
    void fetchInvite(sessionId, keys.facilitator).then((r) => {
      if (!live) return;
      if (r.ok) setInvite(r.value);
      else setProblem(r);
    });
    return () => {
      live = false;
    };
  }, [sessionId, keys.facilitator]);
  const origin = window.location.origin;
  const projector = keys.projector ? `${origin}/p/${sessionId}#k=${keys.projector}${invite ? `&c=${invite.code}` : ''}` : null;
  const observer = keys.observer ? `${origin}/o/${sessionId}#k=${keys.observer}` : null;
  return (
    <section className="panel invite" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('invite.heading')}</h2>
      {problem && (
        <p className="notice notice-error" role="alert">
          {apiProblem(t, problem)}
        </p>
      )}
      {invite && (
        <>
          <p className="join-code-line">
            {t('invite.code')} <strong className="join-code">{invite.code}</strong>
          </p>
          {invite.qrSvg && (
            <img
              className="qr"
              src={`data:image/svg+xml;utf8,${encodeURIComponent(invite.qrSvg)}`}
              alt={t('invite.qr', { url: invite.joinUrls[0] })}
            />
          )}
          {invite.joinUrls.length > 0 ? (
            <ul className="plain-list">
              {invite.joinUrls.map((u) => (
                <li key={u}>
                  <a href={u}>{u}</a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="notice notice-warning">{invite.hint?.includes('HOST=0.0.0.0') ? t('invite.loopback') : invite.hint}</p>
          )}
        </>
      )}
      <h3>{t('invite.screens')}</h3>
      <ul className="plain-list">
        {projector && (
          <li>
            <a href={projector} target="_blank" rel="noreferrer">
              {t('invite.projector')}
            </a>
          </li>
        )}
        {observer && (
          <li>
            <a href={observer} target="_blank" rel="noreferrer">
              {t('invite.observer')}
            </a>
          </li>
        )}
      </ul>
      <details className="keep-link">
        <summary>{t('invite.keep')}</summary>
        <p className="small">{t('invite.keepWhy')}</p>
        <label className="small" htmlFor="facilitator-link">
          {t('invite.yourLink')}
        </label>
        <input
          id="facilitator-link"
          className="link-field"
          readOnly
          value={window.location.href}
          onFocus={(e) => e.currentTarget.select()}
        />
      </details>
    </section>
  );
}
