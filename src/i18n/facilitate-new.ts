// Part of the 'facilitate' namespace: the screen that creates a facilitated session (scenario or own file, modes,
// the upload and its check). Merged into the namespace by facilitate.ts.

const nl = {
  new: {
    heading: 'Een oefening leiden',
    intro: 'Maak een sessie voor de zaal: deelnemers doen mee op hun eigen telefoon of laptop, de zaal kijkt mee op de beamer.',
    noServer:
      'Begeleide sessies hebben de sessieserver nodig. Start Draaiboek op deze laptop met “npm start” (en “HOST=0.0.0.0 npm start” als telefoons in de zaal moeten meedoen) en open deze pagina opnieuw.',
    scenario: 'Scenario',
    language: 'Taal van de oefening',
    languages: { nl: 'Nederlands', en: 'English' },
    timer: 'Beslistimer',
    timers: { off: 'Uit', relaxed: 'Ruim', realistic: 'Realistisch' },
    mode: 'Wie beslist',
    modes: { facilitator: 'De facilitator beslist', majority: 'Meerderheid van stemmen', role: 'Eén rol beslist' },
    decidingRole: 'De beslissende rol',
    create: 'Sessie maken',
    failed: 'De sessie kon niet worden gemaakt: {{message}}',
    builtIn: 'Ingebouwde scenario’s',
    own: 'Eigen scenario’s in deze browser',
    uploadedOption: '{{title}} (geüpload: {{file}})',
    file: 'Of upload een scenariobestand (YAML of JSON)',
    fileHelp:
      'De server controleert elk eigen scenario met dezelfde checker als de app, voordat iemand het speelt. Deelnemers, beamer en observator krijgen het van de server.',
    checking: 'De server controleert het scenario…',
    checked: '{{title}} is door de controle van de server gekomen en staat klaar.',
    warnings_one: 'De controle gaf {{count}} waarschuwing; draai de checker voor de details.',
    warnings_other: 'De controle gaf {{count}} waarschuwingen; draai de checker voor de details.',
    refused_one: '{{file}} is geweigerd door de server: er is {{count}} probleem.',
    refused_other: '{{file}} is geweigerd door de server: er zijn {{count}} problemen.',
    uploadFailed: '{{file}} kon niet worden gecontroleerd: {{message}}',
    fixHint: 'Pas het bestand aan en upload het opnieuw. De handleiding (docs/authoring.md) zegt bij elke melding hoe je hem oplost.',
  },
};

const en: typeof nl = {
  new: {
    heading: 'Run an exercise',
    intro: 'Create a session for the room: participants join on their own phone or laptop, the room follows on the projector.',
    noServer:
      'Facilitated sessions need the session server. Start Draaiboek on this laptop with “npm start” (and “HOST=0.0.0.0 npm start” if phones in the room are to join) and open this page again.',
    scenario: 'Scenario',
    language: 'Language of the exercise',
    languages: { nl: 'Nederlands', en: 'English' },
    timer: 'Decision timer',
    timers: { off: 'Off', relaxed: 'Relaxed', realistic: 'Realistic' },
    mode: 'Who decides',
    modes: { facilitator: 'The facilitator decides', majority: 'Majority vote', role: 'One role decides' },
    decidingRole: 'The deciding role',
    create: 'Create session',
    failed: 'The session could not be created: {{message}}',
    builtIn: 'Built-in scenarios',
    own: 'Own scenarios in this browser',
    uploadedOption: '{{title}} (uploaded: {{file}})',
    file: 'Or upload a scenario file (YAML or JSON)',
    fileHelp:
      'The server checks every own scenario with the same checker as the app before anyone plays it. Participants, projector and observer get it from the server.',
    checking: 'The server is checking the scenario…',
    checked: '{{title}} passed the server’s check and is ready.',
    warnings_one: 'The check gave {{count}} warning; run the checker for the details.',
    warnings_other: 'The check gave {{count}} warnings; run the checker for the details.',
    refused_one: 'The server refused {{file}}: there is {{count}} problem.',
    refused_other: 'The server refused {{file}}: there are {{count}} problems.',
    uploadFailed: '{{file}} could not be checked: {{message}}',
    fixHint: 'Fix the file and upload it again. The guide (docs/authoring.md) says how to fix each message.',
  },
};

export const facilitateNew = { nl, en };
