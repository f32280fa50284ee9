// Facilitated sessions in this browser: opening a screen's connection (the client, then the scenario named in the
// session's header, then the connected store), the links a facilitator must keep, and a participant's place in a
// session (name, role, resume secret) so a reload or a locked phone comes back without joining twice.
import type { StoreApi } from 'zustand/vanilla';
import { Scenario } from '../engine/play/schema';
import { scenarioHash } from '../engine/play/session';
import { sessionScenario } from '../net/api';
import { SessionClient } from '../net/client';
import type { Joined } from '../net/protocol';
import { type ConnectedState, createConnectedStore } from './connected';

export type Opened = { scenario: Scenario; store: StoreApi<ConnectedState> };
export type OpenFailure = { refused: boolean; message: string };

/**
 * Connect to a session and, once the welcome names its scenario, load that scenario and fold the log.
 * Resolves with the store, or with why it cannot (a refused key, an unknown session, a scenario this build lacks).
 */
export function openSession(opts: {
  url: string;
  sessionId: string;
  secret: string;
  loadScenario: (id: string) => Promise<Scenario>;
  /** Fetches an uploaded scenario from the server; tests hand in their own. */
  fetchScenario?: (sessionId: string, secret: string) => Promise<Scenario>;
}): {
  done: Promise<Opened | OpenFailure>;
  cancel(): void;
} {
  const client = new SessionClient({ url: opts.url, sessionId: opts.sessionId, secret: opts.secret });
  let off: () => void = () => {};
  let cancelled = false;
  const done = new Promise<Opened | OpenFailure>((resolve) => {
    const check = () => {
      const snap = client.snapshot;
      if (snap.status === 'refused') {
        off();
        resolve({ refused: true, message: snap.refusal?.message ?? 'refused' });
        return;
      }
      const header = snap.header as { scenario?: { id?: string; hash?: string } } | null;
      const id = header?.scenario?.id;
      if (!id) return;
      off();
      scenarioOf(id, header?.scenario?.hash, opts).then(
        (scenario) => {
          if (cancelled) return;
          resolve({ scenario, store: createConnectedStore(client, scenario) });
        },
        (e: unknown) => {
          client.close();
          resolve({ refused: false, message: e instanceof Error ? e.message : String(e) });
        },
      );
    };
    off = client.subscribe(check);
    check();
  });
  return {
    done,
    cancel: () => {
      cancelled = true;
      off();
      client.close();
    },
  };
}

/** An uploaded scenario, from the session's server, validated here like any scenario data from outside. */
async function fromServer(sessionId: string, secret: string): Promise<Scenario> {
  const r = await sessionScenario(sessionId, secret);
  if (!r.ok) throw new Error(r.message);
  const parsed = Scenario.safeParse(r.value);
  if (!parsed.success) throw new Error(`the server's scenario does not fit the format: ${parsed.error.issues[0]?.message ?? ''}`);
  return parsed.data;
}

/**
 * The session's scenario: this build's (or this browser's own) when it is the very version the header names, else
 * the server's copy (an uploaded scenario is on no build); a server without one leaves the local version to replay.
 */
async function scenarioOf(
  id: string,
  hash: string | undefined,
  opts: { sessionId: string; secret: string; loadScenario: (id: string) => Promise<Scenario>; fetchScenario?: typeof fromServer },
): Promise<Scenario> {
  const local = await opts.loadScenario(id).catch((e: unknown) => e as Error);
  if (!(local instanceof Error) && (!hash || scenarioHash(local) === hash)) return local;
  try {
    return await (opts.fetchScenario ?? fromServer)(opts.sessionId, opts.secret);
  } catch (e) {
    if (!(local instanceof Error)) return local;
    throw new Error(`${local.message}; from the server: ${(e as Error).message}`);
  }
}

const LINKS_PREFIX = 'draaiboek.facilitator.';
const SEAT_PREFIX = 'draaiboek.participant.';

/** A participant's place in a session, kept per join code. */
export type Seat = Joined & { code: string };

const storage = (): Storage | null => (typeof localStorage === 'undefined' ? null : localStorage);

export function readSeat(code: string): Seat | null {
  try {
    const raw = storage()?.getItem(SEAT_PREFIX + code.toUpperCase());
    if (!raw) return null;
    const v = JSON.parse(raw) as Partial<Seat>;
    return typeof v.secret === 'string' && typeof v.sessionId === 'string' && typeof v.participantId === 'string' ? (v as Seat) : null;
  } catch {
    return null;
  }
}

export function keepSeat(seat: Seat): void {
  try {
    storage()?.setItem(SEAT_PREFIX + seat.code.toUpperCase(), JSON.stringify(seat));
  } catch {
    // A full or blocked storage only costs the automatic rejoin; the session itself goes on.
  }
}

export function forgetSeat(code: string): void {
  storage()?.removeItem(SEAT_PREFIX + code.toUpperCase());
}

/** The facilitator's link for a session, so the new-session screen can offer to reopen recent consoles. */
export function keepConsoleLink(sessionId: string, link: string): void {
  try {
    storage()?.setItem(LINKS_PREFIX + sessionId, link);
  } catch {
    // Only the shortcut is lost; the console says to keep the link.
  }
}
