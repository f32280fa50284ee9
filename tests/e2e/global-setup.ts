// Serves the production build (dist/) with Vite's preview server on 127.0.0.1, as `npm start` does, for the browser
// tests; the address reaches the tests through `inject('baseURL')`.
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { ROOT, serveBuild } from './support/serve';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

export default async function setup(project: TestProject) {
  if (!existsSync(`${ROOT}dist/index.html`)) throw new Error('dist/ is missing: run `vite build` first (npm run test:e2e does)');
  const served = await serveBuild();
  project.provide('baseURL', served.url);
  return () => served.close();
}
