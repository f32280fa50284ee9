// "Your progress" on the start screen: scenarios played, games and how many were finished, endings found and the best
// outcome per scenario, and time played, all from this browser's saves and found endings (see store/progress.ts).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../engine/play/catalog';
import { useDiscoveriesStore } from '../../store/discoveries';
import { progressOf } from '../../store/progress';
import { useSavesStore } from '../../store/saves';
import { OutcomeBadge } from '../common/OutcomeBadge';
import { useLang } from '../common/useLang';

export function ProgressSection({ catalog }: { catalog: CatalogEntry[] }) {
  const { t } = useTranslation('start');
  const lang = useLang();
  const saves = useSavesStore((s) => s.saves);
  const found = useDiscoveriesStore((s) => s.found);
  const progress = useMemo(() => progressOf(catalog, saves, found), [catalog, saves, found]);
  if (progress.scenarios.length === 0) return null;
  const time = (ms: number) => {
    const minutes = Math.round(ms / 60_000);
    if (minutes < 1) return t('progress.lessThanMinute');
    return minutes < 60 ? t('progress.minutes', { m: minutes }) : t('progress.hours', { h: Math.floor(minutes / 60), m: minutes % 60 });
  };
  return (
    <section className="section progress" aria-labelledby="progress-heading">
      <h2 id="progress-heading">{t('progress.heading')}</h2>
      <p className="muted">{t('progress.intro')}</p>
      <dl className="facts progress-totals">
        <div>
          <dt>{t('progress.totals')}</dt>
          <dd>
            {t('progress.scenarios', { count: progress.scenarios.length })} · {t('progress.games', { count: progress.games })}
          </dd>
        </div>
        <div>
          <dt>{t('progress.endingsLabel')}</dt>
          <dd>{t('progress.endings', { found: progress.endingsFound, total: progress.endingsTotal })}</dd>
        </div>
        <div>
          <dt>{t('progress.time')}</dt>
          <dd>{time(progress.timeMs)}</dd>
        </div>
      </dl>
      <ul className="progress-list">
        {progress.scenarios.map((p) => (
          <li key={p.id} className="progress-item">
            <h3>{p.entry.title[lang]}</h3>
            <dl className="facts">
              <div>
                <dt>{t('progress.gamesLabel')}</dt>
                <dd>{t('progress.finished', { finished: p.finished, games: p.games })}</dd>
              </div>
              <div>
                <dt>{t('progress.best')}</dt>
                <dd>{p.best ? <OutcomeBadge outcome={p.best} /> : t('progress.noBest')}</dd>
              </div>
              <div>
                <dt>{t('progress.time')}</dt>
                <dd>{time(p.timeMs)}</dd>
              </div>
              <div>
                <dt>{t('progress.endingsLabel')}</dt>
                <dd>{t('progress.endings', { found: p.endingsFound, total: p.endingsTotal })}</dd>
              </div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}
