// The 'start' namespace: the start screen (scenario cards, saved games, loading a session file, notices).

const nl = {
  facilitate: {
    heading: 'Oefenen met een groep',
    noServer:
      'Een begeleide oefening (facilitator, beamer, deelnemers op hun telefoon) heeft de sessieserver nodig: start Draaiboek op de laptop van de facilitator met “npm start”.',
    run: 'Leid een oefening voor het crisisteam: de zaal doet mee op eigen telefoon of laptop.',
    runButton: 'Een oefening leiden',
    code: 'Meedoen met een code',
    join: 'Meedoen',
  },
  title: 'Oefen een cyberincident in het ziekenhuis',
  intro:
    'Kies een scenario dat gebaseerd is op een echt incident. Je neemt de beslissingen van het crisisteam, ziet wat ze teweegbrengen en leest na afloop wat er echt gebeurde.',
  scenarios: 'Scenario’s',
  noScenarios: 'Er zijn geen scenario’s beschikbaar.',
  card: {
    incident: 'Echt incident',
    playedAt: 'Gespeeld in',
    fictional: '{{hospital}} (fictief ziekenhuis)',
    duration: 'Speelduur',
    roles: 'Rollen',
    endings: 'Eindes',
    endingsFound: '{{found}} van {{total}} eindes gevonden',
    foundList: 'Gevonden: {{list}}',
    play: 'Spelen',
    playLabel: 'Spelen: {{title}}',
    hasSave: 'Er staat een opgeslagen spel klaar.',
  },
  saves: {
    heading: 'Opgeslagen spellen',
    intro: 'Je spel wordt na elke beslissing automatisch bewaard in deze browser.',
    empty: 'Nog geen opgeslagen spellen.',
    place: 'Moment',
    clock: 'Gesimuleerde tijd',
    lastPlayed: 'Laatst gespeeld',
    finished: 'Afgerond',
    resume: 'Verder spelen',
    resumeLabel: 'Verder spelen: {{title}}',
    debrief: 'Nabespreking',
    debriefLabel: 'Nabespreking: {{title}}',
    discard: 'Verwijderen',
    discardLabel: 'Verwijderen: {{title}}',
    confirm: 'Dit spel definitief verwijderen?',
    confirmYes: 'Ja, verwijderen',
    confirmYesLabel: 'Ja, verwijderen: {{title}}',
    confirmNo: 'Annuleren',
    unknown: 'Onbekend moment',
  },
  load: {
    heading: 'Sessiebestand laden',
    intro: 'Ga verder met een sessie die je eerder vanuit de nabespreking als JSON hebt geëxporteerd.',
    label: 'Sessiebestand (JSON)',
    busy: 'Bezig met laden…',
  },
  errors: {
    heading: 'Dat lukte niet',
    unreadable: 'Dit is geen leesbare sessie: {{message}}',
    'unknown-scenario': 'Het scenario van deze sessie is hier niet beschikbaar ({{message}}).',
    incompatible:
      'Het scenario is zo veranderd dat deze sessie er niet meer in past ({{message}}). Het oude spel is apart gezet; je kunt opnieuw beginnen.',
    missing: 'Er is geen opgeslagen spel meer voor dit scenario.',
    newer:
      'Deze sessie is gemaakt met een nieuwere versie van Draaiboek ({{message}}). Ze is bewaard, niet weggegooid; open haar met die nieuwere versie.',
    startFresh: 'Opnieuw beginnen met {{title}}',
    dismiss: 'Melding sluiten',
  },
  quarantine: {
    heading: 'Opgeslagen spel apart gezet',
    unreadable:
      'Een opgeslagen spel van {{title}} kon niet worden gelezen ({{detail}}). Het is niet overschreven of weggegooid, maar apart gezet.',
    incompatible: 'Een opgeslagen spel van {{title}} past niet meer bij het bijgewerkte scenario ({{detail}}). Het is apart gezet.',
    advice: 'Download het bestand om het te bewaren of te laten onderzoeken. De app werkt gewoon verder.',
    download: 'Download het apart gezette spel ({{file}})',
    forget: 'Melding en bestand verwijderen',
  },
  problems: {
    heading: 'Scenariobestanden met fouten',
    intro: 'Deze bestanden konden niet worden geladen. De andere scenario’s werken gewoon.',
    line: 'regel {{line}}',
    path: 'plek {{path}}',
  },
};

const en: typeof nl = {
  facilitate: {
    heading: 'Exercising with a group',
    noServer:
      'A facilitated exercise (a facilitator, a projector, participants on their phones) needs the session server: start Draaiboek on the facilitator’s laptop with “npm start”.',
    run: 'Lead an exercise for the crisis team: the room joins on their own phone or laptop.',
    runButton: 'Run an exercise',
    code: 'Join with a code',
    join: 'Join',
  },
  title: 'Practise a hospital cyber incident',
  intro:
    'Choose a scenario based on a real incident. You take the crisis team’s decisions, see what they lead to, and read afterwards what really happened.',
  scenarios: 'Scenarios',
  noScenarios: 'No scenarios are available.',
  card: {
    incident: 'Real incident',
    playedAt: 'Played at',
    fictional: '{{hospital}} (a fictional hospital)',
    duration: 'Playing time',
    roles: 'Roles',
    endings: 'Endings',
    endingsFound: '{{found}} of {{total}} endings found',
    foundList: 'Found: {{list}}',
    play: 'Play',
    playLabel: 'Play: {{title}}',
    hasSave: 'A saved game is waiting.',
  },
  saves: {
    heading: 'Saved games',
    intro: 'Your game is saved in this browser after every decision.',
    empty: 'No saved games yet.',
    place: 'Moment',
    clock: 'Simulated time',
    lastPlayed: 'Last played',
    finished: 'Finished',
    resume: 'Resume',
    resumeLabel: 'Resume: {{title}}',
    debrief: 'Debrief',
    debriefLabel: 'Debrief: {{title}}',
    discard: 'Discard',
    discardLabel: 'Discard: {{title}}',
    confirm: 'Discard this game for good?',
    confirmYes: 'Yes, discard',
    confirmYesLabel: 'Yes, discard: {{title}}',
    confirmNo: 'Cancel',
    unknown: 'Unknown moment',
  },
  load: {
    heading: 'Load a session file',
    intro: 'Continue a session you exported as JSON from the debrief.',
    label: 'Session file (JSON)',
    busy: 'Loading…',
  },
  errors: {
    heading: 'That did not work',
    unreadable: 'This is not a readable session: {{message}}',
    'unknown-scenario': 'The scenario of this session is not available here ({{message}}).',
    incompatible:
      'The scenario has changed so much that this session no longer fits ({{message}}). The old game has been set aside; you can start afresh.',
    missing: 'There is no longer a saved game for this scenario.',
    newer:
      'This session was made by a newer version of Draaiboek ({{message}}). It has been kept, not thrown away; open it with that newer version.',
    startFresh: 'Start {{title}} afresh',
    dismiss: 'Dismiss message',
  },
  quarantine: {
    heading: 'Saved game set aside',
    unreadable: 'A saved game of {{title}} could not be read ({{detail}}). It has not been overwritten or thrown away, but set aside.',
    incompatible: 'A saved game of {{title}} no longer fits the updated scenario ({{detail}}). It has been set aside.',
    advice: 'Download the file to keep it or have it examined. The app carries on working.',
    download: 'Download the set-aside game ({{file}})',
    forget: 'Remove message and file',
  },
  problems: {
    heading: 'Scenario files with errors',
    intro: 'These files could not be loaded. The other scenarios work as usual.',
    line: 'line {{line}}',
    path: 'at {{path}}',
  },
};

export const start = { nl, en };
export default start;
