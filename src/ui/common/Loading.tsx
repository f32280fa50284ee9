// A calm loading message while a lazily loaded screen or scenario arrives.
import { useTranslation } from 'react-i18next';

export function Loading() {
  const { t } = useTranslation('common');
  return (
    <p className="loading" role="status">
      <span className="loading-dot" aria-hidden="true" />
      {t('loading')}
    </p>
  );
}
