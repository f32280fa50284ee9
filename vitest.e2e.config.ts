// Vitest config for the real-browser end-to-end tests: Node runs playwright-core against the production build
// (served by tests/e2e/global-setup.ts), one file at a time because Chromium needs the two cores to itself.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    fileParallelism: false,
    maxWorkers: 1,
    testTimeout: 300_000,
    hookTimeout: 60_000,
    coverage: { enabled: false },
    reporters: ['default'],
  },
});
