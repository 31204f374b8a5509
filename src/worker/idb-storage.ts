// SessionStorage over IndexedDB (idb-keyval): what a lesson's session saves survives a reload.
import { createStore, del, get, keys, set, type UseStore } from 'idb-keyval';
import type { SessionStorage } from '../session/persistence/storage.ts';
import type { StorageLock } from '../session/persistence/storage-lock.ts';
import { SESSION_DATABASE } from '../protocol/session.ts';

/** The session's store: database `docker-workbook`, object store `session`. Values are structured clones. */
export function idbStorage(store: UseStore = createStore(SESSION_DATABASE.database, SESSION_DATABASE.store)): SessionStorage {
  return {
    load: (key) => get(key, store),
    save: (key, value) => set(key, value, store),
    remove: (key) => del(key, store),
    keys: async () => (await keys(store)).map(String),
    lock: webStorageLock(),
  };
}

// Across the tabs and workers of the site: saves share the Web Lock `docker-workbook-storage`, the
// garbage collector takes it alone.
function webStorageLock(): StorageLock {
  const name = 'docker-workbook-storage';
  if (!navigator.locks) return { shared: (work) => work(), exclusive: (work) => work() };
  return {
    shared: (work) => navigator.locks.request(name, { mode: 'shared' }, work),
    exclusive: (work) => navigator.locks.request(name, { mode: 'exclusive' }, work),
  };
}
