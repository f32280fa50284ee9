// The shapes the session client hands its users: its snapshot, its outbox entries, what a submission comes back with,
// and what it needs injected (socket, timers, back-off, ids, clock) so tests can drive it without sleeping.
import type { ErrorCode, Moved, ProposedEvent, Viewer, WireEvent } from './protocol.ts';

/** The part of a WebSocket the client uses: the browser's WebSocket and Node's `ws` both fit. */
export type SocketLike = {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  onopen: ((ev: unknown) => void) | null;
  onmessage: ((ev: { data: unknown }) => void) | null;
  onclose: ((ev: unknown) => void) | null;
  onerror: ((ev: unknown) => void) | null;
};

export type Timers = { setTimeout(fn: () => void, ms: number): unknown; clearTimeout(handle: unknown): void };

export type ClientStatus = 'connecting' | 'open' | 'offline' | 'refused' | 'closed';

export type Outgoing = {
  id: string;
  event: ProposedEvent;
  expectedSeq?: number;
  /** queued: waiting for a connection; sent: on the wire; acked: in the log at `seq`; refused: not in the log (see error). */
  status: 'queued' | 'sent' | 'acked' | 'refused';
  seq?: number;
  error?: { code: ErrorCode | 'closed'; message: string; reason?: string };
};

export type SubmitResult =
  | { ok: true; seq: number }
  /** `reason`: the engine's code for the game rule a `rejected` event broke. */
  | { ok: false; code: ErrorCode | 'closed'; message: string; reason?: string };

export type ClientSnapshot = {
  status: ClientStatus;
  viewer: Viewer | null;
  header: Record<string, unknown> | null;
  /** The log as this viewer sees it, without gaps (facilitator-only events are `redacted` for the room). */
  events: readonly WireEvent[];
  outbox: readonly Outgoing[];
  presence: { participants: string[]; screens: Record<string, number> } | null;
  /** Why the server refused the connection (bad link, unknown session); the client stops retrying. */
  refusal: { code: ErrorCode; message: string } | null;
  /** Server clock minus ours (ms), from the last welcome or pong: shows a deadline in local time. */
  clockOffset: number;
  /** The room moved on to a what-if fork of this session, with this screen's key for it; the client has stopped. */
  moved: Omit<Moved, 'v' | 'type'> | null;
};

export type ClientOptions = {
  /** WebSocket URL of the server, e.g. ws://192.168.1.20:4173/ws. */
  url: string;
  sessionId: string;
  secret: string;
  /** Events the client already holds (e.g. from an earlier page): resync asks only for the rest. */
  events?: readonly WireEvent[];
  connect?: (url: string) => SocketLike;
  timers?: Timers;
  /** Wait before reconnect attempt n (0-based). */
  backoff?: (attempt: number) => number;
  newId?: () => string;
  now?: () => number;
};
