// Runs the scenario checker in a fresh Web Worker and ends the worker afterwards; a check that runs past its time is
// stopped, so a file built to take forever is refused instead of heating the laptop.
import type { UploadCheck } from '../../engine/analyse/check-upload';

export type CheckFile = (text: string) => Promise<UploadCheck>;

export const CHECK_TIMEOUT_MS = 60_000;

export const checkInWorker: CheckFile = async (text) => {
  // Without workers (very old browsers, jsdom) the same checker runs here, loaded only now.
  if (typeof Worker === 'undefined') return (await import('../../engine/analyse/check-upload')).checkUpload(text);
  const { wrap } = await import('comlink');
  const worker = new Worker(new URL('./check.worker.ts', import.meta.url), { type: 'module' });
  const api = wrap<{ check: (text: string) => UploadCheck }>(worker);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<UploadCheck>((resolve) => {
    timer = setTimeout(
      () =>
        resolve({
          ok: false,
          id: null,
          errors: [{ path: '', line: null, kind: 'limit', message: `the check took longer than ${CHECK_TIMEOUT_MS / 1000} seconds` }],
        }),
      CHECK_TIMEOUT_MS,
    );
  });
  const failed = new Promise<UploadCheck>((resolve) => {
    worker.addEventListener('error', (e) =>
      resolve({ ok: false, id: null, errors: [{ path: '', line: null, kind: 'limit', message: `the checker stopped: ${e.message}` }] }),
    );
  });
  try {
    return await Promise.race([api.check(text), timeout, failed]);
  } finally {
    clearTimeout(timer);
    worker.terminate();
  }
};
