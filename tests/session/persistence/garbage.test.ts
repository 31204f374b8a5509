// Garbage collection of saved blobs and trees: what no lesson document (and no set-aside record) names
// leaves storage; what another lesson still uses stays; a blob collected and needed again is written again.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/session/session.ts';
import { type } from '../typing.ts';
import { collectGarbage } from '../../../src/session/persistence/garbage.ts';
import { inProcessLock } from '../../../src/session/persistence/storage-lock.ts';
import type { SessionOptions } from '../../../src/protocol/session.ts';
import { testStorage } from './storages.ts';

const lesson = (lessonId: string): SessionOptions => ({ lessonId, workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24 });

async function open(storage: ReturnType<typeof testStorage>, lessonId = 'gc') {
  const session = createSession({ storage, realTime: false });
  await session.start(lesson(lessonId));
  return session;
}

const blobKeys = (storage: ReturnType<typeof testStorage>) => [...storage.stored].filter((k) => k.startsWith('blob:')).sort();

describe('garbage collection of saved blobs', () => {
  it('removes the blobs of an image once it is removed, and writes them again when it is pulled again', async () => {
    const storage = testStorage();
    const session = await open(storage);
    await type(session, 'docker pull -q alpine');
    const alpine = blobKeys(storage);
    expect(alpine.length).toBeGreaterThan(0);
    await type(session, 'docker pull -q nginx:alpine');
    await type(session, 'docker rmi nginx:alpine');
    expect(blobKeys(storage)).toEqual(alpine);
    await type(session, 'docker rmi alpine');
    expect(blobKeys(storage)).toEqual([]);

    await type(session, 'docker pull -q alpine');
    expect(blobKeys(storage)).toEqual(alpine);
    expect(await type(await open(storage), 'docker run --rm alpine cat /etc/alpine-release | wc -l')).toBe('1\n');
  });

  it('keeps the layers another image is built on after the base image is removed, until that image goes too (the build cache keeps its own step)', async () => {
    const storage = testStorage();
    const session = await open(storage);
    await type(session, 'docker pull -q alpine && printf "FROM alpine\\nRUN echo built > /built\\n" > Dockerfile && docker build -q -t mine .');
    expect(await type(session, 'docker rmi alpine')).toContain('Untagged: alpine:latest');
    expect(blobKeys(storage).length).toBeGreaterThan(0);
    const reloaded = await open(storage);
    expect(await type(reloaded, 'docker run --rm mine sh -c "cat /built; cat /etc/alpine-release | wc -l"')).toBe('built\n1\n');
    await type(reloaded, 'docker rmi mine');
    // What is left is the build cache's layer for the RUN step (a later build reuses it) and the build's
    // record in the builder's history (its progress, for `docker buildx history logs`).
    const document = (await storage.load('lesson:gc')) as { engine: { buildCache: { records: { tar: string }[] }; buildHistory: { events: string }[] } };
    expect(document.engine.buildCache.records).toHaveLength(1);
    expect(document.engine.buildHistory).toHaveLength(1);
    expect(blobKeys(storage)).toEqual([...document.engine.buildCache.records.map((r) => `blob:${r.tar}`), ...document.engine.buildHistory.map((r) => `blob:${r.events}`)].sort());
  });

  it('keeps the blobs another lesson still uses', async () => {
    const storage = testStorage();
    await type(await open(storage, 'other'), 'docker pull -q alpine');
    const session = await open(storage);
    await type(session, 'docker pull -q alpine && docker rmi alpine');
    expect(blobKeys(storage).length).toBeGreaterThan(0);
    expect(await type(await open(storage, 'other'), 'docker run --rm alpine echo still-here')).toBe('still-here\n');
  });

  it('removes what a reset lesson left, and orphans no document names; a set-aside record keeps what it names', async () => {
    const storage = testStorage();
    const session = await open(storage);
    await type(session, 'docker pull -q alpine');
    const alpine = blobKeys(storage);
    await storage.save('blob:sha256:orphan', new Uint8Array([1]));
    await storage.save('tree:gc:999', { orphan: true });
    await storage.save('set-aside:lesson:old', { version: 2, engine: { images: { blobs: ['sha256:kept-aside'] } }, trees: { host: 'tree:old:1' } });
    await storage.save('blob:sha256:kept-aside', new Uint8Array([2]));
    await storage.save('tree:old:1', { aside: true });
    expect(await collectGarbage(storage)).toEqual({ blobs: 1, trees: 1 });
    expect(storage.stored.has('tree:old:1')).toBe(true);

    await session.reset();
    expect(blobKeys(storage)).toEqual(['blob:sha256:kept-aside']);
    expect(alpine).not.toContain('blob:sha256:kept-aside');
  });

  it('never runs in the middle of a save: exclusive work waits for shared work, and the reverse', async () => {
    const lock = inProcessLock();
    const order: string[] = [];
    let finishSave!: () => void;
    const save = lock.shared(async () => {
      order.push('save starts');
      await new Promise<void>((resolve) => (finishSave = resolve));
      order.push('save ends');
    });
    const collect = lock.exclusive(async () => void order.push('collect'));
    const nextSave = lock.shared(async () => void order.push('next save'));
    await Promise.resolve();
    finishSave();
    await Promise.all([save, collect, nextSave]);
    expect(order).toEqual(['save starts', 'save ends', 'collect', 'next save']);
  });
});
