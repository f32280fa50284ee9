// The Fastify app: the session API, the WebSocket endpoint and (when a dist folder is given) the built client with
// index.html for every client route. Everything it needs is passed in, so tests build it on a temporary database.
import { existsSync } from 'node:fs';
import rateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import websocket from '@fastify/websocket';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { renderSVG } from 'uqr';
import {
  CreateSession,
  describeIssue,
  type Health,
  type Invite,
  type Joined,
  type JoinInfo,
  JoinRequest,
  type LinkKind,
} from '../src/net/protocol.ts';
import { ownerIn } from './access.ts';
import { registerCourses } from './courses.ts';
import { newHeader, participantOf } from './engine.ts';
import { registerFork } from './fork.ts';
import { Hub, type HubDeps } from './hub.ts';
import { type Interfaces, reach } from './lan.ts';
import { type Clock, KeyedLimiter } from './limits.ts';
import type { Room, ServerClock } from './room.ts';
import type { ScenarioShelf } from './scenarios.ts';
import { hashSecret, newId, newSecret } from './secrets.ts';
import { spawnSession } from './spawn.ts';
import type { Cluster, EventStore, SessionStore } from './storage/types.ts';
import { registerUploads } from './upload-route.ts';
import { scenarioFor } from './uploads.ts';

export type AppOptions = {
  events: EventStore;
  sessions: SessionStore;
  /** Several processes on one PostgreSQL database; absent for the embedded SQLite store. */
  cluster?: Cluster | undefined;
  shelf: ScenarioShelf;
  version: string;
  clock: ServerClock;
  limitClock: Clock;
  /** The built client to serve; omitted in API-only tests. */
  dist?: string;
  host: string;
  publicUrl?: string | undefined;
  interfaces?: Interfaces;
  /** Pino log level, or a stream to log to (tests read it to prove no token is logged). */
  logger?: { level: 'silent' | 'error' | 'warn' | 'info' | 'debug'; stream?: NodeJS.WritableStream };
  messageRate?: HubDeps['messageRate'];
  /** HTTP requests per minute per address (600): raise it when many participants share one address (a hospital's NAT). */
  httpPerMinute?: number | undefined;
  /** Wrong join codes per address: a burst, then so many per second. */
  joinRate?: { burst: number; perSecond: number };
  /** Scenario uploads per address: a burst, then so many per second (checking a file costs a core for a while). */
  uploadRate?: { burst: number; perSecond: number };
};

export async function buildApp(opts: AppOptions): Promise<{ app: FastifyInstance; hub: Hub }> {
  const app = Fastify({
    logger: opts.logger ? { level: opts.logger.level, ...(opts.logger.stream ? { stream: opts.logger.stream } : {}) } : false,
    bodyLimit: 64 * 1024,
    trustProxy: false,
  });
  const log = app.log;
  const hub = new Hub({
    events: opts.events,
    sessions: opts.sessions,
    cluster: opts.cluster,
    shelf: opts.shelf,
    clock: opts.clock,
    limitClock: opts.limitClock,
    log,
    ...(opts.messageRate ? { messageRate: opts.messageRate } : {}),
  });
  const wrongCodes = new KeyedLimiter(opts.joinRate?.burst ?? 10, opts.joinRate?.perSecond ?? 0.2, opts.limitClock);

  await app.register(rateLimit, { max: opts.httpPerMinute ?? 600, timeWindow: '1 minute' });
  // ws closes a connection on an oversized frame; allow more than the protocol's limit so the hub can answer instead.
  await app.register(websocket, { options: { maxPayload: 1024 * 1024 } });
  app.addHook('onClose', async () => {
    await hub.close();
  });

  const bad = (reply: FastifyReply, status: number, error: string) => reply.code(status).send({ error });
  /** The token in `Authorization: Bearer …` (never in the path or query, which Fastify logs). */
  const bearer = async (req: FastifyRequest, sessionId: string, kinds: (LinkKind | 'participant')[]) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1];
    if (!token) return null;
    const owner = await ownerIn(opts.sessions, token, sessionId);
    return owner && (kinds as string[]).includes(owner.kind) ? owner : null;
  };

  app.get(
    '/api/health',
    async (): Promise<Health> => ({
      app: 'draaiboek',
      version: opts.version,
      store: opts.sessions.kind,
      openSessions: await hub.openSessions(),
    }),
  );

  app.get('/api/scenarios', async () => opts.shelf.catalog());

  registerUploads(app, {
    shelf: opts.shelf,
    sessions: opts.sessions,
    clock: opts.clock,
    limitClock: opts.limitClock,
    log,
    rate: opts.uploadRate,
  });

  app.post('/api/sessions', async (req, reply) => {
    const body = CreateSession.safeParse(req.body);
    if (!body.success) return bad(reply, 400, describeIssue(body.error));
    const found = await scenarioFor(opts.shelf, opts.sessions, { id: body.data.scenarioId, hash: body.data.scenarioHash });
    if (body.data.scenarioHash && !found?.uploaded)
      return bad(
        reply,
        404,
        `scenarioHash: no uploaded scenario "${body.data.scenarioId}" with hash ${body.data.scenarioHash}: upload it again`,
      );
    if (!found) return bad(reply, 404, `scenarioId: no scenario "${body.data.scenarioId}" on this server`);
    const { scenario } = found;
    const { scenarioHash: _hash, ...settings } = body.data;
    const save = newHeader(scenario, settings);
    if ('error' in save) return bad(reply, 400, save.error);
    const spawned = await spawnSession({ ...opts, now: () => opts.clock.now() }, save, body.data.language);
    if (!spawned.ok) return bad(reply, spawned.status, spawned.error);
    const { created } = spawned;
    const id = created.sessionId;
    const room = await hub.room(id);
    if (room) hub.adopt(room);
    log.info({ sessionId: id, scenario: scenario.id, mode: body.data.decisionMode }, 'session created');
    return reply.code(201).send(created);
  });

  /** A join code's session, for the join screen (roles to choose from); wrong codes count against the address. */
  const byCode = async (req: FastifyRequest, reply: FastifyReply, code: string): Promise<Room | null> => {
    if (wrongCodes.blocked(req.ip)) {
      await bad(reply, 429, 'too many wrong join codes from this device: wait a minute and try again');
      return null;
    }
    const owner = await opts.sessions.findCode(code);
    if (owner?.kind === 'course') {
      await bad(reply, 404, `code: ${code} is a course’s code: a team laptop joins the course at /c`);
      return null;
    }
    const room = owner?.kind === 'session' ? await hub.room(owner.id) : undefined;
    if (!room) {
      wrongCodes.fail(req.ip);
      await bad(reply, 404, `code: no session with the code ${code}`);
      return null;
    }
    return room;
  };

  app.get<{ Params: { code: string } }>('/api/join/:code', async (req, reply) => {
    const code = JoinRequest.shape.code.safeParse(req.params.code);
    if (!code.success) return bad(reply, 400, describeIssue(code.error));
    const room = await byCode(req, reply, code.data);
    if (!room) return reply;
    const info: JoinInfo = {
      sessionId: room.header.id,
      scenarioId: room.scenario.id,
      language: room.header.language,
      roles: room.scenario.roles.map((r) => ({ id: r.id, name: r.name })),
    };
    return info;
  });

  app.post('/api/join', async (req, reply) => {
    const body = JoinRequest.safeParse(req.body);
    if (!body.success) return bad(reply, 400, describeIssue(body.error));
    const room = await byCode(req, reply, body.data.code);
    if (!room) return reply;
    if (body.data.secret) {
      const owner = await opts.sessions.findToken(hashSecret(body.data.secret));
      const me = owner?.participantId ? participantOf(room.state, owner.participantId) : undefined;
      if (owner && owner.sessionId === room.header.id && owner.participantId && me) {
        const joined: Joined = { sessionId: room.header.id, participantId: owner.participantId, secret: body.data.secret, ...me };
        return joined;
      }
    }
    if (room.state.ended) return bad(reply, 410, 'the session has ended: ask the facilitator for the debrief');
    if (!room.scenario.roles.some((r) => r.id === body.data.role))
      return bad(reply, 400, `role: "${body.data.role}" is not a role of this scenario`);
    const participantId = newId('p');
    const secret = newSecret();
    await opts.sessions.addToken(hashSecret(secret), { sessionId: room.header.id, kind: 'participant', participantId });
    const r = await room.system({ type: 'participant.join', participantId, name: body.data.name, role: body.data.role });
    if (!r.ok) return bad(reply, 409, r.message);
    const joined: Joined = { sessionId: room.header.id, participantId, secret, name: body.data.name, role: body.data.role };
    return reply.code(201).send(joined);
  });

  app.get<{ Params: { id: string } }>('/api/sessions/:id/invite', async (req, reply) => {
    if (!(await bearer(req, req.params.id, ['facilitator']))) return bad(reply, 401, 'the facilitator key is missing or wrong');
    const header = await opts.sessions.findSession(req.params.id);
    if (!header) return bad(reply, 404, 'no such session');
    const address = app.server.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    const r = reach({ host: opts.host, port, publicUrl: opts.publicUrl, ...(opts.interfaces ? { interfaces: opts.interfaces } : {}) });
    const joinUrls = r.bases.map((b) => `${b}/s/${header.code}`);
    const invite: Invite = { code: header.code, joinUrls, hint: r.hint, qrSvg: joinUrls[0] ? renderSVG(joinUrls[0]) : null };
    return invite;
  });

  /** An uploaded scenario of a session is on no one's build: every screen of the session fetches it here. */
  const uploadedOf = async (room: Room) =>
    (await scenarioFor(opts.shelf, opts.sessions, room.state.session.scenario))?.uploaded ? room.scenario : undefined;

  /**
   * The whole save (header and log) for the facilitator and observers: it loads in the browser like a solo save.
   * A session of an uploaded scenario carries that scenario, so the file loads and replays where it is unknown.
   */
  app.get<{ Params: { id: string } }>('/api/sessions/:id/save', async (req, reply) => {
    if (!(await bearer(req, req.params.id, ['facilitator', 'observer']))) return bad(reply, 401, 'the key is missing or wrong');
    const room = await hub.room(req.params.id);
    if (!room) return bad(reply, 404, 'no such session');
    const uploaded = await uploadedOf(room);
    return uploaded ? { ...room.state.session, embeddedScenario: uploaded } : room.state.session;
  });

  /** The session's scenario when it was uploaded, for any key of the session (participants' resume secrets too). */
  app.get<{ Params: { id: string } }>('/api/sessions/:id/scenario', async (req, reply) => {
    if (!(await bearer(req, req.params.id, ['facilitator', 'observer', 'projector', 'participant'])))
      return bad(reply, 401, 'the key is missing or wrong');
    const room = await hub.room(req.params.id);
    if (!room) return bad(reply, 404, 'no such session');
    const uploaded = await uploadedOf(room);
    if (!uploaded) return bad(reply, 404, `scenario "${room.scenario.id}" is a built-in scenario: every build has it`);
    return uploaded;
  });

  registerFork(app, { hub, sessions: opts.sessions, events: opts.events, now: () => opts.clock.now(), bearer });
  registerCourses(app, { ...opts, hub, wrongCodes });

  app.get('/ws', { websocket: true }, (socket, req) => hub.connect(socket, req.ip));

  if (opts.dist && existsSync(opts.dist)) {
    await app.register(fastifyStatic, { root: opts.dist, wildcard: false, index: ['index.html'] });
    app.setNotFoundHandler((req, reply) => {
      if (req.url.startsWith('/api/') || req.method !== 'GET') return bad(reply, 404, `no route ${req.method} ${req.url.split('?')[0]}`);
      return reply.type('text/html').sendFile('index.html');
    });
  } else {
    app.setNotFoundHandler((req, reply) => bad(reply, 404, `no route ${req.method} ${req.url.split('?')[0]}`));
  }
  return { app, hub };
}
