// The scenario checker in a worker thread, so checking an uploaded file (up to 2 MB, possibly hostile) never stalls
// the sessions this process serves. Plain JavaScript so it starts under Node and Vitest alike; it registers tsx
// itself and then runs the engine's own checkUpload, the same one the browser and the CLI use. It answers one
// { id, text } message after another, so a worker is started once and reused.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { checkUpload } = await import(new URL('../src/engine/analyse/check-upload.ts', import.meta.url).href);
parentPort?.on('message', ({ id, text }) => parentPort?.postMessage({ id, result: checkUpload(text) }));
