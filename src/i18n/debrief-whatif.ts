// The debrief's what-if, side-by-side comparison and replay (time travel) strings, part of the 'debrief' namespace.
import type { Shape } from './shape';

const nl = {
  whatif: {
    heading: 'Wat als…',
    intro: 'Kies bij een beslissing een andere optie: je speelt vanaf daar verder als een nieuwe sessie. Deze sessie blijft zoals ze is.',
    chosen: 'Gekozen',
    options: 'Andere opties bij {{stage}}',
    button: 'Wat als we hadden gekozen: {{option}}',
    unavailable: 'Toen niet beschikbaar',
    none: 'Er zijn geen beslissingen om opnieuw te nemen.',
  },
  compare: {
    heading: 'Origineel en wat-als naast elkaar',
    split: 'Gesplitst bij {{stage}}: het origineel koos {{original}}, deze wat-als {{fork}}.',
    original: 'Origineel',
    fork: 'Deze wat-als',
    historical: 'Historische route',
    historicalIncomplete:
      'Het scenario noemt niet bij elke beslissing wat de echte organisatie deed; de historische route wacht daar af of stopt.',
    chartSummary: '{{metric}}: drie lijnen. Aan het eind: {{ends}}.',
  },
  replay: {
    heading: 'Terugspelen',
    slider: 'Moment in de sessie',
    previous: '◀ Vorige',
    next: 'Volgende ▶',
    screen: 'Het speelscherm op dit moment',
    step: 'Stap {{step}} van {{count}}',
    valuetext: 'Stap {{step}} van {{count}}: {{event}}',
    start: 'Begin',
    messages: 'Berichten ({{count}}), nieuw op dit moment:',
    metrics: 'Scores',
    votes: 'Stemmen',
    events: {
      'session.start': 'Sessie gestart',
      'decision.open': 'Beslissing geopend',
      'decision.choose': 'Keuze gemaakt',
      'decision.timeout': 'De tijd liep af',
      'decision.lock': 'Beslissing vastgelegd',
      'session.undo': 'Teruggedraaid',
      'session.pause': 'Gepauzeerd',
      'session.resume': 'Hervat',
      'session.end': 'Sessie beëindigd',
      'vote.cast': 'Stem uitgebracht',
      'note.add': 'Notitie',
      'rating.override': 'Beoordeling aangepast',
    },
  },
} as const;

const en: Shape<typeof nl> = {
  whatif: {
    heading: 'What if…',
    intro: 'Pick another option at a decision: you play on from there as a new session. This session stays as it is.',
    chosen: 'Chosen',
    options: 'Other options at {{stage}}',
    button: 'What if we had chosen: {{option}}',
    unavailable: 'Not available then',
    none: 'There are no decisions to take again.',
  },
  compare: {
    heading: 'Original and what-if side by side',
    split: 'Split at {{stage}}: the original chose {{original}}, this what-if {{fork}}.',
    original: 'Original',
    fork: 'This what-if',
    historical: 'Historical path',
    historicalIncomplete:
      'The scenario does not say for every decision what the real organisation did; the historical path waits there or stops.',
    chartSummary: '{{metric}}: three lines. At the end: {{ends}}.',
  },
  replay: {
    heading: 'Replay',
    slider: 'Moment in the session',
    previous: '◀ Previous',
    next: 'Next ▶',
    screen: 'The play screen at this moment',
    step: 'Step {{step}} of {{count}}',
    valuetext: 'Step {{step}} of {{count}}: {{event}}',
    start: 'Start',
    messages: 'Messages ({{count}}), new at this moment:',
    metrics: 'Scores',
    votes: 'Votes',
    events: {
      'session.start': 'Session started',
      'decision.open': 'Decision opened',
      'decision.choose': 'Choice made',
      'decision.timeout': 'Time ran out',
      'decision.lock': 'Decision locked',
      'session.undo': 'Undone',
      'session.pause': 'Paused',
      'session.resume': 'Resumed',
      'session.end': 'Session ended',
      'vote.cast': 'Vote cast',
      'note.add': 'Note',
      'rating.override': 'Rating overridden',
    },
  },
};

export default { nl, en };
