// The course protocol (HTTP bodies and answers) between the trainer's screens, team laptops and the server: creating
// a course of several teams, adding a team (late teams follow the course's policy), a team laptop joining by the
// course code, one command for every team (pause, resume, an inject), and every team's session export.
import { z } from 'zod';
import { injectKinds } from '../engine/play/schema.ts';
import { type CreatedSession, DisplayName, decisionModes, JoinCode, MAX_TEXT } from './protocol.ts';

/** A team that joins a course already under way starts at the beginning, or where a chosen reference team is. */
export const lateJoinPolicies = ['start', 'current'] as const;
export type LateJoinPolicy = (typeof lateJoinPolicies)[number];
/** A facilitated team (its own facilitator, participants on their phones) or a team laptop where the team decides. */
export const teamKinds = ['facilitated', 'laptop'] as const;
export type TeamKind = (typeof teamKinds)[number];

export const MAX_TEAMS = 30;
const TeamName = DisplayName;
const Line = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `at most ${max} characters`);

export const CreateCourse = z
  .strictObject({
    name: Line(120),
    scenarioId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
    language: z.enum(['nl', 'en']),
    timerMode: z.enum(['off', 'relaxed', 'realistic']),
    /** How the facilitated teams decide; a team laptop always decides as its own facilitator. */
    decisionMode: z.enum(decisionModes),
    decidingRole: z.string().min(1).max(64).optional(),
    /** The facilitated teams made with the course; team laptops add themselves with the course code. */
    teams: z.array(z.strictObject({ name: TeamName })).max(MAX_TEAMS),
    lateJoin: z.enum(lateJoinPolicies),
    /** The position (1, 2, …) of the team whose point a late team is brought to; needed for "current". */
    referenceTeam: z.number().int().min(1).max(MAX_TEAMS).optional(),
  })
  .refine((c) => c.lateJoin !== 'current' || c.referenceTeam !== undefined, {
    path: ['referenceTeam'],
    message: 'a late team brought to the course’s current point needs a reference team',
  })
  .refine((c) => c.referenceTeam === undefined || c.referenceTeam <= c.teams.length, {
    path: ['referenceTeam'],
    message: 'the reference team must be one of the teams made with the course',
  });
export type CreateCourse = z.input<typeof CreateCourse>;

export const AddTeam = z.strictObject({ name: TeamName });
export const JoinCourse = z.strictObject({ code: JoinCode, name: TeamName });
export type JoinCourse = z.input<typeof JoinCourse>;

/** What the trainer sends to every team at once: pause, resume, or one inject of their own. */
export const CourseCommand = z.strictObject({
  event: z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('session.pause') }),
    z.strictObject({ type: z.literal('session.resume') }),
    z.strictObject({
      type: z.literal('inject.custom'),
      kind: z.enum(injectKinds),
      from: Line(120),
      subject: Line(300),
      body: Line(MAX_TEXT),
    }),
  ]),
});
export type CourseCommand = z.input<typeof CourseCommand>;

/** A team's copied start: the reference team's name and how many of its events were copied in. */
export type TeamPrefix = { from: string; copied: number };

export type TeamInfo = {
  position: number;
  name: string;
  kind: TeamKind;
  sessionId: string;
  code: string;
  /** Added after the course was under way. */
  late: boolean;
  prefix: TeamPrefix | null;
  addedAt: string;
};

/** A team just made: its info and its session's keys and links (handed out once; the server keeps only hashes). */
export type CreatedTeam = TeamInfo & Pick<CreatedSession, 'tokens' | 'links'>;

export type CourseSettings = {
  name: string;
  scenarioId: string;
  language: 'nl' | 'en';
  timerMode: 'off' | 'relaxed' | 'realistic';
  decisionMode: (typeof decisionModes)[number];
  decidingRole?: string;
  lateJoin: LateJoinPolicy;
  referenceTeam: number | null;
};

export type CourseInfo = CourseSettings & { courseId: string; code: string; createdAt: string; teams: TeamInfo[] };

export type CreatedCourse = {
  courseId: string;
  code: string;
  /** The trainer's key: it opens the dashboard and every team's console. */
  token: string;
  /** `/c/<id>#k=<token>`. */
  link: string;
  teams: CreatedTeam[];
};

export type JoinedCourse = { courseId: string; team: CreatedTeam };

export type CommandResult = { position: number; name: string; sessionId: string; ok: boolean; seq?: number; message?: string };
export type CommandResults = { results: CommandResult[] };

/** Every team's save, as a solo save exports it (scenario id, version and hash, modes, events…). */
export type CourseExport = {
  course: { id: string; name: string; scenarioId: string };
  teams: { position: number; name: string; kind: TeamKind; sessionId: string; session: Record<string, unknown> }[];
};
