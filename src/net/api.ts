// The session server's HTTP side, for the screens: upload a scenario, create a session, the join screen's roles,
// joining (or rejoining with a resume secret), the facilitator's invite (join code, QR, LAN links), the room's
// what-if fork, and an uploaded scenario for every screen of its session. Errors carry the server's own message, which names the field that was wrong.
import type {
  CreatedSession,
  CreateSession,
  ForkRequest,
  Invite,
  Joined,
  JoinInfo,
  JoinRequest,
  UploadedScenario,
  UploadFinding,
  UploadRefused,
} from './protocol.ts';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

export async function call<T>(fetcher: typeof fetch, path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  try {
    const r = await fetcher(path, { ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
    const body = (await r.json().catch(() => ({}))) as { error?: string };
    if (!r.ok) return { ok: false, status: r.status, message: body.error ?? `HTTP ${r.status}` };
    return { ok: true, value: body as T };
  } catch (e) {
    return { ok: false, status: 0, message: (e as Error).message };
  }
}

export const json = (body: unknown): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export const createSession = (body: CreateSession, fetcher: typeof fetch = fetch) =>
  call<CreatedSession>(fetcher, '/api/sessions', json(body));

export const joinInfo = (code: string, fetcher: typeof fetch = fetch) => call<JoinInfo>(fetcher, `/api/join/${encodeURIComponent(code)}`);

export const join = (body: JoinRequest, fetcher: typeof fetch = fetch) => call<Joined>(fetcher, '/api/join', json(body));

export const invite = (sessionId: string, key: string, fetcher: typeof fetch = fetch) =>
  call<Invite>(fetcher, `/api/sessions/${encodeURIComponent(sessionId)}/invite`, { headers: { authorization: `Bearer ${key}` } });

export type UploadResult =
  | { ok: true; value: UploadedScenario }
  | { ok: false; status: number; message: string; findings: UploadFinding[] };

/** Send a scenario file (YAML or JSON text) to be checked and kept; a refusal lists each problem with line and field. */
export async function uploadScenario(text: string, fetcher: typeof fetch = fetch): Promise<UploadResult> {
  try {
    const r = await fetcher('/api/scenarios', {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'text/plain; charset=utf-8' },
      body: text,
    });
    const body = (await r.json().catch(() => ({}))) as Partial<UploadRefused> & Partial<UploadedScenario>;
    if (r.ok) return { ok: true, value: body as UploadedScenario };
    return { ok: false, status: r.status, message: body.error ?? `HTTP ${r.status}`, findings: body.findings ?? [] };
  } catch (e) {
    return { ok: false, status: 0, message: (e as Error).message, findings: [] };
  }
}

/** The uploaded scenario of a session (unchecked JSON: the caller validates it), with any key of that session. */
export const sessionScenario = (sessionId: string, key: string, fetcher: typeof fetch = fetch) =>
  call<unknown>(fetcher, `/api/sessions/${encodeURIComponent(sessionId)}/scenario`, { headers: { authorization: `Bearer ${key}` } });

/** What if, for the whole room: fork the ended session at a decision; every connected screen follows to the fork. */
export const forkRoom = (sessionId: string, key: string, body: ForkRequest, fetcher: typeof fetch = fetch) =>
  call<CreatedSession>(fetcher, `/api/sessions/${encodeURIComponent(sessionId)}/fork`, {
    ...json(body),
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
  });
