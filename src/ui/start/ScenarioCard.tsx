// One scenario on the start screen: what it is about, when the real incident happened, how long it takes,
// the roles, and which of its endings this browser has already found.
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../engine/play/catalog';
import { formatDate } from '../../engine/play/clock';
import type { Outcome } from '../../engine/play/schema';
import { useDiscoveriesStore } from '../../store/discoveries';
import { OutcomeBadge } from '../common/OutcomeBadge';
import { useLang } from '../common/useLang';

const none: string[] = [];
/** Best first; a local list so the start screen does not load the schema (and zod) at run time. */
const outcomes: Outcome[] = ['good', 'mixed', 'bad'];

export type ScenarioCardProps = {
  entry: CatalogEntry;
  hasSave: boolean;
  onPlay: (id: string) => void;
  /** The player points at or focuses Play: a hint to fetch what the next screen needs. */
  onPrepare?: (id: string) => void;
  /** An own scenario (loaded from a file): marked as such and removable. */
  own?: { fileName: string; onRemove: (id: string) => void };
};

export function ScenarioCard({ entry, hasSave, onPlay, onPrepare, own }: ScenarioCardProps) {
  const { t } = useTranslation('start');
  const { t: tc } = useTranslation('common');
  const lang = useLang();
  const found = useDiscoveriesStore((s) => s.found[entry.id] ?? none);
  const foundEndings = entry.endings.filter((e) => found.includes(e.id));
  const foundOutcomes = outcomes.filter((o) => foundEndings.some((e) => e.outcome === o));
  const titleId = `card-${entry.id}`;
  return (
    <article className={own ? 'card card--own' : 'card'} aria-labelledby={titleId}>
      {own && <p className="card-own">{t('own.marker')}</p>}
      <h3 id={titleId} className="card-title">
        {entry.title[lang]}
      </h3>
      <p className="card-teaser">{entry.teaser[lang]}</p>
      <dl className="facts">
        <div>
          <dt>{t('card.incident')}</dt>
          <dd>
            {formatDate(entry.incident.date, lang)}, {entry.incident.place[lang]}
          </dd>
        </div>
        <div>
          <dt>{t('card.playedAt')}</dt>
          <dd>{t('card.fictional', { hospital: entry.hospital })}</dd>
        </div>
        <div>
          <dt>{t('card.duration')}</dt>
          <dd>{tc('minutes', { from: entry.duration[0], to: entry.duration[1] })}</dd>
        </div>
        <div>
          <dt>{t('card.roles')}</dt>
          <dd>
            <ul className="role-list">
              {entry.roles.map((r) => (
                <li key={r.id}>{r.name[lang]}</li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>{t('card.endings')}</dt>
          <dd>
            {t('card.endingsFound', { found: foundEndings.length, total: entry.endings.length })}
            {foundOutcomes.length > 0 && (
              <ul className="badge-list">
                {foundOutcomes.map((o) => (
                  <li key={o}>
                    <OutcomeBadge outcome={o} />
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {hasSave && <p className="card-note">{t('card.hasSave')}</p>}
      <div className="card-actions">
        <button
          type="button"
          className="button button-primary"
          aria-label={t('card.playLabel', { title: entry.title[lang] })}
          onClick={() => onPlay(entry.id)}
          onPointerEnter={() => onPrepare?.(entry.id)}
          onFocus={() => onPrepare?.(entry.id)}
        >
          {t('card.play')}
          <span aria-hidden="true"> →</span>
        </button>
        {own && (
          <button
            type="button"
            className="button button-secondary"
            aria-label={t('own.removeLabel', { title: entry.title[lang] })}
            onClick={() => own.onRemove(entry.id)}
          >
            {t('own.remove')}
          </button>
        )}
      </div>
    </article>
  );
}
