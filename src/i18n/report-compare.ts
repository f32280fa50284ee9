// Part of the 'report' namespace: the comparison of sessions side by side (`/compare`, a course's teams). Merged
// into the namespace by report.ts.
import type { Shape } from './shape';

const nl = {
  compare: {
    title: 'Sessies vergelijken',
    intro:
      'Kies twee of meer sessiebestanden (JSON, geëxporteerd vanuit de nabespreking) van hetzelfde scenario. Ze worden alleen in deze browser gelezen.',
    files: 'Sessiebestanden (JSON)',
    loaded: 'Geladen sessies',
    remove: '{{name}} weghalen',
    clear: 'Alles weghalen',
    home: 'Naar het begin',
    needTwo: 'Kies nog minstens één sessie van “{{scenario}}” om te vergelijken.',
    fileError: '{{file}}: {{message}}',
    otherScenario:
      '{{file}} is een sessie van scenario “{{other}}”, niet van “{{scenario}}”. Vergelijk alleen sessies van hetzelfde scenario; haal eerst de andere weg om dit scenario te vergelijken.',
    unknownScenario: '{{file}}: scenario “{{id}}” staat niet in deze Draaiboek.',
    doesNotFit: '{{file}}: {{message}}',
    errorsHeading: 'Niet geladen',
    splitsHeading: 'Waar de keuzes splitsten',
    noSplit: 'Alle sessies maakten dezelfde keuzes.',
    split: 'Beslissing {{n}}{{stage}}: ',
    branch: '{{sessions}} kozen {{option}}',
    branchOne: '{{sessions}} koos {{option}}',
    ended: '{{sessions}} waren al klaar',
    and: ' en ',
    timelineHeading: 'De routes op één tijdlijn',
    timelineCaption: 'Elke beslissing van elke sessie; ◆ markeert een splitsing.',
    decision: 'Beslissing',
    splitMark: '◆ splitsing',
    timeout: 'Tijd verstreken',
    notReached: '—',
    historical: 'Historische route',
    historicalIncomplete:
      'Het scenario noemt niet bij elke beslissing wat de echte organisatie deed; de historische route wacht daar af of stopt.',
    endingsHeading: 'Afloop',
    unfinished: 'Niet afgerond',
    chartsHeading: 'Scores per sessie',
    chartSummary: '{{metric}}, {{count}} lijnen. Aan het eind: {{ends}}.',
    showTable: 'Als tabel',
    step: 'Stap',
    start: 'begin',
    scrollTable: 'Tijdlijn van de sessies (scrollt zijwaarts)',
  },
} as const;

const en: Shape<typeof nl> = {
  compare: {
    title: 'Compare sessions',
    intro: 'Choose two or more session files (JSON, exported from the debrief) of the same scenario. They are read in this browser only.',
    files: 'Session files (JSON)',
    loaded: 'Sessions loaded',
    remove: 'Remove {{name}}',
    clear: 'Remove all',
    home: 'To the start',
    needTwo: 'Choose at least one more session of “{{scenario}}” to compare.',
    fileError: '{{file}}: {{message}}',
    otherScenario:
      '{{file}} is a session of scenario “{{other}}”, not of “{{scenario}}”. Compare sessions of one scenario only; remove the others first to compare this scenario.',
    unknownScenario: '{{file}}: scenario “{{id}}” is not in this Draaiboek.',
    doesNotFit: '{{file}}: {{message}}',
    errorsHeading: 'Not loaded',
    splitsHeading: 'Where the choices split',
    noSplit: 'Every session made the same choices.',
    split: 'Decision {{n}}{{stage}}: ',
    branch: '{{sessions}} chose {{option}}',
    branchOne: '{{sessions}} chose {{option}}',
    ended: '{{sessions}} had already ended',
    and: ' and ',
    timelineHeading: 'The paths on one timeline',
    timelineCaption: 'Every decision of every session; ◆ marks a split.',
    decision: 'Decision',
    splitMark: '◆ split',
    timeout: 'Time ran out',
    notReached: '—',
    historical: 'Historical path',
    historicalIncomplete:
      'The scenario does not say for every decision what the real organisation did; the historical path waits there or stops.',
    endingsHeading: 'Endings',
    unfinished: 'Not finished',
    chartsHeading: 'Scores per session',
    chartSummary: '{{metric}}, {{count}} lines. At the end: {{ends}}.',
    showTable: 'As a table',
    step: 'Step',
    start: 'start',
    scrollTable: 'Timeline of the sessions (scrolls sideways)',
  },
};

export default { nl, en };
