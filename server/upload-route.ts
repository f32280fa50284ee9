// Uploading a scenario file (YAML or JSON) to the server: checked in a worker thread with the same checker as the
// browser, refused with every finding (line and field) or kept under its hash until a session is made from it.
import type { FastifyBaseLogger, FastifyInstance, FastifyReply } from 'fastify';
import { MAX_FILE_BYTES, tooLarge } from '../src/engine/play/limits.ts';
import { scenarioHash } from '../src/engine/play/session.ts';
import type { UploadedScenario, UploadRefused } from '../src/net/protocol.ts';
import { type Clock, KeyedLimiter } from './limits.ts';
import type { ServerClock } from './room.ts';
import type { ScenarioShelf } from './scenarios.ts';
import type { SessionStore } from './storage/types.ts';
import { checkInThread } from './uploads.ts';

type Deps = {
  shelf: ScenarioShelf;
  sessions: SessionStore;
  clock: ServerClock;
  limitClock: Clock;
  log: FastifyBaseLogger;
  /** Uploads per address: a burst, then so many per second (checking a file costs a core for a while). */
  rate?: { burst: number; perSecond: number } | undefined;
};

export function registerUploads(app: FastifyInstance, deps: Deps): void {
  const bad = (reply: FastifyReply, status: number, error: string) => reply.code(status).send({ error });
  const limiter = new KeyedLimiter(deps.rate?.burst ?? 10, deps.rate?.perSecond ?? 1 / 30, deps.limitClock);

  // A scenario file (YAML or JSON) as the request body, checked like in the browser before anything is kept. A body
  // past the file limit is cut off by Fastify and answered in the checker's own words (see the error handler).
  app.addContentTypeParser(
    ['text/plain', 'application/yaml', 'text/yaml'],
    { parseAs: 'string', bodyLimit: MAX_FILE_BYTES },
    (_req, body, done) => done(null, body),
  );
  app.post('/api/scenarios', { bodyLimit: MAX_FILE_BYTES }, async (req, reply) => {
    if (typeof req.body !== 'string')
      return bad(reply, 415, 'send the scenario file itself as the body, with content-type text/plain or application/yaml');
    if (limiter.blocked(req.ip)) return bad(reply, 429, 'too many scenario uploads from this device: wait a minute and try again');
    limiter.fail(req.ip);
    const checked = await checkInThread(req.body);
    if (!checked) return bad(reply, 503, 'the server is checking other scenarios: try again in a moment');
    if (!checked.ok) {
      const refused: UploadRefused = {
        error: `the scenario was refused: ${checked.errors.length} ${checked.errors.length === 1 ? 'problem' : 'problems'}`,
        findings: checked.errors,
      };
      deps.log.info({ scenario: checked.id, errors: checked.errors.length }, 'scenario upload refused');
      return reply.code(422).send(refused);
    }
    const { scenario, entry, warnings } = checked;
    if (deps.shelf.get(scenario.id)) {
      const refused: UploadRefused = {
        error: `id: "${scenario.id}" is a scenario of this server; give your scenario an id of its own`,
        findings: [{ path: '/id', line: null, message: `"${scenario.id}" is the id of a built-in scenario`, kind: 'duplicate-id' }],
      };
      return reply.code(422).send(refused);
    }
    const hash = scenarioHash(scenario);
    await deps.sessions.saveScenario({
      hash,
      id: scenario.id,
      version: scenario.version,
      body: scenario,
      uploadedAt: new Date(deps.clock.now()).toISOString(),
    });
    deps.log.info({ scenario: scenario.id, hash }, 'scenario uploaded');
    const uploaded: UploadedScenario = { hash, entry, warnings };
    return reply.code(201).send(uploaded);
  });

  // A scenario file past the size limit never reaches the route: say so in the checker's words, with the same shape.
  app.setErrorHandler((err: Error & { code?: string }, req, reply) => {
    if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE' && req.url.startsWith('/api/scenarios')) {
      const message = tooLarge(Number(req.headers['content-length']) || MAX_FILE_BYTES + 1);
      const refused: UploadRefused = { error: message, findings: [{ path: '', line: null, message, kind: 'limit' }] };
      return reply.code(413).send(refused);
    }
    // Everything else as before: Fastify's own answer.
    return reply.send(err);
  });
}
