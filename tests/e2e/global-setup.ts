// Serves the production build with Vite's preview server on 127.0.0.1, as `npm start` does, for the browser tests;
// the address reaches the tests through `inject('baseURL')`. The build is served from a copy, so a `vite build`
// started elsewhere during the run cannot pull the files from under the tests.
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ROOT, serveBuild } from './support/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${ROOT}dist/index.html`)) throw new Error('dist/ is missing: run `vite build` first (npm run test:e2e does)');
  const copy = mkdtempSync(join(tmpdir(), 'draaiboek-e2e-'));
  cpSync(`${ROOT}dist`, copy, { recursive: true });
  const served = await serveBuild(copy);
  project.provide('baseURL', served.url);
  return async () => {
    await served.close();
    rmSync(copy, { recursive: true, force: true });
  };
}
