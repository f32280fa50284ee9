// The resume list: every saved game in this browser (several per scenario) with its moment, role, simulated time and
// when it was last played. Labels are validated by the saves store; formatting is guarded too, so no label can blank it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CatalogEntry } from '../../engine/play/catalog';
import { formatClock } from '../../engine/play/clock';
import { type SavedGame, useSavesStore } from '../../store/saves';
import { useLang } from '../common/useLang';

const locales = { nl: 'nl-NL', en: 'en-GB' } as const;

/** A formatted value, or null where the browser cannot format it. */
function safely(format: () => string): string | null {
  try {
    return format();
  } catch {
    return null;
  }
}

function SavedGameItem({
  save,
  entry,
  onResume,
}: {
  save: SavedGame;
  entry: CatalogEntry | undefined;
  onResume: (saveId: string) => void;
}) {
  const { t } = useTranslation('start');
  const lang = useLang();
  const discard = useSavesStore((s) => s.discard);
  const [confirming, setConfirming] = useState(false);
  const meta = save.meta;
  const title = meta?.scenarioTitle[lang] ?? entry?.title[lang] ?? save.scenarioId;
  const playable = entry !== undefined;
  const clock = meta && safely(() => formatClock({ start: meta.start }, meta.clock, lang));
  const lastPlayed =
    meta &&
    safely(() => new Intl.DateTimeFormat(locales[lang], { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(meta.savedAt)));
  const role = meta && entry?.roles.find((r) => r.id === meta.role)?.name[lang];
  const factsId = `save-${save.saveId}`;
  return (
    <li className="save">
      <div className="save-text">
        <h3 className="save-title">{title}</h3>
        <dl className="facts facts-inline" id={factsId}>
          <div>
            <dt>{t('saves.place')}</dt>
            <dd>
              {meta ? meta.placeTitle[lang] : t('saves.unknown')}
              {meta?.done && <span className="badge badge-neutral">{t('saves.finished')}</span>}
            </dd>
          </div>
          {role && (
            <div>
              <dt>{t('saves.role')}</dt>
              <dd>{role}</dd>
            </div>
          )}
          {clock && (
            <div>
              <dt>{t('saves.clock')}</dt>
              <dd>{clock}</dd>
            </div>
          )}
          {lastPlayed && (
            <div>
              <dt>{t('saves.lastPlayed')}</dt>
              <dd>{lastPlayed}</dd>
            </div>
          )}
        </dl>
      </div>
      <div className="save-actions">
        {confirming ? (
          <fieldset className="confirm">
            <legend>{t('saves.confirm')}</legend>
            <button
              type="button"
              className="button button-danger"
              aria-label={t('saves.confirmYesLabel', { title })}
              onClick={() => discard(save.saveId)}
            >
              {t('saves.confirmYes')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setConfirming(false)}>
              {t('saves.confirmNo')}
            </button>
          </fieldset>
        ) : (
          <>
            {playable && (
              <button
                type="button"
                className="button button-primary"
                aria-label={t(meta?.done ? 'saves.debriefLabel' : 'saves.resumeLabel', { title })}
                aria-describedby={factsId}
                onClick={() => onResume(save.saveId)}
              >
                {meta?.done ? t('saves.debrief') : t('saves.resume')}
              </button>
            )}
            <button
              type="button"
              className="button button-secondary"
              aria-label={t('saves.discardLabel', { title })}
              aria-describedby={factsId}
              onClick={() => setConfirming(true)}
            >
              {t('saves.discard')}
            </button>
          </>
        )}
      </div>
    </li>
  );
}

export function SavedGames({ catalog, onResume }: { catalog: CatalogEntry[]; onResume: (saveId: string) => void }) {
  const { t } = useTranslation('start');
  const saves = useSavesStore((s) => s.saves);
  return (
    <section className="section" aria-labelledby="saves-heading">
      <h2 id="saves-heading">{t('saves.heading')}</h2>
      <p className="muted">{t('saves.intro')}</p>
      {saves.length === 0 ? (
        <p>{t('saves.empty')}</p>
      ) : (
        <ul className="saves">
          {saves.map((s) => (
            <SavedGameItem key={s.saveId} save={s} entry={catalog.find((c) => c.id === s.scenarioId)} onResume={onResume} />
          ))}
        </ul>
      )}
    </section>
  );
}
