// src/worker/idb-storage.ts over fake-indexeddb (kept here because tests/worker/ is not this area's folder).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { idbStorage } from '../../src/worker/idb-storage.ts';

describe('idbStorage', () => {
  it('saves, loads structured data (Maps, bytes) and removes it', async () => {
    const storage = idbStorage();
    expect(await storage.load('lesson/01')).toBeUndefined();
    const value = { images: new Map([['alpine', new Uint8Array([1, 2, 3])]]), n: 1 };
    await storage.save('lesson/01', value);
    const back = (await storage.load('lesson/01')) as typeof value;
    expect(back.images.get('alpine')).toEqual(new Uint8Array([1, 2, 3]));
    expect(back.n).toBe(1);
    // a second handle on the same database sees it (a reload opens a new one)
    expect(await idbStorage().load('lesson/01')).toEqual(value);
    await storage.remove('lesson/01');
    expect(await storage.load('lesson/01')).toBeUndefined();
  });
});
