// "Load a session file": continue a session exported as JSON from the debrief, or compare several (`/compare`).
import { type ChangeEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { readText } from '../common/scenario-file/readText';

export function LoadSessionFile({ onLoad }: { onLoad: (text: string) => Promise<void> }) {
  const { t } = useTranslation('start');
  const [busy, setBusy] = useState(false);
  const change = async (e: ChangeEvent<HTMLInputElement>) => {
    const input = e.currentTarget;
    const file = input.files?.[0];
    if (!file) return;
    setBusy(true);
    try {
      await onLoad(await readText(file));
    } finally {
      setBusy(false);
      input.value = '';
    }
  };
  return (
    <section className="section" aria-labelledby="load-heading">
      <h2 id="load-heading">{t('load.heading')}</h2>
      <p className="muted" id="load-help">
        {t('load.intro')}
      </p>
      <div className="field">
        <label htmlFor="session-file">{t('load.label')}</label>
        <input
          id="session-file"
          type="file"
          accept="application/json,.json"
          aria-describedby="load-help"
          onChange={change}
          disabled={busy}
        />
      </div>
      {busy && <p role="status">{t('load.busy')}</p>}
      <p className="muted">{t('load.compareIntro')}</p>
      <Link href="/compare" className="button button-secondary">
        {t('load.compare')}
      </Link>
    </section>
  );
}
