// What a load could not restore is set aside (`set-aside:<key>`), never thrown away: the learner can
// download it from the progress page (for a person to look at, or to report a bug) and then delete it.
import type { SessionStorage } from './storage.ts';
import type { SetAsideExport } from '../../protocol/session.ts';
import { toPortable } from './portable.ts';

const PREFIX = 'set-aside:';

/** The set-aside records' original keys (`lesson:01-…`, `progress`…), oldest format first as stored. */
export async function setAsideKeys(storage: SessionStorage): Promise<string[]> {
  return (await storage.keys()).filter((k) => k.startsWith(PREFIX)).map((k) => k.slice(PREFIX.length)).sort();
}

/** Every set-aside record, with the saved trees it names, as a JSON-safe file. */
export async function exportSetAside(storage: SessionStorage, now: number): Promise<SetAsideExport> {
  const stored = new Set(await storage.keys());
  const records: SetAsideExport['records'] = {};
  for (const key of await setAsideKeys(storage)) {
    const value = await storage.load(PREFIX + key);
    // A set-aside lesson document names its trees by key; they are part of what was set aside.
    const trees = Object.fromEntries(
      await Promise.all([...namedTrees(value)].filter((k) => stored.has(k)).map(async (k) => [k, toPortable(await storage.load(k))] as const)),
    );
    records[key] = { value: toPortable(value), ...(Object.keys(trees).length ? { trees } : {}) };
  }
  return { format: 'docker-workbook-set-aside', version: 1, exportedAt: now, records };
}

/** Deletes every set-aside record (the trees only they named go with the next garbage collection). */
export async function discardSetAside(storage: SessionStorage): Promise<number> {
  const keys = await setAsideKeys(storage);
  for (const key of keys) await storage.remove(PREFIX + key);
  return keys.length;
}

function namedTrees(value: unknown): Set<string> {
  const trees = (value as { trees?: unknown } | null)?.trees;
  const names = trees && typeof trees === 'object' ? Object.values(trees) : [];
  return new Set(names.filter((n): n is string => typeof n === 'string' && n.startsWith('tree:')));
}
