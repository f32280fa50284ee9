// Where the session store writes sessions: a small interface, so solo play writes to browser storage and a session
// hosted by the server (later) writes through its connection, with the store none the wiser.
import type { Session } from '../engine/play/session';
import type { SaveMeta } from './save-label';
import { useSavesStore, type WriteResult } from './saves';

export type SessionStorage = {
  /** Keep the session under its save id with the label the resume list shows; says whether that worked. */
  save: (saveId: string, session: Session, label: SaveMeta) => WriteResult;
};

export const browserStorage: SessionStorage = {
  save: (saveId, session, label) => useSavesStore.getState().write(saveId, session, label),
};
