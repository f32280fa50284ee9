// Notices at the top of the start screen: saves set aside (with a download), broken scenario files, and
// the outcome of a resume or file load that did not work.
import { useTranslation } from 'react-i18next';
import type { CatalogEntry, CatalogProblem } from '../../engine/play/catalog';
import { useSavesStore } from '../../store/saves';
import { DownloadLink } from '../common/DownloadLink';
import { useLang } from '../common/useLang';

export type StartNotice = {
  kind: 'unreadable' | 'unknown-scenario' | 'incompatible' | 'missing' | 'newer' | 'load-failed' | 'mismatch' | 'not-a-save';
  message: string;
  scenarioId?: string;
};

export function QuarantineNotices({ catalog }: { catalog: CatalogEntry[] }) {
  const { t } = useTranslation('start');
  const lang = useLang();
  const quarantined = useSavesStore((s) => s.quarantined);
  const forget = useSavesStore((s) => s.forget);
  if (quarantined.length === 0) return null;
  return (
    <section className="notice notice-warning" aria-labelledby="quarantine-heading">
      <h2 id="quarantine-heading">
        <span aria-hidden="true">⚠ </span>
        {t('quarantine.heading')}
      </h2>
      <ul className="notice-list">
        {quarantined.map((q) => {
          const title = catalog.find((c) => c.id === q.scenarioId)?.title[lang] ?? q.scenarioId;
          const file = `draaiboek-${q.scenarioId}-${(q.movedAt || 'save').slice(0, 10)}.json`;
          return (
            <li key={q.key}>
              <p>{t(`quarantine.${q.reason}`, { title, detail: q.detail })}</p>
              <p>{t('quarantine.advice')}</p>
              <div className="actions">
                <DownloadLink text={q.text} filename={file}>
                  {t('quarantine.download', { file })}
                </DownloadLink>
                <button type="button" className="button button-secondary" onClick={() => forget(q.key)}>
                  {t('quarantine.forget')}
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

export function ProblemNotices({ problems }: { problems: CatalogProblem[] }) {
  const { t } = useTranslation('start');
  if (problems.length === 0) return null;
  return (
    <section className="notice notice-error" aria-labelledby="problems-heading">
      <h2 id="problems-heading">
        <span aria-hidden="true">✕ </span>
        {t('problems.heading')}
      </h2>
      <p>{t('problems.intro')}</p>
      <ul className="notice-list">
        {problems.map((p) => (
          <li key={p.file}>
            <p className="mono">{p.file}</p>
            <ul className="findings">
              {p.findings.map((f) => (
                <li key={`${f.path}:${f.line}:${f.message}`}>
                  {f.line !== null && <span className="mono">{t('problems.line', { line: f.line })}</span>}
                  {f.path && <span className="mono"> {t('problems.path', { path: f.path })}</span>}
                  <span>: {f.message}</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function ErrorNotice({
  notice,
  catalog,
  onDismiss,
  onStartFresh,
}: {
  notice: StartNotice;
  catalog: CatalogEntry[];
  onDismiss: () => void;
  onStartFresh: (id: string) => void;
}) {
  const { t } = useTranslation('start');
  const { t: tc } = useTranslation('common');
  const lang = useLang();
  const entry = catalog.find((c) => c.id === notice.scenarioId);
  const text =
    notice.kind === 'load-failed' ? tc('loadFailed', { message: notice.message }) : t(`errors.${notice.kind}`, { message: notice.message });
  // The player reads what happened in their language; the validator's own words stay available for whoever helps.
  const technical = notice.kind === 'unreadable' || notice.kind === 'not-a-save' || notice.kind === 'mismatch';
  return (
    <div className="notice notice-error" role="alert">
      <h2>{t('errors.heading')}</h2>
      <p>{text}</p>
      {technical && (
        <details>
          <summary>{t('errors.details')}</summary>
          <p className="mono">{notice.message}</p>
        </details>
      )}
      <div className="actions">
        {entry &&
          (notice.kind === 'incompatible' || notice.kind === 'unreadable' || notice.kind === 'missing' || notice.kind === 'mismatch') && (
            <button type="button" className="button button-primary" onClick={() => onStartFresh(entry.id)}>
              {t('errors.startFresh', { title: entry.title[lang] })}
            </button>
          )}
        <button type="button" className="button button-secondary" onClick={onDismiss}>
          {t('errors.dismiss')}
        </button>
      </div>
    </div>
  );
}

/** Storage refused a write while the saves were listed (moving a damaged save aside, or migrating an old one). */
export function StorageNotice() {
  const { t } = useTranslation('start');
  const problem = useSavesStore((s) => s.problem);
  if (!problem) return null;
  return (
    <div className="notice notice-warning" role="status">
      <p>{t(`errors.${problem.kind}`)}</p>
    </div>
  );
}
