// The Web Worker that checks a scenario file with the project's own checker, off the page's thread, so a large or
// hostile file cannot freeze the start screen. Called through comlink from checkInWorker.ts.
import { expose } from 'comlink';
import { checkUpload } from '../../engine/analyse/check-upload';

expose({ check: (text: string) => checkUpload(text) });
