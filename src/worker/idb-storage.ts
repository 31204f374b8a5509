// SessionStorage over IndexedDB (idb-keyval): what a lesson's session saves survives a reload.
import { createStore, del, get, set, type UseStore } from 'idb-keyval';
import type { SessionStorage } from '../session/persistence/storage.ts';
import { SESSION_DATABASE } from '../protocol/session.ts';

/** The session's store: database `docker-workbook`, object store `session`. Values are structured clones. */
export function idbStorage(store: UseStore = createStore(SESSION_DATABASE.database, SESSION_DATABASE.store)): SessionStorage {
  return {
    load: (key) => get(key, store),
    save: (key, value) => set(key, value, store),
    remove: (key) => del(key, store),
  };
}
