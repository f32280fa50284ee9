// What a session screen shows before it can show the session: connecting, a refused link, or a failure.
import { useTranslation } from 'react-i18next';
import { Loading } from '../Loading';
import { Shell } from '../Shell';
import type { Connection } from './useConnection';
import './session.css';

export function Gate({ connection }: { connection: Exclude<Connection, { phase: 'ready' }> }) {
  const { t } = useTranslation('facilitate');
  return (
    <Shell>
      <div className="page">
        {connection.phase === 'connecting' ? (
          <>
            <h1>{t('gate.connecting')}</h1>
            <Loading />
          </>
        ) : (
          <div className="notice notice-error" role="alert">
            <h1>{t(connection.phase === 'refused' ? 'gate.refused' : 'gate.failed')}</h1>
            <p>{connection.message}</p>
            <p>
              <a href="/">{t('gate.home')}</a>
            </p>
          </div>
        )}
      </div>
    </Shell>
  );
}
