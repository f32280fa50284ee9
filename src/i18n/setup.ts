// The 'setup' namespace: choosing a role and the decision timer before a game starts.

const nl = {
  title: 'Voorbereiding: {{title}}',
  back: 'Terug naar de scenario’s',
  basedOn: 'Gebaseerd op het incident van {{date}} in {{place}}.',
  setting: 'De situatie',
  hospital: 'Jouw ziekenhuis: {{name}}',
  objectives: 'Wat je oefent',
  role: {
    legend: 'Welke rol speel je?',
    help: 'Je krijgt de berichten die voor jouw rol bedoeld zijn.',
  },
  timer: {
    legend: 'Beslistijd',
    help: 'Bij beslissingen onder tijdsdruk telt een klok af. Loopt die af, dan kiest het scenario voor “niets doen”, met de gevolgen van dien.',
    off: 'Geen timer',
    offHint: 'Neem de tijd die je nodig hebt.',
    relaxed: 'Ruim',
    relaxedHint: 'Twee keer zo veel tijd als realistisch: 1 tot 6 minuten per besluit.',
    realistic: 'Realistisch',
    realisticHint: 'Een halve minuut tot drie minuten per besluit, zoals in een echte crisis.',
  },
  keeps:
    'Je hebt al een opgeslagen spel van dit scenario ({{place}}). Dat blijft bewaard: een nieuw spel krijgt een eigen plek in de lijst.',
  start: 'Start het scenario',
};

const en: typeof nl = {
  title: 'Set-up: {{title}}',
  back: 'Back to the scenarios',
  basedOn: 'Based on the incident of {{date}} in {{place}}.',
  setting: 'The situation',
  hospital: 'Your hospital: {{name}}',
  objectives: 'What you practise',
  role: {
    legend: 'Which role do you play?',
    help: 'You receive the messages meant for your role.',
  },
  timer: {
    legend: 'Decision time',
    help: 'For decisions under time pressure a clock counts down. When it runs out, the scenario takes “do nothing”, with its consequences.',
    off: 'No timer',
    offHint: 'Take the time you need.',
    relaxed: 'Relaxed',
    relaxedHint: 'Twice the realistic time: 1 to 6 minutes per decision.',
    realistic: 'Realistic',
    realisticHint: 'Half a minute to three minutes per decision, as in a real crisis.',
  },
  keeps: 'You already have a saved game of this scenario ({{place}}). It is kept: a new game gets its own place in the list.',
  start: 'Start the scenario',
};

export const setup = { nl, en };
export default setup;
