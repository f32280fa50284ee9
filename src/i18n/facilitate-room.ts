// Part of the 'facilitate' namespace: what the room's own screens say (the projector, an observer, joining on a
// phone, a participant's screen and their vote). Merged into the namespace by facilitate.ts.

const nl = {
  projector: {
    code: 'Code',
    waiting: 'De oefening begint zo',
    join: 'Doe mee met code {{code}} op {{url}}',
    decided: 'Besloten',
    ended: 'De oefening is afgelopen',
    messages: 'Berichten voor iedereen',
  },
  observe: {
    title: 'Observator',
    pageHeading: 'Observeren — {{title}}',
    heading: 'Observaties',
    name: 'Uw naam',
    objective: 'Leerdoel',
    text: 'Observatie',
    add: 'Observatie vastleggen',
    anonymous: 'Observator',
  },
  join: {
    heading: 'Meedoen met de oefening',
    code: 'Sessiecode: {{code}}',
    unknown: 'Er is geen sessie met de code {{code}}. Controleer de code bij de facilitator.',
    ended: 'Deze oefening is al afgelopen. Vraag de facilitator naar de nabespreking.',
    tooMany: 'Te veel verkeerde codes vanaf dit apparaat. Wacht een minuut en probeer het dan opnieuw.',
    offline: 'De server is niet bereikbaar. Zit dit apparaat op hetzelfde netwerk als de laptop van de facilitator?',
    invalid: 'Controleer uw naam en rol ({{message}}).',
    refused: 'Meedoen lukte niet. Probeer het opnieuw of vraag de facilitator om hulp.',
    name: 'Uw naam',
    role: 'Uw rol',
    submit: 'Meedoen',
  },
  participant: {
    you: '{{name}} · {{role}}',
    waiting: 'U doet mee. De facilitator start zo.',
    readFirst: 'Lees de situatie; de facilitator opent zo het besluit.',
    ending: 'De facilitator sluit de oefening af; daarna ziet u de nabespreking.',
  },
  vote: {
    heading: 'Uw stem',
    confidence: 'Hoe zeker bent u?',
    levels: { 1: 'Helemaal niet zeker', 2: 'Niet zeker', 3: 'Enigszins zeker', 4: 'Zeker', 5: 'Heel zeker' },
    send: 'Stem versturen',
    change: 'Stem wijzigen',
    notSent: 'Nog niet verstuurd — wacht op verbinding…',
    sent: 'Verstuurd: {{option}} (zekerheid {{confidence}}/5). U kunt wijzigen tot het besluit vastligt.',
    refused: 'Niet verstuurd: {{message}}',
  },
};

const en: typeof nl = {
  projector: {
    code: 'Code',
    waiting: 'The exercise starts in a moment',
    join: 'Join with code {{code}} at {{url}}',
    decided: 'Decided',
    ended: 'The exercise has ended',
    messages: 'Messages for everyone',
  },
  observe: {
    title: 'Observer',
    pageHeading: 'Observing — {{title}}',
    heading: 'Observations',
    name: 'Your name',
    objective: 'Learning objective',
    text: 'Observation',
    add: 'Record observation',
    anonymous: 'Observer',
  },
  join: {
    heading: 'Join the exercise',
    code: 'Session code: {{code}}',
    unknown: 'There is no session with the code {{code}}. Check the code with the facilitator.',
    ended: 'This exercise has already ended. Ask the facilitator about the debrief.',
    tooMany: 'Too many wrong codes from this device. Wait a minute, then try again.',
    offline: 'The server cannot be reached. Is this device on the same network as the facilitator’s laptop?',
    invalid: 'Check your name and role ({{message}}).',
    refused: 'Joining did not work. Try again or ask the facilitator for help.',
    name: 'Your name',
    role: 'Your role',
    submit: 'Join',
  },
  participant: {
    you: '{{name}} · {{role}}',
    waiting: 'You have joined. The facilitator will start shortly.',
    readFirst: 'Read the situation; the facilitator will open the decision shortly.',
    ending: 'The facilitator will close the exercise; then you see the debrief.',
  },
  vote: {
    heading: 'Your vote',
    confidence: 'How sure are you?',
    levels: { 1: 'Not sure at all', 2: 'Not sure', 3: 'Somewhat sure', 4: 'Sure', 5: 'Very sure' },
    send: 'Send vote',
    change: 'Change vote',
    notSent: 'Not sent yet — waiting for the connection…',
    sent: 'Sent: {{option}} (confidence {{confidence}}/5). You can change it until the decision is locked.',
    refused: 'Not sent: {{message}}',
  },
};

export const facilitateRoom = { nl, en };
