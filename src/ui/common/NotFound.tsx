// An address that belongs to no screen (a mistyped or outdated link): say so and offer the way to the start.
import { useTranslation } from 'react-i18next';
import { Shell } from './Shell';

export function NotFound({ path, onHome }: { path: string; onHome: () => void }) {
  const { t } = useTranslation('common');
  return (
    <Shell>
      <div className="page page-narrow">
        <h1>{t('notFound.heading')}</h1>
        <p>{t('notFound.intro', { path })}</p>
        <p>
          <button type="button" className="button button-primary" onClick={onHome}>
            {t('crash.home')}
          </button>
        </p>
      </div>
    </Shell>
  );
}
