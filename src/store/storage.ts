// Where the session store writes sessions: a small interface, so solo play writes to browser storage and a session
// hosted by the server (later) writes through its connection, with the store none the wiser.
import type { Session } from '../engine/play/session';
import { type SaveMeta, useSavesStore } from './saves';

export type SessionStorage = {
  /** Keep the session and the label the resume list shows for it. */
  save: (session: Session, label: SaveMeta) => void;
};

export const browserStorage: SessionStorage = {
  save: (session, label) => useSavesStore.getState().write(session, label),
};
