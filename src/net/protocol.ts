// The session protocol between a browser (or any `ws` client) and the session server: versioned, zod-validated
// messages in both directions. Shared by server/ and src/net/ so both ends agree on every field.
import { z } from 'zod';
import type { CatalogEntry } from '../engine/play/catalog.ts';

export const PROTOCOL_VERSION = 1;
/** Largest WebSocket message either side accepts (bytes). A vote or a note is far below it; a whole log is sent as events. */
export const MAX_MESSAGE_BYTES = 16 * 1024;
/** Longest text a participant or facilitator may put in one field (names, notes, observations). */
export const MAX_TEXT = 4000;

export const viewerKinds = ['facilitator', 'observer', 'projector', 'participant'] as const;
export type ViewerKind = (typeof viewerKinds)[number];
/** The links a facilitator hands out; participants get their secret by joining. */
export const linkKinds = ['facilitator', 'observer', 'projector'] as const;
export type LinkKind = (typeof linkKinds)[number];

export const decisionModes = ['facilitator', 'majority', 'role'] as const;
export type DecisionMode = (typeof decisionModes)[number];

const v = z.literal(PROTOCOL_VERSION, { error: `unsupported protocol version (this server speaks version ${PROTOCOL_VERSION})` });
const SessionId = z.string().regex(/^[A-Za-z0-9_-]{8,40}$/, 'not a session id');
/** Client event ids make resends idempotent: the server acknowledges a known id with its original seq. */
export const ClientEventId = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'client event id: 1–64 letters, digits, _ or -');
const Secret = z.string().min(16).max(128);
const Seq = z.number().int().min(0);

/**
 * An event as it travels: the engine's SessionEvent (seq, type, at, optional id and by, and the fields of its type).
 * The wire only checks the envelope; the engine validates the body against its own schema.
 */
export const WireEvent = z.looseObject({
  seq: z.number().int().min(1),
  type: z.string().min(1).max(40),
});
export type WireEvent = z.infer<typeof WireEvent> & Record<string, unknown>;
/** What participants and the room get in place of a facilitator-only event, so their logs have no gaps. */
export type RedactedEvent = { seq: number; type: 'redacted' };

/** An event a client proposes: its type and fields; the server adds seq, at and by. */
export const ProposedEvent = z.looseObject({ type: z.string().min(1).max(40) });
export type ProposedEvent = z.infer<typeof ProposedEvent> & Record<string, unknown>;

// Client → server
export const Hello = z.strictObject({
  v,
  type: z.literal('hello'),
  sessionId: SessionId,
  /** A link token (facilitator, observer, projector) or a participant's resume secret. */
  secret: Secret,
  /** The last seq the client holds; the welcome carries every event after it. */
  since: Seq,
});
export const Submit = z.strictObject({
  v,
  type: z.literal('submit'),
  id: ClientEventId,
  /** The seq the sender saw last. Required for machine-moving events and facilitator commands. */
  expectedSeq: Seq.optional(),
  event: ProposedEvent,
});
export const Ping = z.strictObject({ v, type: z.literal('ping') });
export const ClientMessage = z.discriminatedUnion('type', [Hello, Submit, Ping]);
export type Hello = z.infer<typeof Hello>;
export type Submit = z.infer<typeof Submit>;
export type ClientMessage = z.infer<typeof ClientMessage>;

// Server → client
export const Viewer = z.strictObject({
  kind: z.enum(viewerKinds),
  participantId: z.string().optional(),
  name: z.string().optional(),
  role: z.string().optional(),
});
export type Viewer = z.infer<typeof Viewer>;

export const Presence = z.strictObject({
  v,
  type: z.literal('presence'),
  /** Participants with at least one open connection, and how many screens of each other kind are open. */
  participants: z.array(z.string()),
  screens: z.record(z.string(), z.number().int()),
});
export const Welcome = z.strictObject({
  v,
  type: z.literal('welcome'),
  sessionId: SessionId,
  viewer: Viewer,
  /** The session header (engine save format, without events). */
  header: z.looseObject({ format: z.number().int() }),
  /** Every event after the hello's `since`, redacted for this viewer. */
  events: z.array(WireEvent),
  /** The last seq in the log. */
  seq: Seq,
  /** The server's clock (ISO), so a client can show a deadline in its own time. */
  serverTime: z.string(),
  /** Other processes serving this session, to try in turn when this one is gone. */
  servers: z.array(z.string()),
});
export const EventMessage = z.strictObject({ v, type: z.literal('event'), event: WireEvent });
export const Ack = z.strictObject({ v, type: z.literal('ack'), id: ClientEventId, seq: z.number().int().min(1) });
export const errorCodes = [
  'malformed',
  'too-large',
  'unknown-type',
  'invalid',
  'version',
  'hello-first',
  'hello-twice',
  'unknown-session',
  'bad-secret',
  'forbidden',
  'stale',
  'rejected',
  'duplicate-id',
  'rate-limited',
  'server',
] as const;
export type ErrorCode = (typeof errorCodes)[number];
export const ErrorMessage = z.strictObject({
  v,
  type: z.literal('error'),
  code: z.enum(errorCodes),
  message: z.string(),
  /** For `rejected`: the engine's own code for the rule it broke (e.g. `not-open`), so a screen can say it in its language. */
  reason: z.string().max(40).optional(),
  /** The client event id the error answers, when it answers a submission. */
  id: ClientEventId.optional(),
  /** The last seq in the log when the error was sent (helps a client that was behind). */
  seq: Seq.optional(),
});
export const Pong = z.strictObject({ v, type: z.literal('pong'), serverTime: z.string() });
/**
 * The facilitator forked the ended session for the whole room (what-if): the room plays on in a new session. Each
 * screen gets its own key for it (participants keep their place), so the screen follows without a new link.
 */
export const Moved = z.strictObject({
  v,
  type: z.literal('moved'),
  sessionId: SessionId,
  code: z.string(),
  secret: Secret,
  /** The facilitator's screen also gets the projector's and observer's keys for its invite panel. */
  keys: z.strictObject({ projector: Secret, observer: Secret }).optional(),
});
export const ServerMessage = z.discriminatedUnion('type', [Welcome, EventMessage, Ack, ErrorMessage, Presence, Pong, Moved]);
export type Moved = z.infer<typeof Moved>;
export type Welcome = z.infer<typeof Welcome>;
export type Ack = z.infer<typeof Ack>;
export type ErrorMessage = z.infer<typeof ErrorMessage>;
export type Presence = z.infer<typeof Presence>;
export type ServerMessage = z.infer<typeof ServerMessage>;

/** Where a message failed validation: the JSON path and zod's message, e.g. `event.type: expected string`. */
export function describeIssue(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'invalid message';
  const where = issue.path.length ? issue.path.map(String).join('.') : '(message)';
  return `${where}: ${issue.message}`;
}

export type Parsed<T> = { ok: true; message: T } | { ok: false; code: ErrorCode; message: string };

/** Parse one raw message (text) against a schema, with the size limit and a precise reason on failure. */
export function parseMessage<T>(schema: z.ZodType<T>, raw: string, byteLength: number): Parsed<T> {
  if (byteLength > MAX_MESSAGE_BYTES)
    return { ok: false, code: 'too-large', message: `message of ${byteLength} bytes is over the limit of ${MAX_MESSAGE_BYTES} bytes` };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (e) {
    return { ok: false, code: 'malformed', message: `not valid JSON: ${(e as Error).message}` };
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    return { ok: false, code: 'malformed', message: 'a message is a JSON object' };
  const record = data as Record<string, unknown>;
  if (record.v !== PROTOCOL_VERSION)
    return { ok: false, code: 'version', message: `v: unsupported protocol version (this end speaks version ${PROTOCOL_VERSION})` };
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const unknownType = parsed.error.issues.some((i) => i.code === 'invalid_union' && i.path.length === 1 && i.path[0] === 'type');
    return unknownType
      ? { ok: false, code: 'unknown-type', message: `type: unknown message type ${JSON.stringify(record.type)}` }
      : { ok: false, code: 'invalid', message: describeIssue(parsed.error) };
  }
  return { ok: true, message: parsed.data };
}

// HTTP bodies
export const CreateSession = z.strictObject({
  scenarioId: z.string().regex(/^[a-z][a-z0-9_-]{0,63}$/i),
  language: z.enum(['nl', 'en']),
  timerMode: z.enum(['off', 'relaxed', 'realistic']),
  decisionMode: z.enum(decisionModes),
  decidingRole: z.string().min(1).max(64).optional(),
  /** An uploaded scenario (POST /api/scenarios answers with its hash); without it, the built-in one with scenarioId. */
  scenarioHash: z
    .string()
    .regex(/^[0-9a-f]{16}$/)
    .optional(),
});
export type CreateSession = z.infer<typeof CreateSession>;
/** One checker finding, as the browser's own check gives it: where (JSON Pointer and line) and what. */
export type UploadFinding = { path: string; line: number | null; message: string; kind: string };
/** POST /api/scenarios, accepted: the scenario is kept under its content hash for new sessions. */
export type UploadedScenario = { hash: string; entry: CatalogEntry; warnings: UploadFinding[] };
/** POST /api/scenarios, refused (422): every error with its line and field; nothing is stored. */
export type UploadRefused = { error: string; findings: UploadFinding[] };
/** What if, for the whole room: fork the ended session at decision `seq` with another option. */
export const ForkRequest = z.strictObject({ seq: z.number().int().min(1), optionId: z.string().min(1).max(64) });
export type ForkRequest = z.infer<typeof ForkRequest>;
export type CreatedSession = {
  sessionId: string;
  code: string;
  tokens: Record<LinkKind, string>;
  /** Paths with the token in the fragment, e.g. `/f/<id>#k=<token>`. */
  links: Record<LinkKind, string>;
};
/** Display names: trimmed, 1–60 characters, no control characters (they are shown as text, never as HTML). */
export const DisplayName = z
  .string()
  .trim()
  .min(1, 'a name is needed')
  .max(60, 'a name is at most 60 characters')
  .regex(/^[^\p{Cc}]*$/u, 'a name has no control characters');
export const JoinCode = z
  .string()
  .transform((s) => s.toUpperCase().replace(/[\s-]/g, ''))
  .pipe(z.string().regex(/^[A-Z0-9]{6}$/, 'a join code is 6 letters and digits'));
export const JoinRequest = z.strictObject({
  code: JoinCode,
  name: DisplayName,
  role: z.string().min(1).max(64),
  /** A resume secret this browser already holds for the session: rejoining returns the same participant. */
  secret: Secret.optional(),
});
export type JoinRequest = z.input<typeof JoinRequest>;
export type Joined = { sessionId: string; participantId: string; secret: string; name: string; role: string };
export type JoinInfo = { sessionId: string; scenarioId: string; language: 'nl' | 'en'; roles: { id: string; name: unknown }[] };
export type Health = { app: 'draaiboek'; version: string; store: string; openSessions: number };
export type Invite = {
  code: string;
  /** Join links for each address phones may reach, private networks first (or PUBLIC_URL alone). */
  joinUrls: string[];
  /** Set when the server listens on 127.0.0.1 only: how to let phones in. */
  hint: string | null;
  /** QR code (SVG) of the first join link. */
  qrSvg: string | null;
};
