// The frame around every screen: skip link, banner with product name and display controls, and footer.
// A screen's own bar (the play bar) sits under the banner and stays in view while the page scrolls.
import { type ReactNode, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'wouter';
import type { Language } from '../../engine/play/schema';
import { useSettingsStore } from '../../store/settings';
import { isSessionPath } from '../paths';

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

/**
 * Keeps a screen's bar in view: the header sticks with its top part (product name, controls) scrolled away, and
 * the page's scroll padding leaves room for the bar so a focused element never hides under it. The sizes come from a
 * ResizeObserver, which reports after the browser's own layout: reading them while the screen mounted forced a whole
 * extra layout (and a second render) between the Start key and the first stage on screen.
 */
function useStickyBar(sticky: boolean) {
  const header = useRef<HTMLElement>(null);
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const whole = header.current;
    const part = top.current;
    if (!sticky || !whole || !part || typeof ResizeObserver === 'undefined') return;
    const root = document.documentElement;
    const place = () => {
      const lift = part.offsetHeight;
      whole.style.top = `${-lift}px`;
      // Scroll padding on the root only: a custom property there would restyle the whole page.
      root.style.scrollPaddingTop = `calc(${whole.offsetHeight - lift}px + 0.75rem)`;
    };
    const observer = new ResizeObserver(place);
    observer.observe(whole);
    observer.observe(part);
    return () => {
      observer.disconnect();
      whole.style.top = '';
      root.style.removeProperty('scroll-padding-top');
    };
  }, [sticky]);
  return { header, top };
}

export function Shell({ children, banner }: { children: ReactNode; banner?: ReactNode }) {
  const { t } = useTranslation('common');
  const sticky = useStickyBar(banner !== undefined);
  const [location] = useLocation();
  return (
    <div className="shell">
      <a className="skip-link" href="#content">
        {t('skipToContent')}
      </a>
      <header className={banner === undefined ? 'banner' : 'banner banner-sticky'} ref={sticky.header}>
        <div className="banner-inner" ref={sticky.top}>
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
        {/* Solo play keeps everything in this browser; a facilitated session lives on the facilitator's server. */}
        <p>{t(isSessionPath(location) ? 'footerServer' : 'footer')}</p>
      </footer>
    </div>
  );
}
