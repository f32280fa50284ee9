// The session server's HTTP side, for the screens: create a session, the join screen's roles, joining (or
// rejoining with a resume secret), and the facilitator's invite (join code, QR, LAN links). Errors carry the
// server's own message, which names the field that was wrong.
import type { CreatedSession, CreateSession, Invite, Joined, JoinInfo, JoinRequest } from './protocol.ts';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; status: number; message: string };

async function call<T>(fetcher: typeof fetch, path: string, init: RequestInit = {}): Promise<ApiResult<T>> {
  try {
    const r = await fetcher(path, { ...init, headers: { accept: 'application/json', ...(init.headers ?? {}) } });
    const body = (await r.json().catch(() => ({}))) as { error?: string };
    if (!r.ok) return { ok: false, status: r.status, message: body.error ?? `HTTP ${r.status}` };
    return { ok: true, value: body as T };
  } catch (e) {
    return { ok: false, status: 0, message: (e as Error).message };
  }
}

const json = (body: unknown): RequestInit => ({
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
