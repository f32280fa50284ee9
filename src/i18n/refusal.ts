// The 'refusal' namespace: why the session server did not take what a screen sent, in the reader's language. `code`
// is the protocol's error code; `reason` the engine's code for the game rule a refused event broke. Typed by both
// code lists, so a new code cannot ship without its sentence.
import type { RejectCode } from '../engine/play/session';
import type { ErrorCode } from '../net/protocol';

type Sentences = {
  code: Record<ErrorCode | 'closed', string>;
  /** Answers of the HTTP API that say nothing about the request itself. */
  http: Record<'offline' | 'key' | 'tooMany' | 'server', string>;
  /** `invalid` and `stale` reach the client as protocol codes of their own. */
  reason: Record<Exclude<RejectCode, 'invalid' | 'stale'>, string>;
};

const nl: Sentences = {
  http: {
    offline: 'De server is niet bereikbaar. Draait Draaiboek nog op de laptop, en zit dit apparaat op hetzelfde netwerk?',
    key: 'De sleutel in deze link klopt niet (meer). Open de link die u bij het maken kreeg opnieuw.',
    tooMany: 'Te veel verzoeken vanaf dit apparaat. Wacht even en probeer het opnieuw.',
    server: 'De server had een probleem of is bezet. Probeer het zo opnieuw.',
  },
  code: {
    malformed: 'De server kon het bericht niet lezen.',
    'too-large': 'Het bericht is te groot om te versturen.',
    'unknown-type': 'De server kent dit soort bericht niet. Is Draaiboek bijgewerkt? Laad de pagina opnieuw.',
    invalid: 'De server weigerde het bericht: een veld klopt niet.',
    version: 'Deze pagina hoort bij een andere versie van Draaiboek dan de server. Laad de pagina opnieuw.',
    'hello-first': 'De verbinding met de sessie is niet goed opgezet. Laad de pagina opnieuw.',
    'hello-twice': 'De verbinding met de sessie is niet goed opgezet. Laad de pagina opnieuw.',
    'unknown-session': 'Deze sessie bestaat niet (meer) op de server.',
    'bad-secret': 'Deze link geeft geen toegang tot de sessie. Vraag de facilitator om een nieuwe link.',
    forbidden: 'Met deze link mag dat niet.',
    stale: 'Iemand anders was u voor: de sessie is intussen verder. Bekijk wat er veranderd is en probeer het opnieuw.',
    rejected: 'Dat kan nu niet in de oefening.',
    'duplicate-id': 'Dit was al verstuurd.',
    'rate-limited': 'Te veel berichten tegelijk. Wacht even en probeer het opnieuw.',
    server: 'De server had een probleem. Probeer het opnieuw.',
    closed: 'Niet verstuurd: er is geen verbinding met de sessie. Probeer het opnieuw als de verbinding terug is.',
  },
  reason: {
    duplicate: 'Dit was al verstuurd.',
    finished: 'Het scenario is al afgelopen.',
    ended: 'De sessie is beëindigd.',
    'not-started': 'De oefening is nog niet gestart.',
    'wrong-stage': 'Dit hoorde bij een eerdere fase: de oefening is intussen verder.',
    'unknown-option': 'Die keuze bestaat niet in deze fase.',
    unavailable: 'Die keuze is in deze situatie niet beschikbaar.',
    'no-timer': 'Bij deze beslissing loopt geen tijd.',
    early: 'De tijd voor deze beslissing is nog niet om.',
    paused: 'De oefening staat op pauze.',
    'not-paused': 'De oefening staat niet op pauze.',
    'not-open': 'Er staat nu geen beslissing open.',
    'already-open': 'De beslissing staat al open.',
    'nothing-to-undo': 'Er is niets om terug te zetten.',
    'no-route': 'Het scenario heeft vanaf hier geen vervolg voor deze keuze.',
    mode: 'Zo wordt in deze sessie niet besloten.',
    'lock-basis': 'Op deze grond kan de beslissing in deze sessie niet worden vastgelegd.',
    'unknown-participant': 'Deze deelnemer is niet bekend in de sessie.',
    joined: 'U doet al mee met deze sessie.',
    'unknown-role': 'Die rol bestaat niet in dit scenario.',
    round: 'Deze stem hoort bij een eerdere stemronde.',
    'unknown-inject': 'Dat bericht bestaat niet in dit scenario.',
    'already-shown': 'Dat bericht is al getoond.',
    'unknown-objective': 'Dat leerdoel bestaat niet in dit scenario.',
    'unknown-item': 'Dat punt bestaat niet (meer).',
  },
};

const en: Sentences = {
  http: {
    offline: 'The server cannot be reached. Is Draaiboek still running on the laptop, and is this device on the same network?',
    key: 'The key in this link is wrong (or no longer valid). Open the link you were given when it was made again.',
    tooMany: 'Too many requests from this device. Wait a moment and try again.',
    server: 'The server had a problem or is busy. Try again shortly.',
  },
  code: {
    malformed: 'The server could not read the message.',
    'too-large': 'The message is too large to send.',
    'unknown-type': 'The server does not know this kind of message. Has Draaiboek been updated? Reload the page.',
    invalid: 'The server refused the message: a field is not right.',
    version: 'This page belongs to a different version of Draaiboek than the server. Reload the page.',
    'hello-first': 'The connection to the session was not set up properly. Reload the page.',
    'hello-twice': 'The connection to the session was not set up properly. Reload the page.',
    'unknown-session': 'This session does not exist (any more) on the server.',
    'bad-secret': 'This link does not give access to the session. Ask the facilitator for a new link.',
    forbidden: 'This link does not allow that.',
    stale: 'Someone else was first: the session has moved on. Look at what changed and try again.',
    rejected: 'That is not possible in the exercise right now.',
    'duplicate-id': 'This was already sent.',
    'rate-limited': 'Too many messages at once. Wait a moment and try again.',
    server: 'The server had a problem. Try again.',
    closed: 'Not sent: there is no connection to the session. Try again when the connection is back.',
  },
  reason: {
    duplicate: 'This was already sent.',
    finished: 'The scenario has already finished.',
    ended: 'The session has ended.',
    'not-started': 'The exercise has not started yet.',
    'wrong-stage': 'This belonged to an earlier stage: the exercise has moved on.',
    'unknown-option': 'That choice does not exist in this stage.',
    unavailable: 'That choice is not available in this situation.',
    'no-timer': 'This decision has no timer.',
    early: 'The time for this decision has not run out yet.',
    paused: 'The exercise is paused.',
    'not-paused': 'The exercise is not paused.',
    'not-open': 'No decision is open right now.',
    'already-open': 'The decision is already open.',
    'nothing-to-undo': 'There is nothing to step back from.',
    'no-route': 'The scenario has no way on from here for this choice.',
    mode: 'That is not how this session decides.',
    'lock-basis': 'The decision cannot be locked on that basis in this session.',
    'unknown-participant': 'This participant is not known in the session.',
    joined: 'You have already joined this session.',
    'unknown-role': 'That role does not exist in this scenario.',
    round: 'This vote belongs to an earlier round of voting.',
    'unknown-inject': 'That message does not exist in this scenario.',
    'already-shown': 'That message has already been shown.',
    'unknown-objective': 'That learning objective does not exist in this scenario.',
    'unknown-item': 'That point does not exist (any more).',
  },
};

export const refusal = { nl, en };
export default refusal;
