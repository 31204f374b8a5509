// Storages for persistence tests: one that counts what is written, one that can be made to fail as a
// full IndexedDB does, and one loaded from a save captured from an earlier version.
import { deserialize, serialize } from 'node:v8';
import { readFileSync } from 'node:fs';
import { memoryStorage, type SessionStorage } from '../../../src/session/persistence/storage.ts';

/** A memory storage with its keys visible, counting the bytes written (as a structured clone). */
export function testStorage(initial: Record<string, unknown> = {}) {
  const inner = memoryStorage();
  const stored = new Set<string>();
  let failure: Error | undefined;
  const storage = {
    written: 0,
    /** The keys written and not removed since. */
    stored,
    /** From now on every write fails with this error (undefined: writes work again). */
    failWith(error: Error | undefined) {
      failure = error;
    },
    load: (key: string) => inner.load(key),
    async save(key: string, value: unknown) {
      if (failure) throw failure;
      storage.written += serialize(value).length;
      stored.add(key);
      await inner.save(key, value);
    },
    async remove(key: string) {
      stored.delete(key);
      await inner.remove(key);
    },
    keys: () => inner.keys(),
    lock: inner.lock,
  } satisfies SessionStorage & Record<string, unknown>;
  for (const [key, value] of Object.entries(initial)) void storage.save(key, value);
  storage.written = 0;
  return storage;
}

/** A DOMException-like error as IndexedDB raises when the quota is used up (its message is often empty). */
export function quotaExceeded(): Error {
  return Object.assign(new Error(''), { name: 'QuotaExceededError' });
}

/** The storage as an earlier version left it (captured with that version's session; see fixtures/README.md). */
export function savedBy(fixture: string) {
  return testStorage(deserialize(readFileSync(new URL(`./fixtures/${fixture}`, import.meta.url))) as Record<string, unknown>);
}
