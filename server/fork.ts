// What if, for the whole room: the facilitator forks an ended session at one of its decisions. The engine builds the
// fork (the room's events before that decision, then the other option, locked by the facilitator); it is stored as a
// new session that remembers its parent, every participant keeps their place in it under a new secret, and every
// screen connected to the parent, on any process, is told where the room went (move.ts). The parent's log is not touched.
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { forkSession } from '../src/engine/play/fork.ts';
import { describeIssue, ForkRequest, type LinkKind } from '../src/net/protocol.ts';
import type { Hub } from './hub.ts';
import { spawnSession } from './spawn.ts';
import type { EventStore, SessionStore, StoredEvent, TokenOwner } from './storage/types.ts';

type Deps = {
  hub: Hub;
  sessions: SessionStore;
  events: EventStore;
  now: () => number;
  /** The token owner when the request carries a key of one of these kinds for this session. */
  bearer: (req: FastifyRequest, sessionId: string, kinds: LinkKind[]) => Promise<TokenOwner | null>;
};

export function registerFork(app: FastifyInstance, deps: Deps): void {
  const bad = (reply: FastifyReply, status: number, error: string) => reply.code(status).send({ error });

  app.post<{ Params: { id: string } }>('/api/sessions/:id/fork', async (req, reply) => {
    if (!(await deps.bearer(req, req.params.id, ['facilitator']))) return bad(reply, 401, 'the facilitator key is missing or wrong');
    const body = ForkRequest.safeParse(req.body);
    if (!body.success) return bad(reply, 400, describeIssue(body.error));
    const room = await deps.hub.room(req.params.id);
    if (!room) return bad(reply, 404, 'no such session');
    if (!room.state.ended) return bad(reply, 409, 'a what-if starts from the debrief: end the session first');
    const parent = room.state.session;
    const fork = forkSession(room.scenario, parent, {
      seq: body.data.seq,
      optionId: body.data.optionId,
      at: new Date(deps.now()).toISOString(),
      saveId: room.header.id,
      decisionMode: parent.decisionMode === 'solo' ? 'facilitator' : parent.decisionMode,
    });
    if (!fork.ok) return bad(reply, fork.reason.code === 'invalid' ? 500 : 409, fork.reason.message);

    const { events, ...save } = fork.session;
    const spawned = await spawnSession(deps, save, room.header.language, events as StoredEvent[]);
    if (!spawned.ok) return bad(reply, spawned.status, spawned.error);
    const { created } = spawned;
    const next = await deps.hub.room(created.sessionId);
    if (next) deps.hub.adopt(next);
    // Every screen on the parent, on this process and (through the cluster) on the others, follows the room.
    await deps.hub.forked(room.header.id, created.sessionId, created.tokens);
    req.log.info({ sessionId: room.header.id, fork: created.sessionId, seq: body.data.seq }, 'session forked');
    return reply.code(201).send(created);
  });
}
