// Courses on the server: a trainer's course of several teams on one scenario, each team a session of its own (a
// facilitated session, or a team laptop that decides as its own facilitator). The trainer's key (hash stored, kind
// "course") opens the course, every team's console and every team's export; a team added once the course is under way
// starts at the beginning or with the reference team's course of play copied in, as the course says.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Scenario } from '../src/engine/play/schema.ts';
import {
  AddTeam,
  type CommandResult,
  CourseCommand,
  type CourseExport,
  type CourseInfo,
  type CourseSettings,
  CreateCourse,
  type CreatedCourse,
  type CreatedTeam,
  JoinCourse,
  type JoinedCourse,
  type TeamInfo,
  type TeamKind,
  type TeamPrefix,
} from '../src/net/course.ts';
import { type CreatedSession, type CreateSession, describeIssue } from '../src/net/protocol.ts';
import { isTrainer } from './access.ts';
import { hasStarted, lateTeamStart, newHeader } from './engine.ts';
import type { Hub } from './hub.ts';
import type { KeyedLimiter } from './limits.ts';
import type { ServerClock } from './room.ts';
import type { ScenarioShelf } from './scenarios.ts';
import { hashSecret, newId, newJoinCode, newSecret } from './secrets.ts';
import { spawnSession } from './spawn.ts';
import type { EventStore, SessionStore, StoredEvent, StoredTeam } from './storage/types.ts';

export type CourseDeps = {
  sessions: SessionStore;
  events: EventStore;
  hub: Hub;
  clock: ServerClock;
  shelf: ScenarioShelf;
  wrongCodes: KeyedLimiter;
};
type Failure = { status: number; error: string };

/** The header a team's session of this scenario gets with these settings, or what is wrong with the settings. */
function headerFor(scenario: Scenario, body: CreateSession): { header: Record<string, unknown> } | Failure {
  const save = newHeader(scenario, body);
  return 'error' in save ? { status: 400, error: save.error } : { header: save };
}

type TeamData = { name: string; kind: TeamKind; late: boolean; prefix: TeamPrefix | null };

const bad = (reply: FastifyReply, status: number, error: string) => reply.code(status).send({ error });
const bearer = (req: FastifyRequest) => /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];

export function registerCourses(app: FastifyInstance, deps: CourseDeps): void {
  const { sessions } = deps;
  const settingsOf = async (id: string) => {
    const c = await sessions.findCourse(id);
    return c ? { ...c, settings: c.data as CourseSettings } : undefined;
  };
  const teamInfo = async (t: StoredTeam): Promise<TeamInfo> => {
    const d = t.data as TeamData;
    const header = await sessions.findSession(t.sessionId);
    return {
      position: t.position,
      name: d.name,
      kind: d.kind,
      sessionId: t.sessionId,
      code: header?.code ?? '',
      late: d.late,
      prefix: d.prefix,
      addedAt: t.addedAt,
    };
  };

  /** The settings a team's session gets: the course's, or "the facilitator decides" on a team laptop. */
  const sessionBody = (c: CourseSettings, kind: TeamKind): CreateSession => ({
    scenarioId: c.scenarioId,
    language: c.language,
    timerMode: c.timerMode,
    decisionMode: kind === 'laptop' ? 'facilitator' : c.decisionMode,
    ...(kind === 'facilitated' && c.decisionMode === 'role' && c.decidingRole ? { decidingRole: c.decidingRole } : {}),
  });

  /** Make one team's session and add it to the course; a late team follows the course's policy. */
  const addTeam = async (
    courseId: string,
    c: CourseSettings,
    name: string,
    kind: TeamKind,
    underWay: boolean,
  ): Promise<CreatedTeam | Failure> => {
    const scenario = deps.shelf.get(c.scenarioId);
    if (!scenario) return { status: 409, error: `scenarioId: the course’s scenario "${c.scenarioId}" is not on this server` };
    const made0 = headerFor(scenario, sessionBody(c, kind));
    if ('error' in made0) return made0;
    const header = made0.header;
    let save = header;
    let first: StoredEvent[] = [];
    let prefix: TeamPrefix | null = null;
    if (underWay && c.lateJoin === 'current' && c.referenceTeam !== null) {
      const ref = (await sessions.listTeams(courseId)).find((t) => t.position === c.referenceTeam);
      const room = ref ? await deps.hub.room(ref.sessionId) : undefined;
      if (ref && room && hasStarted(room.state)) {
        const from = (ref.data as TeamData).name;
        const at = new Date(deps.clock.now()).toISOString();
        const r = lateTeamStart(scenario, room.state, header as Parameters<typeof lateTeamStart>[2], {
          from,
          sessionId: ref.sessionId,
          at,
        });
        if ('error' in r) return { status: 409, error: `the reference team’s point could not be copied: ${r.error}` };
        prefix = { from, copied: r.events.length };
        save = r.header as Record<string, unknown>;
        first = r.events as StoredEvent[];
      }
    }
    const spawned = await spawnSession({ ...deps, now: () => deps.clock.now() }, save, c.language, first);
    if (!spawned.ok) return { status: spawned.status, error: spawned.error };
    const made: CreatedSession = spawned.created;
    const room = await deps.hub.room(made.sessionId);
    if (!room) return { status: 500, error: 'the new team’s session could not be opened' };
    deps.hub.adopt(room);
    const addedAt = new Date(deps.clock.now()).toISOString();
    const data: TeamData = { name, kind, late: underWay, prefix };
    const position = await sessions.addTeam({ courseId, sessionId: made.sessionId, data, addedAt });
    return { position, ...data, sessionId: made.sessionId, code: made.code, addedAt, tokens: made.tokens, links: made.links };
  };

  /** A course is under way once any of its teams has started. */
  const underWay = async (courseId: string): Promise<boolean> => {
    for (const t of await sessions.listTeams(courseId)) {
      const room = await deps.hub.room(t.sessionId);
      if (room && hasStarted(room.state)) return true;
    }
    return false;
  };

  app.post('/api/courses', async (req, reply) => {
    const body = CreateCourse.safeParse(req.body);
    if (!body.success) return bad(reply, 400, describeIssue(body.error));
    const b = body.data;
    const scenario = deps.shelf.get(b.scenarioId);
    if (!scenario) return bad(reply, 404, `scenarioId: no scenario "${b.scenarioId}" on this server`);
    const settings: CourseSettings = {
      name: b.name,
      scenarioId: b.scenarioId,
      language: b.language,
      timerMode: b.timerMode,
      decisionMode: b.decisionMode,
      ...(b.decidingRole ? { decidingRole: b.decidingRole } : {}),
      lateJoin: b.lateJoin,
      referenceTeam: b.lateJoin === 'current' ? (b.referenceTeam ?? null) : null,
    };
    const check = headerFor(scenario, sessionBody(settings, 'facilitated'));
    if ('error' in check) return bad(reply, check.status, check.error);
    const courseId = newId('c');
    const createdAt = new Date(deps.clock.now()).toISOString();
    let code = '';
    for (let tries = 0; ; tries++) {
      code = newJoinCode();
      if (await sessions.createCourse({ id: courseId, code, data: settings, createdAt })) break;
      if (tries > 20) return bad(reply, 503, 'no free course code: try again');
    }
    const token = newSecret();
    await sessions.addToken(hashSecret(token), { sessionId: courseId, kind: 'course', participantId: null });
    const teams: CreatedTeam[] = [];
    for (const t of b.teams) {
      const made = await addTeam(courseId, settings, t.name, 'facilitated', false);
      if ('error' in made) return bad(reply, made.status, made.error);
      teams.push(made);
    }
    app.log.info({ courseId, scenario: b.scenarioId, teams: teams.length }, 'course created');
    const created: CreatedCourse = { courseId, code, token, link: `/c/${courseId}#k=${token}`, teams };
    return reply.code(201).send(created);
  });

  app.get<{ Params: { id: string } }>('/api/courses/:id', async (req, reply) => {
    if (!(await isTrainer(sessions, bearer(req), req.params.id))) return bad(reply, 401, 'the course key is missing or wrong');
    const c = await settingsOf(req.params.id);
    if (!c) return bad(reply, 404, 'no such course');
    const teams = await Promise.all((await sessions.listTeams(c.id)).map(teamInfo));
    const info: CourseInfo = { ...c.settings, courseId: c.id, code: c.code, createdAt: c.createdAt, teams };
    return info;
  });

  app.post<{ Params: { id: string } }>('/api/courses/:id/teams', async (req, reply) => {
    if (!(await isTrainer(sessions, bearer(req), req.params.id))) return bad(reply, 401, 'the course key is missing or wrong');
    const body = AddTeam.safeParse(req.body);
    if (!body.success) return bad(reply, 400, describeIssue(body.error));
    const c = await settingsOf(req.params.id);
    if (!c) return bad(reply, 404, 'no such course');
    const made = await addTeam(c.id, c.settings, body.data.name, 'facilitated', await underWay(c.id));
    if ('error' in made) return bad(reply, made.status, made.error);
    return reply.code(201).send(made);
  });

  /** A team laptop joins by the course code: a session of its own where the laptop holds the facilitator key. */
  app.post('/api/courses/join', async (req, reply) => {
    const body = JoinCourse.safeParse(req.body);
    if (!body.success) return bad(reply, 400, describeIssue(body.error));
    if (deps.wrongCodes.blocked(req.ip)) return bad(reply, 429, 'too many wrong codes from this device: wait a minute and try again');
    const owner = await sessions.findCode(body.data.code);
    const c = owner?.kind === 'course' ? await settingsOf(owner.id) : undefined;
    if (!c) {
      deps.wrongCodes.fail(req.ip);
      return bad(reply, 404, `code: no course with the code ${body.data.code}`);
    }
    const made = await addTeam(c.id, c.settings, body.data.name, 'laptop', await underWay(c.id));
    if ('error' in made) return bad(reply, made.status, made.error);
    const joined: JoinedCourse = { courseId: c.id, team: made };
    return reply.code(201).send(joined);
  });

  /** Pause, resume or one inject for every team at once; each team's answer comes back, a refusal with its reason. */
  app.post<{ Params: { id: string } }>('/api/courses/:id/command', async (req, reply) => {
    if (!(await isTrainer(sessions, bearer(req), req.params.id))) return bad(reply, 401, 'the course key is missing or wrong');
    const body = CourseCommand.safeParse(req.body);
    if (!body.success) return bad(reply, 400, describeIssue(body.error));
    const id = `course-${newSecret()
      .slice(0, 20)
      .replace(/[^A-Za-z0-9_-]/g, '')}`;
    const results: CommandResult[] = [];
    for (const t of await sessions.listTeams(req.params.id)) {
      const name = (t.data as TeamData).name;
      const room = await deps.hub.room(t.sessionId);
      const base = { position: t.position, name, sessionId: t.sessionId };
      if (!room) results.push({ ...base, ok: false, message: 'the team’s session could not be loaded' });
      else if (room.state.ended) results.push({ ...base, ok: false, message: 'the team has ended its session' });
      else {
        const r = await room.trainer(id, body.data.event);
        results.push(r.ok ? { ...base, ok: true, seq: r.seq } : { ...base, ok: false, message: r.message });
      }
    }
    return { results };
  });

  /** Every team's session as its save (the JSON a solo save exports), for the comparison debrief. */
  app.get<{ Params: { id: string } }>('/api/courses/:id/export', async (req, reply) => {
    if (!(await isTrainer(sessions, bearer(req), req.params.id))) return bad(reply, 401, 'the course key is missing or wrong');
    const c = await settingsOf(req.params.id);
    if (!c) return bad(reply, 404, 'no such course');
    const teams: CourseExport['teams'] = [];
    for (const t of await sessions.listTeams(c.id)) {
      const room = await deps.hub.room(t.sessionId);
      if (!room) return bad(reply, 500, `team ${t.position}: the session could not be loaded`);
      const d = t.data as TeamData;
      teams.push({ position: t.position, name: d.name, kind: d.kind, sessionId: t.sessionId, session: room.state.session });
    }
    const out: CourseExport = { course: { id: c.id, name: c.settings.name, scenarioId: c.settings.scenarioId }, teams };
    return out;
  });
}
