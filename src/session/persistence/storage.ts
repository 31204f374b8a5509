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
    // Each read is a copy, as IndexedDB's is: a restored machine must never write through to what is stored.
    async load(key) {
      const value = data.get(key);
      return value === undefined ? undefined : structuredClone(value);
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
