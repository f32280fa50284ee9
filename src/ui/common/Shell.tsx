// The frame around every screen: skip link, banner with product name and display controls, and footer.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../engine/schema';
import { useSettingsStore } from '../../store/settings';

/** Listed here, not imported from the schema, so the start screen does not pull in the validator. */
const languages: Language[] = ['nl', 'en'];

export function LanguageSwitch() {
  const { t } = useTranslation('common');
  const lang = useSettingsStore((s) => s.lang);
  const setLang = useSettingsStore((s) => s.setLang);
  return (
    <fieldset className="segmented">
      <legend className="segmented-legend">{t('language')}</legend>
      {languages.map((l) => (
        <button key={l} type="button" lang={l} aria-pressed={lang === l} onClick={() => setLang(l)}>
          {t(`languages.${l}`)}
        </button>
      ))}
    </fieldset>
  );
}

export function LargeTextToggle() {
  const { t } = useTranslation('common');
  const largeText = useSettingsStore((s) => s.largeText);
  const setLargeText = useSettingsStore((s) => s.setLargeText);
  return (
    <button type="button" className="toggle" aria-pressed={largeText} onClick={() => setLargeText(!largeText)}>
      <span className="toggle-icon" aria-hidden="true">
        A<span className="toggle-icon-big">A</span>
      </span>
      {t('largeText')}
    </button>
  );
}

export function Shell({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  const { t } = useTranslation('common');
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <header className="banner">
        <div className="banner-inner">
          <div className="brand">
            <span className="brand-mark" aria-hidden="true">
              <svg viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
                <path d="M4 3h11l5 5v13H4z" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
                <path d="M8 12h8M8 16h5M15 3v5h5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinejoin="round" />
              </svg>
            </span>
            <span className="brand-text">
              <span className="brand-name">{t('appName')}</span>
              <span className="brand-tagline">{t('tagline')}</span>
            </span>
          </div>
          <div className="banner-controls">
            <LanguageSwitch />
            <LargeTextToggle />
          </div>
        </div>
        {banner}
      </header>
      <main id="content" className="content" tabIndex={-1}>
        {children}
      </main>
      <footer className="footer">
        <p>{t('footer')}</p>
      </footer>
    </div>
  );
}
