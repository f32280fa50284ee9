// Test setup for component tests: jest-dom matchers and a clean DOM and storage after each test.
import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

afterEach(() => {
  cleanup();
  localStorage.clear();
  // The app's address is part of its state now (wouter reads the browser location): every test starts at "/".
  window.history.replaceState(null, '', '/');
});
