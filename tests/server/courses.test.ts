// @vitest-environment node
// Courses on a real server: a trainer makes a course of three teams, the teams choose differently and their exports
// compare as three paths with their split points, one command pauses, resumes and sends an inject to every team's log,
// late teams start at the beginning or where the reference team is, a team laptop joins by the course code, and only
// the trainer's key drives the course.
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { compareSessions } from '../../src/engine/compare/compare';
import { parseSave } from '../../src/engine/play/save';
import type { CommandResults, CourseExport, CourseInfo, CreatedCourse, CreatedTeam, JoinedCourse } from '../../src/net/course';
import { createSession, joinSession, mini, RawSocket, type Running, removeTemps, startServer } from './support';

let server: Running | null = null;
const sockets: RawSocket[] = [];
afterEach(async () => {
  for (const s of sockets.splice(0)) s.close();
  await server?.close();
  server = null;
});
afterAll(removeTemps);

async function call<T>(method: 'GET' | 'POST', path: string, body?: unknown, key?: string): Promise<{ status: number; body: T }> {
  const r = await fetch((server as Running).url + path, {
    method,
    headers: { ...(body ? { 'content-type': 'application/json' } : {}), ...(key ? { authorization: `Bearer ${key}` } : {}) },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: r.status, body: (await r.json()) as T };
}

const courseBody = (over: Record<string, unknown> = {}) => ({
  name: 'Cursus maart',
  scenarioId: 'mini',
  language: 'nl',
  timerMode: 'off',
  decisionMode: 'majority',
  teams: [{ name: 'Rood' }, { name: 'Groen' }, { name: 'Blauw' }],
  lateJoin: 'current',
  referenceTeam: 1,
  ...over,
});

async function makeCourse(over: Record<string, unknown> = {}): Promise<CreatedCourse> {
  const r = await call<CreatedCourse>('POST', '/api/courses', courseBody(over));
  if (r.status !== 201) throw new Error(JSON.stringify(r.body));
  return r.body;
}

/** A facilitator's raw socket on a team's session. */
async function console(sessionId: string, key: string): Promise<RawSocket> {
  const s = await RawSocket.open((server as Running).ws);
  sockets.push(s);
  const welcome = await s.hello(sessionId, key);
  if (welcome.type !== 'welcome') throw new Error(JSON.stringify(welcome));
  return s;
}

let n = 0;
/** Send a facilitator command with the seq the log stands at. */
async function command(s: RawSocket, event: Record<string, unknown>, seq: number) {
  const r = await s.submit(`t${n++}`, event, seq);
  if (r.type !== 'ack') throw new Error(JSON.stringify(r));
  return r.seq as number;
}

/** Start, then lock the given options one decision at a time (the facilitator decides on a tie or no votes). */
async function play(team: CreatedTeam, key: string, options: string[]): Promise<number> {
  const s = await console(team.sessionId, key);
  let seq = await command(s, { type: 'session.start' }, 0);
  for (const optionId of options) {
    seq = await command(s, { type: 'decision.open' }, seq);
    seq = await command(s, { type: 'decision.lock', optionId, basis: 'facilitator' }, seq);
  }
  return seq;
}

const exportOf = async (c: CreatedCourse) =>
  (await call<CourseExport>('GET', `/api/courses/${c.courseId}/export`, undefined, c.token)).body;

describe('a course of three teams', () => {
  it('gives the course and every team a code of one namespace, and the trainer a key in the fragment', async () => {
    server = await startServer();
    const c = await makeCourse();
    expect(c.link).toBe(`/c/${c.courseId}#k=${c.token}`);
    const codes = [c.code, ...c.teams.map((t) => t.code)];
    for (const code of codes) expect(code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    expect(new Set(codes).size).toBe(4);
    expect(c.teams.map((t) => [t.position, t.name, t.kind, t.late])).toEqual([
      [1, 'Rood', 'facilitated', false],
      [2, 'Groen', 'facilitated', false],
      [3, 'Blauw', 'facilitated', false],
    ]);
    // The course code is not a session's: the participant join screen says where a team laptop goes instead.
    expect(await call('GET', `/api/join/${c.code}`)).toMatchObject({ status: 404, body: { error: expect.stringMatching(/course/) } });
    const info = await call<CourseInfo>('GET', `/api/courses/${c.courseId}`, undefined, c.token);
    expect(info.body).toMatchObject({
      name: 'Cursus maart',
      scenarioId: 'mini',
      decisionMode: 'majority',
      lateJoin: 'current',
      referenceTeam: 1,
    });
    expect(info.body.teams.map((t) => t.code)).toEqual(c.teams.map((t) => t.code));
  });

  it('keeps each team’s own choices, and exports every team’s save as a solo save exports it', async () => {
    server = await startServer();
    const c = await makeCourse();
    const [red, green, blue] = c.teams as [CreatedTeam, CreatedTeam, CreatedTeam];
    await play(red, red.tokens.facilitator, ['patch', 'monitor']);
    await play(green, green.tokens.facilitator, ['wait', 'ignore']);
    // The trainer's key opens every team's console too.
    await play(blue, c.token, ['patch', 'cut']);
    const out = await exportOf(c);
    expect(out.course).toEqual({ id: c.courseId, name: 'Cursus maart', scenarioId: 'mini' });
    const locks = out.teams.map((t) =>
      (t.session.events as { type: string; optionId?: string }[]).filter((e) => e.type === 'decision.lock').map((e) => e.optionId),
    );
    expect(locks).toEqual([
      ['patch', 'monitor'],
      ['wait', 'ignore'],
      ['patch', 'cut'],
    ]);
    for (const t of out.teams) {
      const parsed = parseSave(JSON.stringify(t.session));
      expect(parsed.ok).toBe(true);
      expect(t.session.scenario).toMatchObject({ id: 'mini', version: 1, hash: expect.any(String) });
    }
  });

  it('gives a comparison of the three teams’ exported saves: three paths and the points where they split', async () => {
    server = await startServer();
    const c = await makeCourse();
    const [red, green, blue] = c.teams as [CreatedTeam, CreatedTeam, CreatedTeam];
    await play(red, red.tokens.facilitator, ['patch', 'monitor']);
    await play(green, green.tokens.facilitator, ['wait', 'ignore']);
    await play(blue, blue.tokens.facilitator, ['patch', 'cut']);
    // As the course's compare screen does: every team's export read as a save, then compared by the engine.
    const entries = (await exportOf(c)).teams.map((t) => {
      const parsed = parseSave(JSON.stringify(t.session));
      if (!parsed.ok) throw new Error(`${t.name}: ${parsed.message}`);
      return { label: t.name, session: parsed.session };
    });
    const result = compareSessions(mini(), entries);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const cmp = result.comparison;
    expect(cmp.paths.map((p) => [p.label, p.steps.map((x) => `${x.stageId}/${x.optionId}`)])).toEqual([
      ['Rood', ['warning/patch', 'attack/monitor']],
      ['Groen', ['warning/wait', 'attack/ignore']],
      ['Blauw', ['warning/patch', 'attack/cut']],
    ]);
    expect(cmp.rows).toBe(2);
    expect(cmp.paths.map((p) => p.ending?.id)).toEqual(['good', 'bad', 'good']);
    // First all three split at the warning (Groen waits), then Rood and Blauw, who patched together, at the attack.
    expect(
      cmp.splits.map((x) => ({
        index: x.index,
        stageId: x.stageId,
        first: x.first,
        sessions: x.sessions,
        branches: x.branches.map((b) => [b.optionId, b.sessions]),
      })),
    ).toEqual([
      {
        index: 0,
        stageId: 'warning',
        first: true,
        sessions: [0, 1, 2],
        branches: [
          ['patch', [0, 2]],
          ['wait', [1]],
        ],
      },
      {
        index: 1,
        stageId: 'attack',
        first: false,
        sessions: [0, 2],
        branches: [
          ['monitor', [0]],
          ['cut', [2]],
        ],
      },
    ]);
    expect(cmp.historical.steps.map((x) => x.optionId)).toEqual(['patch']);
  });

  it('pauses and resumes every team at once and sends one inject to all, each in its own log', async () => {
    server = await startServer();
    const c = await makeCourse();
    const [red, green] = c.teams as [CreatedTeam, CreatedTeam, CreatedTeam];
    await play(red, red.tokens.facilitator, []);
    await play(green, green.tokens.facilitator, ['patch']);
    const watching = await console(red.sessionId, red.tokens.facilitator);
    const send = (event: Record<string, unknown>) => call<CommandResults>('POST', `/api/courses/${c.courseId}/command`, { event }, c.token);
    const paused = await send({ type: 'session.pause' });
    expect(paused.body.results.map((r) => r.ok)).toEqual([true, true, true]);
    // The team's console hears it like any other event.
    expect(await watching.next((m) => m.type === 'event' && (m.event as { type: string }).type === 'session.pause')).toBeTruthy();
    const again = await send({ type: 'session.pause' });
    expect(again.body.results.map((r) => [r.name, r.ok, r.message])).toEqual([
      ['Rood', false, 'the session is already paused'],
      ['Groen', false, 'the session is already paused'],
      ['Blauw', false, 'the session is already paused'],
    ]);
    expect((await send({ type: 'session.resume' })).body.results.every((r) => r.ok)).toBe(true);
    const inject = {
      type: 'inject.custom',
      kind: 'news',
      from: 'NOS',
      subject: 'Ziekenhuis offline',
      body: 'Het ziekenhuis is onbereikbaar.',
    };
    expect((await send(inject)).body.results.every((r) => r.ok)).toBe(true);
    for (const t of (await exportOf(c)).teams) {
      const events = t.session.events as { type: string; by?: string; subject?: string }[];
      expect(events.filter((e) => e.by === 'trainer').map((e) => e.type)).toEqual(['session.pause', 'session.resume', 'inject.custom']);
      expect(events.find((e) => e.type === 'inject.custom')?.subject).toBe('Ziekenhuis offline');
    }
    expect(await send({ type: 'decision.lock', optionId: 'patch' })).toMatchObject({ status: 400 });
  });
});

describe('a team that joins a course under way', () => {
  it('is brought to the reference team’s point, with the copied events marked as a prefix', async () => {
    server = await startServer();
    const c = await makeCourse();
    const [red] = c.teams as [CreatedTeam];
    await play(red, red.tokens.facilitator, ['patch']);
    const late = await call<CreatedTeam>('POST', `/api/courses/${c.courseId}/teams`, { name: 'Paars' }, c.token);
    expect(late.status).toBe(201);
    expect(late.body).toMatchObject({ position: 4, name: 'Paars', late: true, prefix: { from: 'Rood', copied: 3 } });
    const s = await console(late.body.sessionId, late.body.tokens.facilitator);
    // It goes on from the reference team's stage with a decision of its own.
    await command(s, { type: 'decision.open' }, 3);
    await command(s, { type: 'decision.lock', optionId: 'ignore', basis: 'facilitator' }, 4);
    const team = (await exportOf(c)).teams.find((t) => t.name === 'Paars');
    expect(team?.session.prefix).toMatchObject({ from: 'Rood', sessionId: red.sessionId, copied: 3 });
    expect(((team?.session.events ?? []) as { type: string; optionId?: string }[]).map((e) => e.optionId ?? e.type)).toEqual([
      'session.start',
      'decision.open',
      'patch',
      'decision.open',
      'ignore',
    ]);
    // Participants join the late team as any other.
    expect((await joinSession(server, late.body.code, 'Dirk', 'ciso')).name).toBe('Dirk');
  });

  it('starts at the beginning when the course says so', async () => {
    server = await startServer();
    const c = await makeCourse({ lateJoin: 'start', referenceTeam: undefined });
    await play(c.teams[0] as CreatedTeam, (c.teams[0] as CreatedTeam).tokens.facilitator, ['patch']);
    const late = await call<CreatedTeam>('POST', `/api/courses/${c.courseId}/teams`, { name: 'Paars' }, c.token);
    expect(late.body).toMatchObject({ late: true, prefix: null });
    const team = (await exportOf(c)).teams.find((t) => t.name === 'Paars');
    expect(team?.session.events).toEqual([]);
  });

  it('starts at the beginning too when nobody has started yet', async () => {
    server = await startServer();
    const c = await makeCourse();
    const early = await call<CreatedTeam>('POST', `/api/courses/${c.courseId}/teams`, { name: 'Paars' }, c.token);
    expect(early.body).toMatchObject({ position: 4, late: false, prefix: null });
  });

  it('can be a team laptop joining by the course code, deciding as its own facilitator', async () => {
    server = await startServer();
    const c = await makeCourse();
    await play(c.teams[0] as CreatedTeam, (c.teams[0] as CreatedTeam).tokens.facilitator, ['wait']);
    const joined = await call<JoinedCourse>('POST', '/api/courses/join', { code: c.code.toLowerCase(), name: 'Laptop 1' });
    expect(joined.status).toBe(201);
    expect(joined.body).toMatchObject({ courseId: c.courseId, team: { kind: 'laptop', late: true, prefix: { from: 'Rood', copied: 3 } } });
    const team = (await exportOf(c)).teams.find((t) => t.kind === 'laptop');
    expect(team?.session).toMatchObject({ decisionMode: 'facilitator' });
    const s = await console(joined.body.team.sessionId, joined.body.team.tokens.facilitator);
    await command(s, { type: 'decision.open' }, 3);
    expect(await call('POST', '/api/courses/join', { code: 'QQQQQQ', name: 'Laptop 2' })).toMatchObject({
      status: 404,
      body: { error: 'code: no course with the code QQQQQQ' },
    });
  });

  it('refuses a course whose late teams need a reference team it does not name, naming the field', async () => {
    server = await startServer();
    const r = await call<{ error: string }>('POST', '/api/courses', courseBody({ referenceTeam: undefined }));
    expect(r).toMatchObject({ status: 400, body: { error: expect.stringMatching(/^referenceTeam: /) } });
    const far = await call<{ error: string }>('POST', '/api/courses', courseBody({ referenceTeam: 7 }));
    expect(far.body.error).toMatch(/^referenceTeam: the reference team must be one of the teams/);
    const role = await call<{ error: string }>('POST', '/api/courses', courseBody({ decisionMode: 'role', decidingRole: 'ceo' }));
    expect(role).toMatchObject({ status: 400, body: { error: expect.stringMatching(/decidingRole/) } });
  });
});

describe('who drives a course', () => {
  it('is the trainer’s key only: not a participant’s secret, a team’s facilitator key, or another course’s key', async () => {
    server = await startServer();
    const c = await makeCourse();
    const other = await makeCourse({ name: 'Andere cursus' });
    const red = c.teams[0] as CreatedTeam;
    const seat = await joinSession(server, red.code, 'Anna', 'ciso');
    const pause = { event: { type: 'session.pause' } };
    for (const key of [seat.secret, red.tokens.facilitator, other.token, undefined]) {
      expect((await call('POST', `/api/courses/${c.courseId}/command`, pause, key)).status).toBe(401);
      expect((await call('GET', `/api/courses/${c.courseId}`, undefined, key)).status).toBe(401);
      expect((await call('GET', `/api/courses/${c.courseId}/export`, undefined, key)).status).toBe(401);
      expect((await call('POST', `/api/courses/${c.courseId}/teams`, { name: 'X' }, key)).status).toBe(401);
    }
    // A participant still cannot pause their own team, and the course's key opens no session outside the course.
    const phone = await RawSocket.open(server.ws);
    sockets.push(phone);
    await phone.hello(red.sessionId, seat.secret);
    expect(await phone.submit('p1', { type: 'session.pause' }, 1)).toMatchObject({ type: 'error', code: 'forbidden' });
    const alone = await createSession(server);
    const outsider = await RawSocket.open(server.ws);
    sockets.push(outsider);
    expect(await outsider.hello(alone.sessionId, c.token)).toMatchObject({ type: 'error', code: 'bad-secret' });
    expect(await outsider.hello((other.teams[0] as CreatedTeam).sessionId, c.token)).toMatchObject({ type: 'error', code: 'bad-secret' });
    expect((await call('GET', `/api/sessions/${red.sessionId}/save`, undefined, c.token)).status).toBe(200);
    expect((await call('GET', `/api/sessions/${alone.sessionId}/save`, undefined, c.token)).status).toBe(401);
  });
});
