// The session store once its module has loaded, for the app shell: importing the store itself would pull the engine
// (xstate, zod) onto the start screen. Any screen that imports the store (the set-up screen does) registers it, so the
// shell knows a game is already in memory instead of reading its save from storage again.
import type { useSessionStore } from './session';

type SessionStore = typeof useSessionStore;
let registered: SessionStore | null = null;

export const loadedSessionStore = (): SessionStore | null => registered;

export function registerSessionStore(store: SessionStore): void {
  registered = store;
}
