// i18next set-up: every UI string in Dutch and English, one resource file per namespace.
// The language follows the settings store, and <html lang> follows the language.
import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { useSettingsStore } from '../store/settings';
import common from './common';
import course from './course';
import debrief from './debrief';
import facilitate from './facilitate';
import hotwash from './hotwash';
import play from './play';
import refusal from './refusal';
import report from './report';
import setup from './setup';
import start from './start';

export const namespaces = ['common', 'start', 'setup', 'play', 'debrief', 'facilitate', 'hotwash', 'course', 'report', 'refusal'] as const;

const bundles = { common, start, setup, play, debrief, facilitate, hotwash, course, report, refusal };

void i18n.use(initReactI18next).init({
  resources: {
    nl: Object.fromEntries(Object.entries(bundles).map(([ns, b]) => [ns, b.nl])),
    en: Object.fromEntries(Object.entries(bundles).map(([ns, b]) => [ns, b.en])),
  },
  lng: useSettingsStore.getState().lang,
  fallbackLng: 'nl',
  ns: [...namespaces],
  defaultNS: 'common',
  interpolation: { escapeValue: false },
  initAsync: false,
  react: { useSuspense: false },
});

function showLanguage(lang: string): void {
  if (typeof document !== 'undefined') document.documentElement.lang = lang;
}
showLanguage(i18n.language);
i18n.on('languageChanged', showLanguage);

useSettingsStore.subscribe((s, before) => {
  if (s.lang !== before.lang || s.lang !== i18n.language) void i18n.changeLanguage(s.lang);
});

export default i18n;
