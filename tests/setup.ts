// Test setup for component tests: jest-dom matchers, IndexedDB in jsdom, and a clean DOM and storage after each test.
import '@testing-library/jest-dom/vitest';
import 'fake-indexeddb/auto';
import { cleanup, configure } from '@testing-library/react';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach } from 'vitest';
import { resetOwnScenarioDb, useOwnScenariosStore } from '../src/store/ownScenarios';

// Screens past the start screen load lazily; on a busy two-core CI machine the first load can take more than the
// default second, and a find* query should wait for it rather than fail.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // Server tests run in the node environment, which has no localStorage (nor IndexedDB).
  if (typeof localStorage !== 'undefined') localStorage.clear();
  // The app's address is part of its state now (wouter reads the browser location): every test starts at "/".
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
  // Own scenarios live in IndexedDB (fake-indexeddb in jsdom): every test starts with none.
  globalThis.indexedDB = new IDBFactory();
  resetOwnScenarioDb();
  useOwnScenariosStore.setState({ entries: [], ready: false, problem: null });
});
