// Scenarios a facilitator uploads for a facilitated session: checked with the engine's checker (schema, limits and
// analysis, in a worker thread with a time limit), kept in the header store by content hash, and found again by the
// hash in a session's header when the session is created, restored after a restart, or exported.
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { UploadCheck } from '../src/engine/analyse/check-upload.ts';
import { Scenario } from '../src/engine/play/schema.ts';
import type { ScenarioShelf } from './scenarios.ts';
import type { SessionStore } from './storage/types.ts';

/** A check that takes longer is stopped and the file refused (the browser's limit too). */
export const CHECK_TIMEOUT_MS = 60_000;
/** Checks running at once; more are refused with "busy" instead of queueing on a small machine. */
const MAX_CHECKS = 2;

const workerFile = fileURLToPath(new URL('./check-worker.mjs', import.meta.url));
let running = 0;
let nextId = 1;
/** Workers that finished a check and wait for the next (starting one with tsx takes a second or two). */
const idle: Worker[] = [];

const refusal = (message: string): UploadCheck => ({ ok: false, id: null, errors: [{ path: '', line: null, kind: 'limit', message }] });

/** Check a scenario file's text off the main thread; null when too many checks are already running. */
export async function checkInThread(text: string, timeoutMs = CHECK_TIMEOUT_MS): Promise<UploadCheck | null> {
  if (running >= MAX_CHECKS) return null;
  running++;
  const worker = idle.pop() ?? new Worker(workerFile);
  worker.ref();
  const id = nextId++;
  let timer: NodeJS.Timeout | undefined;
  let healthy = false;
  let settle: (r: UploadCheck) => void = () => {};
  const onMessage = (m: { id: number; result: UploadCheck }) => {
    if (m.id !== id) return;
    healthy = true;
    settle(m.result);
  };
  const onError = (e: Error) => settle(refusal(`the checker stopped: ${e.message}`));
  const onExit = (code: number) => settle(refusal(`the checker stopped: exit code ${code}`));
  try {
    return await new Promise<UploadCheck>((resolve) => {
      settle = resolve;
      timer = setTimeout(() => resolve(refusal(`the check took longer than ${timeoutMs / 1000} seconds`)), timeoutMs);
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      worker.postMessage({ id, text });
    });
  } finally {
    clearTimeout(timer);
    running--;
    worker.off('message', onMessage).off('error', onError).off('exit', onExit);
    // A worker that timed out or failed may be stuck or broken: it goes; a healthy one waits, not keeping Node alive.
    if (healthy && idle.length < MAX_CHECKS) {
      worker.unref();
      idle.push(worker);
    } else await worker.terminate();
  }
}

/** Parsed uploaded scenarios by store and hash: a stored body is validated once per process. */
const parsedBy = new WeakMap<SessionStore, Map<string, Scenario>>();

/** An uploaded scenario by content hash, or undefined when none was uploaded with that hash. */
export async function uploadedScenario(sessions: SessionStore, hash: string): Promise<Scenario | undefined> {
  let parsed = parsedBy.get(sessions);
  if (!parsed) {
    parsed = new Map();
    parsedBy.set(sessions, parsed);
  }
  const known = parsed.get(hash);
  if (known) return known;
  const stored = await sessions.findScenario(hash);
  if (!stored) return undefined;
  // It passed the checker when it was uploaded; the schema again guards against a row changed by hand.
  const r = Scenario.safeParse(stored.body);
  if (!r.success) throw new Error(`uploaded scenario ${hash} no longer fits the format: ${r.error.issues[0]?.message}`);
  if (parsed.size > 200) parsed.clear();
  parsed.set(hash, r.data);
  return r.data;
}

/** The scenario a session header names: the uploaded one with its hash, else the built-in one with its id. */
export async function scenarioFor(
  shelf: ScenarioShelf,
  sessions: SessionStore,
  ref: { id: string; hash?: string | undefined },
): Promise<{ scenario: Scenario; uploaded: boolean } | undefined> {
  const uploaded = ref.hash ? await uploadedScenario(sessions, ref.hash) : undefined;
  if (uploaded && uploaded.id === ref.id) return { scenario: uploaded, uploaded: true };
  const built = shelf.get(ref.id);
  return built ? { scenario: built, uploaded: false } : undefined;
}

/** Uploads no session was made from are removed after this many days unless DRAAIBOEK_UPLOAD_DAYS says otherwise. */
export const UPLOAD_DAYS = 30;

/**
 * Remove the uploads that no session was made from and that were last uploaded more than `days` ago (0 keeps every
 * upload). A facilitator who uploads and then creates the session the same day never meets it; a file uploaded for
 * a look and forgotten does not stay in the database for good.
 */
export async function pruneUploads(sessions: SessionStore, now: number, days: number): Promise<string[]> {
  if (!(days > 0)) return [];
  const removed = await sessions.pruneScenarios(new Date(now - days * 86_400_000).toISOString());
  const parsed = parsedBy.get(sessions);
  for (const hash of removed) parsed?.delete(hash);
  return removed;
}
