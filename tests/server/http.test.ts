// @vitest-environment node
// The HTTP side of the server: health, creating sessions, joining with a code (and not twice), invites with LAN
// addresses and a QR code, the app's client routes, the logs (never a token) and the server's own decision timer.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { CreatedSession, Invite, Joined, JoinInfo } from '../../src/net/protocol';
import { createSession, joinSession, ManualClock, RawSocket, type Running, removeTemps, startServer, tempDir } from './support';

let server: Running | null = null;
afterEach(async () => {
  await server?.close();
  server = null;
});
afterAll(removeTemps);

const wifi = {
  lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true, netmask: '255.0.0.0', mac: '00:00:00:00:00:00', cidr: null }],
  wlan0: [{ address: '192.168.1.20', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '00:00:00:00:00:01', cidr: null }],
  docker0: [{ address: '203.0.113.9', family: 'IPv4', internal: false, netmask: '255.255.255.0', mac: '00:00:00:00:00:02', cidr: null }],
} as never;

describe('health and sessions', () => {
  it('answers /api/health with the app name, version, store and open sessions', async () => {
    server = await startServer();
    await createSession(server);
    expect((await server.get('/api/health')).body).toEqual({ app: 'draaiboek', version: 'test', store: 'sqlite', openSessions: 1 });
  });

  it('creates a session with a 6-character code without look-alikes and three links with their keys in the fragment', async () => {
    server = await startServer();
    const s = await createSession(server);
    expect(s.code).toMatch(/^[ACDEFGHJKMNPQRTUVWXY34679]{6}$/);
    expect(s.links.facilitator).toBe(`/f/${s.sessionId}#k=${s.tokens.facilitator}`);
    expect(s.links.projector).toMatch(new RegExp(`^/p/${s.sessionId}#k=`));
    expect(s.links.observer).toMatch(new RegExp(`^/o/${s.sessionId}#k=`));
    expect(new Set(Object.values(s.tokens)).size).toBe(3);
  });

  it('refuses a session for an unknown scenario, a bad mode or a deciding role the scenario lacks, naming the field', async () => {
    server = await startServer();
    const base = { scenarioId: 'mini', language: 'nl', timerMode: 'off', decisionMode: 'role', decidingRole: 'ciso' };
    expect(await server.post('/api/sessions', { ...base, scenarioId: 'nope' })).toMatchObject({
      status: 404,
      body: { error: expect.stringMatching(/scenarioId/) },
    });
    expect(await server.post('/api/sessions', { ...base, decisionMode: 'dice' })).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/decisionMode/) },
    });
    expect(await server.post('/api/sessions', { ...base, decidingRole: 'ceo' })).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/decidingRole/) },
    });
    expect(await server.post('/api/sessions', { ...base, decidingRole: undefined })).toMatchObject({ status: 400 });
  });
});

describe('joining', () => {
  it('shows the roles for a code typed in lower case with a space', async () => {
    server = await startServer();
    const s = await createSession(server);
    const code = `${s.code.slice(0, 3).toLowerCase()} ${s.code.slice(3)}`;
    const info = await server.get<JoinInfo>(`/api/join/${encodeURIComponent(code)}`);
    expect(info.body.roles.map((r) => r.id)).toEqual(['ciso', 'comms']);
  });

  it('gives a returning device its own place back instead of joining twice', async () => {
    server = await startServer();
    const s = await createSession(server);
    const first = await joinSession(server, s.code, 'Anna', 'ciso');
    const again = await server.post<Joined>('/api/join', { code: s.code, name: 'Anna K', role: 'comms', secret: first.secret });
    expect(again.body).toMatchObject({ participantId: first.participantId, name: 'Anna', role: 'ciso' });
    const fac = await RawSocket.open(server.ws);
    const welcome = await fac.hello(s.sessionId, s.tokens.facilitator);
    expect((welcome.events as { type: string }[]).filter((e) => e.type === 'participant.join')).toHaveLength(1);
    fac.close();
  });

  it('refuses a role the scenario does not have and a name with control characters', async () => {
    server = await startServer();
    const s = await createSession(server);
    expect(await server.post('/api/join', { code: s.code, name: 'Anna', role: 'ceo' })).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/role/) },
    });
    expect(await server.post('/api/join', { code: s.code, name: 'An\u0007na', role: 'ciso' })).toMatchObject({
      status: 400,
      body: { error: expect.stringMatching(/name/) },
    });
  });

  it('slows down an address that tries wrong codes, while right codes from it worked before', async () => {
    const clock = new ManualClock();
    server = await startServer({ clock, joinRate: { burst: 3, perSecond: 0.1 } });
    const s = await createSession(server);
    for (let i = 0; i < 3; i++) expect((await server.get('/api/join/AAAAAA')).status).toBe(404);
    expect(await server.get(`/api/join/${s.code}`)).toMatchObject({
      status: 429,
      body: { error: expect.stringMatching(/too many wrong join codes/) },
    });
    clock.advance(10_000);
    expect((await server.get(`/api/join/${s.code}`)).status).toBe(200);
  });

  it('refuses new participants after the end but lets a returning device back in', async () => {
    server = await startServer();
    const s = await createSession(server);
    const anna = await joinSession(server, s.code, 'Anna', 'ciso');
    const fac = await RawSocket.open(server.ws);
    await fac.hello(s.sessionId, s.tokens.facilitator);
    expect(await fac.submit('end', { type: 'session.end' }, 1)).toMatchObject({ type: 'ack' });
    expect(await server.post('/api/join', { code: s.code, name: 'Late', role: 'ciso' })).toMatchObject({ status: 410 });
    expect((await server.post('/api/join', { code: s.code, name: 'Anna', role: 'ciso', secret: anna.secret })).status).toBe(200);
    expect((await server.get('/api/health')).body).toMatchObject({ openSessions: 0 });
    fac.close();
  });
});

describe('invites', () => {
  it('bound to 127.0.0.1, gives no link phones cannot reach but says how to restart', async () => {
    server = await startServer();
    const s = await createSession(server);
    const invite = await server.get<Invite>(`/api/sessions/${s.sessionId}/invite`, { authorization: `Bearer ${s.tokens.facilitator}` });
    expect(invite.body).toMatchObject({
      code: s.code,
      joinUrls: [],
      qrSvg: null,
      hint: expect.stringMatching(/HOST=0\.0\.0\.0 npm start/),
    });
  });

  it('on every address lists the private network first, with a QR code of the first link', async () => {
    server = await startServer({ host: '0.0.0.0', interfaces: wifi });
    const s = await createSession(server);
    const port = new URL(server.url).port;
    const invite = await server.get<Invite>(`/api/sessions/${s.sessionId}/invite`, { authorization: `Bearer ${s.tokens.facilitator}` });
    expect(invite.body.joinUrls).toEqual([`http://192.168.1.20:${port}/s/${s.code}`, `http://203.0.113.9:${port}/s/${s.code}`]);
    expect(invite.body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(invite.body.hint).toBeNull();
  });

  it('uses PUBLIC_URL alone when it is set', async () => {
    server = await startServer({ host: '0.0.0.0', interfaces: wifi, publicUrl: 'https://oefening.example.nl/' });
    const s = await createSession(server);
    const invite = await server.get<Invite>(`/api/sessions/${s.sessionId}/invite`, { authorization: `Bearer ${s.tokens.facilitator}` });
    expect(invite.body.joinUrls).toEqual([`https://oefening.example.nl/s/${s.code}`]);
  });

  it('needs the facilitator key for the invite and a facilitator or observer key for the save', async () => {
    server = await startServer();
    const s = await createSession(server);
    for (const key of [undefined, s.tokens.projector, s.tokens.observer])
      expect((await server.get(`/api/sessions/${s.sessionId}/invite`, key ? { authorization: `Bearer ${key}` } : {})).status).toBe(401);
    expect((await server.get(`/api/sessions/${s.sessionId}/save`, { authorization: `Bearer ${s.tokens.projector}` })).status).toBe(401);
    const save = await server.get<{ format: number; decisionMode: string }>(`/api/sessions/${s.sessionId}/save`, {
      authorization: `Bearer ${s.tokens.observer}`,
    });
    expect(save.body).toMatchObject({ format: 2, decisionMode: 'facilitator', events: [] });
  });
});

describe('the app and the logs', () => {
  it('serves index.html for every client route and a JSON 404 for unknown API paths', async () => {
    const dist = join(tempDir(), 'dist');
    mkdirSync(dist, { recursive: true });
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Draaiboek</title>');
    server = await startServer({ dist });
    for (const path of ['/', '/s/ABCDEF', '/f/sabc', '/p/sabc', '/o/sabc', '/c/course1', '/play/x']) {
      const r = await fetch(server.url + path);
      expect(r.status, path).toBe(200);
      expect(await r.text()).toContain('<title>Draaiboek</title>');
    }
    expect(await server.get('/api/nothing')).toMatchObject({
      status: 404,
      body: { error: expect.stringMatching(/no route GET \/api\/nothing/) },
    });
  });

  it('logs requests as structured JSON without any token or secret', async () => {
    let logged = '';
    const stream = new Writable({
      write(chunk, _enc, done) {
        logged += String(chunk);
        done();
      },
    });
    server = await startServer({ logger: { level: 'info', stream } });
    const s = await createSession(server);
    const anna = await joinSession(server, s.code, 'Anna', 'ciso');
    await server.get(`/api/sessions/${s.sessionId}/invite`, { authorization: `Bearer ${s.tokens.facilitator}` });
    const raw = await RawSocket.open(server.ws);
    await raw.hello(s.sessionId, anna.secret);
    await raw.hello(s.sessionId, 'x'.repeat(40));
    raw.close();
    const lines = logged.trim().split('\n');
    expect(lines.length).toBeGreaterThan(3);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    for (const secret of [...Object.values(s.tokens), anna.secret]) expect(logged).not.toContain(secret);
    expect(logged).toContain(s.sessionId);
  });
});

describe('the decision timer', () => {
  it('appends decision.timeout at the deadline with the server’s clock, and not while paused', async () => {
    const clock = new ManualClock();
    server = await startServer({ clock });
    const created = (
      await server.post<CreatedSession>('/api/sessions', {
        scenarioId: 'mini',
        language: 'nl',
        timerMode: 'realistic',
        decisionMode: 'facilitator',
      })
    ).body;
    const fac = await RawSocket.open(server.ws);
    await fac.hello(created.sessionId, created.tokens.facilitator);
    await fac.submit('start', { type: 'session.start' }, 0);
    const opened = await fac.submit('open', { type: 'decision.open' }, 1);
    // "warning" has a 30-minute limit: realistic = 60 real seconds.
    clock.advance(20_000);
    await fac.submit('pause', { type: 'session.pause' }, opened.seq as number);
    clock.advance(120_000);
    await fac.submit('resume', { type: 'session.resume' }, 3);
    clock.advance(39_000);
    await new Promise((r) => setTimeout(r, 50));
    expect(fac.messages.some((m) => m.type === 'event' && (m.event as { type: string }).type === 'decision.timeout')).toBe(false);
    clock.advance(1_000);
    const timeout = await fac.next((m) => m.type === 'event' && (m.event as { type: string }).type === 'decision.timeout');
    expect(timeout.event).toMatchObject({ seq: 5, stageId: 'warning', by: 'server', at: new Date(clock.now()).toISOString() });
    fac.close();
  });
});

describe('after a restart', () => {
  it('runs the timers of open sessions again before anyone reconnects', async () => {
    const clock = new ManualClock();
    const file = join(tempDir(), 'restart.sqlite');
    server = await startServer({ clock, file });
    const created = (
      await server.post<CreatedSession>('/api/sessions', {
        scenarioId: 'mini',
        language: 'nl',
        timerMode: 'realistic',
        decisionMode: 'facilitator',
      })
    ).body;
    const fac = await RawSocket.open(server.ws);
    await fac.hello(created.sessionId, created.tokens.facilitator);
    await fac.submit('start', { type: 'session.start' }, 0);
    await fac.submit('open', { type: 'decision.open' }, 1);
    fac.close();
    await server.close();

    const later = await startServer({ clock, file });
    server = later;
    clock.advance(60_000);
    await new Promise((r) => setTimeout(r, 20));
    const probe = await RawSocket.open(later.ws);
    const welcome = await probe.hello(created.sessionId, created.tokens.facilitator);
    expect((welcome.events as { type: string }[]).map((e) => e.type)).toContain('decision.timeout');
    probe.close();
  });
});
