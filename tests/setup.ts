// Test setup for component tests: jest-dom matchers and a clean DOM and storage after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// Screens past the start screen load lazily; on a busy two-core CI machine the first load can take more than the
// default second, and a find* query should wait for it rather than fail.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // Server tests run in the node environment, which has no localStorage.
  if (typeof localStorage !== 'undefined') localStorage.clear();
});
