// The two storage interfaces the server depends on: the event log and the session headers, tokens, codes, courses
// and uploaded scenarios (SQLite and PostgreSQL implement both), and the cluster: news of appends between processes.
import type { LinkKind } from '../../src/net/protocol.ts';

/** One stored event: the engine's SessionEvent as JSON, with its seq and (optional) client id pulled out for the indexes. */
export type StoredEvent = { seq: number; id?: string; [field: string]: unknown };

export type AppendResult =
  | { ok: true }
  /** Someone else appended first: the log's last seq is not the expected one. */
  | { ok: false; reason: 'conflict'; lastSeq: number }
  /** The client id is already in the log: the earlier event is returned so the caller can acknowledge it again. */
  | { ok: false; reason: 'duplicate'; existing: StoredEvent };

export interface EventStore {
  /** Append one event whose seq is expectedSeq + 1, in a transaction; refuses when the log has moved on. */
  append(sessionId: string, expectedSeq: number, event: StoredEvent): Promise<AppendResult>;
  /** Every event with seq greater than `seq`, in order. */
  readSince(sessionId: string, seq: number): Promise<StoredEvent[]>;
  /** The event a client id names, if any. */
  findByClientId(sessionId: string, clientId: string): Promise<StoredEvent | undefined>;
  lastSeq(sessionId: string): Promise<number>;
}

export type SessionHeader = {
  id: string;
  code: string;
  createdAt: string;
  endedAt: string | null;
  /** The engine's save header (format, scenario, seed, modes…), without events. */
  save: Record<string, unknown>;
  language: 'nl' | 'en';
};

/** Who a token belongs to. A course's trainer key has kind "course" and the course id in `sessionId`. */
export type TokenOwner = { sessionId: string; kind: LinkKind | 'participant' | 'course'; participantId: string | null };

export type CodeOwner = { kind: 'session' | 'course'; id: string };

export type StoredCourse = { id: string; code: string; data: unknown; createdAt: string };

/** One team of a course: its session, in the order teams were added (position 1, 2, …). */
export type StoredTeam = { courseId: string; position: number; sessionId: string; data: unknown; addedAt: string };

export type StoredScenario = { hash: string; id: string; version: number; body: unknown; uploadedAt: string };

export interface SessionStore {
  /** Short name for /api/health. */
  readonly kind: string;
  /** Create a session header with its join code; false when the code is taken (the caller draws another). */
  createSession(header: SessionHeader): Promise<boolean>;
  findSession(id: string): Promise<SessionHeader | undefined>;
  listSessions(opts?: { open?: boolean }): Promise<SessionHeader[]>;
  markEnded(id: string, at: string): Promise<void>;
  /** Sessions and courses share one namespace of join codes. */
  findCode(code: string): Promise<CodeOwner | undefined>;
  /** Store a token's SHA-256 hash (never the token). */
  addToken(hash: string, owner: TokenOwner): Promise<void>;
  findToken(hash: string): Promise<TokenOwner | undefined>;
  createCourse(course: StoredCourse): Promise<boolean>;
  findCourse(id: string): Promise<StoredCourse | undefined>;
  /** Add a team's session to a course at the next position (safe when two processes add at once); returns the position. */
  addTeam(team: Omit<StoredTeam, 'position'>): Promise<number>;
  listTeams(courseId: string): Promise<StoredTeam[]>;
  /** The course a session is a team of, if any. */
  findTeam(sessionId: string): Promise<StoredTeam | undefined>;
  /** Keep an uploaded scenario; uploading the same content again keeps one copy with the later upload time. */
  saveScenario(s: StoredScenario): Promise<void>;
  findScenario(hash: string): Promise<StoredScenario | undefined>;
  /**
   * Remove uploaded scenarios last uploaded before `uploadedBefore` (ISO) that no session was made from (a session
   * needs its scenario to replay); returns the hashes removed.
   */
  pruneScenarios(uploadedBefore: string): Promise<string[]>;
  close(): Promise<void>;
}

/**
 * Several processes on one database (PostgreSQL): news of every append, by any process, and the other processes'
 * addresses for the welcome. The embedded SQLite store has none; one process is its own news.
 */
export interface Cluster {
  /**
   * Called with (session id, seq) after each committed append, this process's own included, and with the event
   * itself when it fitted in the news (so the other processes need not read it back).
   */
  onAppend(listener: (sessionId: string, seq: number, event?: StoredEvent) => void): () => void;
  /** Called when news may have been missed (the listening connection was re-opened): look at every log again. */
  onMissed(listener: () => void): () => void;
  /** Tell every process (this one included) that the room of a session moved to its fork (a what-if for the room). */
  tellMoved(parentId: string, forkId: string): Promise<void>;
  /** Called with (parent, fork) for every move told by any process. */
  onMoved(listener: (parentId: string, forkId: string) => void): () => void;
  /** Tell the others where this process can be reached (its WebSocket URL), and keep telling them. */
  announce(selfUrl: string): Promise<void>;
  /** The WebSocket URLs of the other processes that are alive. */
  peers(): Promise<string[]>;
  close(): Promise<void>;
}
