// What the screens need to find the server: whether one answers at all (a static host answers every path with
// index.html, so only JSON naming the app counts), the WebSocket URL beside the page, and the key in a link's fragment.
import type { Health } from './protocol.ts';

/** True when `/api/health` answers JSON with `app: "draaiboek"`; false for a static host, an error or no answer. */
export async function serverPresent(fetcher: typeof fetch = fetch, base = ''): Promise<Health | null> {
  try {
    const r = await fetcher(`${base}/api/health`, { headers: { accept: 'application/json' } });
    if (!r.ok || !(r.headers.get('content-type') ?? '').includes('application/json')) return null;
    const body = (await r.json()) as Partial<Health>;
    return body.app === 'draaiboek' ? (body as Health) : null;
  } catch {
    return null;
  }
}

/** The session WebSocket beside a page: http → ws, https → wss, same host and port. */
export function socketUrl(page: { protocol: string; host: string }): string {
  return `${page.protocol === 'https:' ? 'wss' : 'ws'}://${page.host}/ws`;
}

/** The key from a link's fragment (`#k=…`), which browsers never send to the server. */
export function keyFromHash(hash: string): string | null {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('k');
  return key && key.length >= 16 ? key : null;
}

/** The projector's and observer's keys, carried in the facilitator's own link after the facilitator key. */
export type ConsoleKeys = { facilitator: string; projector: string | null; observer: string | null };

export function keysFromHash(hash: string): ConsoleKeys | null {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const k = p.get('k');
  if (!k || k.length < 16) return null;
  return { facilitator: k, projector: p.get('p'), observer: p.get('o') };
}

export function consoleHash(keys: { facilitator: string; projector: string; observer: string }): string {
  return `#k=${keys.facilitator}&p=${keys.projector}&o=${keys.observer}`;
}
