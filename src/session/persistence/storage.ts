// Where a session keeps what must survive a reload: IndexedDB in the browser (worker/), memory in Node.
import { inProcessLock, type StorageLock } from './storage-lock.ts';

/** A small async key-value store; values are structured-clone data (Maps and Uint8Arrays allowed). */
export interface SessionStorage {
  load(key: string): Promise<unknown | undefined>;
  save(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
  /** Every key stored (the garbage collector and the set-aside export read them). */
  keys(): Promise<string[]>;
  /** Keeps the garbage collector from running in the middle of a save (absent: no one collects concurrently). */
  lock?: StorageLock;
}

/** A storage that lives as long as the process: for `npm run sim`, tests and grading. */
export function memoryStorage(): SessionStorage {
  const data = new Map<string, unknown>();
  return {
    async load(key) {
      return data.get(key);
    },
    async save(key, value) {
      data.set(key, structuredClone(value));
    },
    async remove(key) {
      data.delete(key);
    },
    async keys() {
      return [...data.keys()];
    },
    lock: inProcessLock(),
  };
}
