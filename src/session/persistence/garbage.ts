// Garbage collection of the journal's storage: a blob (`blob:<digest>`) or a tree (`tree:<lesson>:<n>`)
// that no lesson document and no set-aside record names any more is removed. Blobs are shared between
// lessons, so only a look at every document can tell; it runs under the storage's exclusive lock, so a
// save never loses a blob it wrote a moment before its document.
import type { SessionStorage } from './storage.ts';

/** What a collection removed. */
export interface Collected {
  blobs: number;
  trees: number;
}

// Records that may name blobs and trees: every lesson's document, and whatever was set aside.
const NAMING = /^(lesson:|set-aside:)/;

/** Removes the blobs and trees nothing names; safe to run at any time (it waits for saves in progress). */
export async function collectGarbage(storage: SessionStorage): Promise<Collected> {
  const run = async (): Promise<Collected> => {
    const keys = await storage.keys();
    const named = new Set<string>();
    for (const key of keys.filter((k) => NAMING.test(k))) collectStrings(await storage.load(key), named);
    const collected = { blobs: 0, trees: 0 };
    for (const key of keys) {
      if (key.startsWith('blob:') && !named.has(key.slice('blob:'.length))) {
        await storage.remove(key);
        collected.blobs++;
      } else if (key.startsWith('tree:') && !named.has(key)) {
        await storage.remove(key);
        collected.trees++;
      }
    }
    return collected;
  };
  return storage.lock ? storage.lock.exclusive(run) : run();
}

// Every string in a record, however it is shaped: a damaged or older record still protects what it names.
function collectStrings(value: unknown, into: Set<string>, depth = 0): void {
  if (typeof value === 'string') into.add(value);
  if (value === null || typeof value !== 'object' || depth > 64 || ArrayBuffer.isView(value)) return;
  const items = value instanceof Map ? [...value.keys(), ...value.values()] : value instanceof Set ? [...value] : Array.isArray(value) ? value : Object.values(value);
  for (const item of items) collectStrings(item, into, depth + 1);
}
