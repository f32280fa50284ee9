// The event vocabulary of a session (save format 2): one zod discriminated union that every mode writes — solo play,
// the facilitator console, participants' devices and the server. Adding a type is one entry here, one handler in
// handlers.ts, and how the view and the report show it. Older formats are migrated in migrate.ts.
import { z } from 'zod';
import { Id, injectKinds } from './schema.ts';

export const SAVE_FORMAT = 2;
export const timerModes = ['off', 'relaxed', 'realistic'] as const;
export type TimerMode = (typeof timerModes)[number];

/** Who decides: the solo player, the facilitator, the majority of votes, or the one participant in a deciding role. */
export const decisionModes = ['solo', 'facilitator', 'majority', 'role'] as const;
export type DecisionMode = (typeof decisionModes)[number];
export const lockBases = ['facilitator', 'majority', 'role'] as const;
export type LockBasis = (typeof lockBases)[number];

export const ratings = ['performed', 'some', 'major', 'not'] as const;
export type Rating = (typeof ratings)[number];

/** ISO date-time; the engine reads no clock of its own, so every event carries the time its sender gives it. */
const At = z.iso.datetime({ offset: true, error: 'at: expected an ISO date-time, e.g. 2026-01-14T21:40:00.000Z' });
const Line = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

const base = {
  seq: z.number().int().min(1),
  at: At,
  /** A client's own id for the event, unique per session: makes resends idempotent. */
  id: z.string().min(1).max(64).optional(),
  /** Who sent it: a participant id, "facilitator", "server" or "solo". */
  by: z.string().min(1).max(64).optional(),
};
const staged = { ...base, stageId: Id };

const Score = z.number().int().min(1).max(5);

/** The feedback form's 1–5 statements: well structured; scenario plausible and realistic; my role was clear; I learned something I can use. */
export const feedbackStatements = ['structured', 'realistic', 'roleClear', 'learned'] as const;
export type FeedbackStatement = (typeof feedbackStatements)[number];
type StatementShape = Record<FeedbackStatement, z.ZodOptional<typeof Score>>;
export const hotwashKinds = ['strength', 'improvement'] as const;
export type HotwashKind = (typeof hotwashKinds)[number];

/** HSEEP's capability elements: where a corrective action of the improvement plan lies. */
export const capabilityElements = ['planning', 'organisation', 'equipment', 'training', 'exercising'] as const;
export type CapabilityElement = (typeof capabilityElements)[number];

const ev = <T extends string, S extends z.ZodRawShape>(type: T, shape: S) => z.strictObject({ type: z.literal(type), ...shape });

export const eventSchemas = [
  ev('session.start', base),
  ev('decision.open', staged),
  ev('decision.choose', { ...staged, optionId: Id }),
  ev('decision.timeout', staged),
  ev('decision.lock', { ...staged, optionId: Id, basis: z.enum(lockBases) }),
  ev('session.undo', staged),
  ev('session.pause', base),
  ev('session.resume', base),
  ev('session.end', base),
  ev('inject.release', { ...base, injectId: Id }),
  ev('inject.custom', {
    ...base,
    kind: z.enum(injectKinds),
    from: Line(120),
    subject: Line(300),
    body: Line(8000),
  }),
  ev('note.add', { ...base, text: Line(4000), author: Line(80), visibility: z.enum(['room', 'facilitator']) }),
  ev('participant.join', { ...base, participantId: Id, name: Line(60), role: Id }),
  ev('vote.cast', {
    ...base,
    participantId: Id,
    optionId: Id,
    confidence: z.number().int().min(1).max(5),
    /** The seq of the event that opened the decision this vote is for. */
    round: z.number().int().min(1),
  }),
  ev('tally.reveal', { ...base, round: z.number().int().min(1) }),
  ev('observation.add', { ...base, objectiveId: Id, text: Line(4000), author: Line(80) }),
  ev('rating.override', { ...base, objectiveId: Id, rating: z.enum(ratings), reason: Line(2000) }),
  ev('feedback.submit', {
    ...base,
    author: Line(80),
    /** Free remarks; optional since the form has its own fields (older saves always have it). */
    text: Line(4000).optional(),
    score: Score.optional(),
    /** The role the respondent says they had (free text: a player's role, evaluator, observer…). */
    role: Line(120).optional(),
    /** Top three strengths and top three areas for improvement, as the exercise programmes' forms ask. */
    strengths: z.array(Line(500)).max(3, 'at most three strengths').optional(),
    improvements: z.array(Line(500)).max(3, 'at most three areas for improvement').optional(),
    /** Agreement with the form's statements, 1 (disagree) to 5 (agree); a statement left open is absent. */
    statements: z.strictObject(Object.fromEntries(feedbackStatements.map((k) => [k, Score.optional()])) as StatementShape).optional(),
  }),
  ev('hotwash.item', {
    ...base,
    kind: z.enum(hotwashKinds),
    text: Line(2000),
    author: Line(80).optional(),
    /** The objective the hot wash was on when the item was sent (absent: the session as a whole). */
    objectiveId: Id.optional(),
  }),
  /** The facilitator moves the hot wash to an objective (every screen follows); without objectiveId it closes. */
  ev('hotwash.focus', { ...base, objectiveId: Id.optional() }),
  /** The facilitator removes a hot-wash item (seq `item`); with `into`, as a duplicate of that item (a merge). */
  ev('hotwash.drop', { ...base, item: z.number().int().min(1), into: z.number().int().min(1).optional() }),
  /**
   * A row of the improvement plan (Appendix A). `text` is the corrective action and `due` its completion date. Rows
   * are edited by appending: a later event with the same `row` replaces the earlier one, and `removed` takes it out.
   */
  ev('plan.item', {
    ...base,
    text: Line(2000),
    owner: Line(120).optional(),
    due: z.iso.date().optional(),
    row: z.string().min(1).max(64).optional(),
    objectiveId: Id.optional(),
    area: Line(2000).optional(),
    capability: z.enum(capabilityElements).optional(),
    organisation: Line(120).optional(),
    start: z.iso.date().optional(),
    removed: z.literal(true).optional(),
  }),
  /** What a participant's device gets in place of a facilitator-only event: the seq stays, so logs have no gaps. */
  z.strictObject({ type: z.literal('redacted'), seq: base.seq, at: At.optional() }),
] as const;

export const SessionEvent = z.discriminatedUnion('type', eventSchemas);
export type SessionEvent = z.infer<typeof SessionEvent>;
export type EventType = SessionEvent['type'];
export const eventTypes = eventSchemas.map((s) => s.shape.type.value) as EventType[];
export type EventOf<T extends EventType> = Extract<SessionEvent, { type: T }>;

/** An event as a sender hands it in: the engine gives it its seq, and the stage of the session when it has one. */
type InputOf<E> = E extends unknown ? Omit<E, 'seq' | 'at' | 'stageId'> & { at?: string; stageId?: string } : never;
export type EventInput = InputOf<SessionEvent>;

/** Events that move the machine; everything else is recorded and shown, and undo steps over it. */
export const movingTypes = ['decision.choose', 'decision.timeout', 'decision.lock'] as const satisfies EventType[];
export const isMoving = (t: EventType): boolean => (movingTypes as readonly string[]).includes(t);
/** Events only the facilitator and observers see; participants and the room get `redacted` in their place. */
export const facilitatorOnly = (e: SessionEvent): boolean =>
  e.type === 'observation.add' || e.type === 'rating.override' || (e.type === 'note.add' && e.visibility === 'facilitator');

/**
 * A fork's parent: the save it came from (when it has one), the scenario it was played against, the seq of the
 * parent's decision that the fork answers differently, how many events were copied from the parent, the option taken
 * instead, and the parent's log as it stood, so the side-by-side comparison works from the fork's own file.
 */
export const Parent = z.strictObject({
  saveId: z.string().min(1).max(64).optional(),
  scenarioHash: z.string(),
  seq: z.number().int().min(1),
  copied: z.number().int().min(0),
  optionId: Id,
  /** How many forks deep: 1 for a fork of an original session. */
  depth: z.number().int().min(1).default(1),
  events: z.array(SessionEvent),
});
export type Parent = z.infer<typeof Parent>;

/**
 * A late team's start in a course: the events of a reference team's session copied in (numbered 1..copied) so the
 * team begins where the course is. The team's own play starts at event copied + 1; the debrief can tell them apart.
 */
export const Prefix = z.strictObject({
  /** The reference team's name, as the trainer sees it. */
  from: z.string().min(1).max(120),
  sessionId: z.string().min(1).max(64).optional(),
  scenarioHash: z.string(),
  copied: z.number().int().min(0),
  at: At,
});
export type Prefix = z.infer<typeof Prefix>;

export const Header = {
  scenario: z.strictObject({ id: Id, version: z.number().int(), hash: z.string() }),
  /** Reserved: no rule draws on chance yet; kept so a later random inject replays the same. */
  seed: z.number().int(),
  /** The role played in solo play (facilitated sessions: the role whose view the room sees; see view.ts). */
  role: Id,
  timerMode: z.enum(timerModes),
  decisionMode: z.enum(decisionModes).default('solo'),
  /** The role whose one participant decides, in "role" mode. */
  decidingRole: Id.optional(),
  /** Set on a what-if fork (see fork.ts): where it branched from. Optional, so saves from before forks still parse. */
  parent: Parent.optional(),
  /** Set on a late team's session in a course (see fork.ts `lateStart`): the copied reference prefix. */
  prefix: Prefix.optional(),
  /**
   * Only in an exported file of a session whose scenario is on no build (uploaded to a server, or loaded from a file):
   * the scenario itself, so the file loads and replays anywhere. Whoever loads it checks it with the checker first.
   */
  embeddedScenario: z.unknown().optional(),
};

export const Session = z.strictObject({
  format: z.literal(SAVE_FORMAT),
  ...Header,
  events: z.array(SessionEvent),
});
export type Session = z.infer<typeof Session>;
