// The 'common' namespace: the app shell (header, footer, language and text-size controls, loading) in Dutch and English.

const nl = {
  appName: 'Draaiboek',
  tagline: 'Oefen een cyberincident in het ziekenhuis, in je eigen tempo',
  skipToContent: 'Naar de inhoud',
  settings: 'Weergave',
  language: 'Taal',
  languages: { nl: 'Nederlands', en: 'English' },
  largeText: 'Grote tekst',
  loading: 'Even geduld, het scenario wordt geladen…',
  footer:
    'Een oefening, geen echte gebeurtenis. De scenario’s zijn gebaseerd op openbare bronnen over echte incidenten. Je spel blijft in deze browser.',
  outcome: { good: 'Goede afloop', mixed: 'Gemengde afloop', bad: 'Slechte afloop' },
  minutes: '{{from}}–{{to}} min',
  loadFailed: 'Het scenario kon niet worden geladen: {{message}}',
};

const en: typeof nl = {
  appName: 'Draaiboek',
  tagline: 'Practise a hospital cyber incident at your own pace',
  skipToContent: 'Skip to content',
  settings: 'Display',
  language: 'Language',
  languages: { nl: 'Nederlands', en: 'English' },
  largeText: 'Large text',
  loading: 'One moment, loading the scenario…',
  footer: 'An exercise, not a real event. The scenarios are based on public sources about real incidents. Your game stays in this browser.',
  outcome: { good: 'Good outcome', mixed: 'Mixed outcome', bad: 'Bad outcome' },
  minutes: '{{from}}–{{to}} min',
  loadFailed: 'The scenario could not be loaded: {{message}}',
};

export const common = { nl, en };
export default common;
