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
  footerServer:
    'Een oefening, geen echte gebeurtenis. De scenario’s zijn gebaseerd op openbare bronnen over echte incidenten. Deze oefening wordt bewaard op de server van de facilitator.',
  outcome: { good: 'Goede afloop', mixed: 'Gemengde afloop', bad: 'Slechte afloop' },
  minutes: '{{from}}–{{to}} min',
  loadFailed: 'Het scenario kon niet worden geladen: {{message}}',
  crash: {
    heading: 'Er ging iets mis op dit scherm',
    intro: 'Draaiboek kon dit scherm niet tonen. Dit ging er mis:',
    kept: 'Je opgeslagen spellen staan nog in deze browser; er is niets verwijderd.',
    download: 'Download deze sessie (JSON)',
    retry: 'Opnieuw proberen',
    home: 'Terug naar het begin',
  },
  notFound: {
    heading: 'Deze pagina bestaat niet',
    intro: 'Het adres {{path}} hoort bij geen enkel scherm van Draaiboek.',
  },
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
  footerServer:
    'An exercise, not a real event. The scenarios are based on public sources about real incidents. This exercise is kept on the facilitator’s server.',
  outcome: { good: 'Good outcome', mixed: 'Mixed outcome', bad: 'Bad outcome' },
  minutes: '{{from}}–{{to}} min',
  loadFailed: 'The scenario could not be loaded: {{message}}',
  crash: {
    heading: 'Something went wrong on this screen',
    intro: 'Draaiboek could not show this screen. This is what went wrong:',
    kept: 'Your saved games are still in this browser; nothing was deleted.',
    download: 'Download this session (JSON)',
    retry: 'Try again',
    home: 'Back to the start',
  },
  notFound: {
    heading: 'This page does not exist',
    intro: 'The address {{path}} belongs to no Draaiboek screen.',
  },
};

export const common = { nl, en };
export default common;
