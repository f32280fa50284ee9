// Which addresses phones in the room can use to reach this laptop: every non-internal IPv4 address, private
// ranges first, or PUBLIC_URL alone when set. Interface lists are injected so tests need no real network.
import { networkInterfaces } from 'node:os';

export type Interfaces = ReturnType<typeof networkInterfaces>;

const isPrivate = (ip: string) => /^(10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.)/.test(ip);
const isLinkLocal = (ip: string) => ip.startsWith('169.254.');

export function lanAddresses(interfaces: Interfaces = networkInterfaces()): string[] {
  const found = new Set<string>();
  for (const list of Object.values(interfaces)) {
    for (const a of list ?? []) if (a.family === 'IPv4' && !a.internal) found.add(a.address);
  }
  const rank = (ip: string) => (isPrivate(ip) ? 0 : isLinkLocal(ip) ? 2 : 1);
  return [...found].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'en', { numeric: true }));
}

export type Reach = { bases: string[]; hint: string | null };

/**
 * The base URLs for join links. Bound to loopback, phones cannot connect: no links, and a hint to restart with
 * HOST=0.0.0.0. A PUBLIC_URL (behind a proxy or a name) wins over every interface address.
 */
export function reach(opts: { host: string; port: number; publicUrl?: string | undefined; interfaces?: Interfaces }): Reach {
  if (opts.publicUrl) return { bases: [opts.publicUrl.replace(/\/+$/, '')], hint: null };
  const loopback = opts.host === '127.0.0.1' || opts.host === 'localhost' || opts.host === '::1';
  if (loopback)
    return {
      bases: [],
      hint: `The server listens on ${opts.host} only, so phones cannot reach it. Stop it (Ctrl+C) and start it again with HOST=0.0.0.0 npm start.`,
    };
  const wildcard = opts.host === '0.0.0.0' || opts.host === '::';
  const addresses = wildcard ? lanAddresses(opts.interfaces) : [opts.host];
  return {
    bases: addresses.map((ip) => `http://${ip}:${opts.port}`),
    hint: addresses.length ? null : 'This laptop has no network address: connect it to the room’s Wi-Fi and reload.',
  };
}
