// `docker rmi -f` of an image a stopped container stands on: the image goes (Untagged, Deleted, as
// dockerd prints), its layers stay while the container does — live and after a reload — and go with it.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/session/session.ts';
import type { SessionOptions } from '../../../src/protocol/session.ts';
import { type } from '../typing.ts';
import { testStorage } from './storages.ts';

const options: SessionOptions = { lessonId: 'rmi-f', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24 };

async function open(storage: ReturnType<typeof testStorage>) {
  const session = createSession({ storage, realTime: false });
  await session.start(options);
  return session;
}

const blobKeys = (storage: ReturnType<typeof testStorage>) => [...storage.stored].filter((k) => k.startsWith('blob:'));

describe('a container outlives the image it was made from', () => {
  it('keeps the filesystem of a stopped container after rmi -f and a reload, until the container is removed', async () => {
    const storage = testStorage();
    const first = await open(storage);
    await type(first, 'docker pull -q alpine && docker create --name keep alpine cat /etc/alpine-release');
    const removed = await type(first, 'docker rmi -f alpine');
    expect(removed).toMatch(/^Untagged: alpine:latest\nUntagged: alpine@sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\n$/);
    expect(await type(first, 'docker images -q | wc -l')).toBe('0\n');

    const reloaded = await open(storage);
    expect(await type(reloaded, 'docker start -a keep')).toMatch(/^3\.\d+\.\d+\n$/);
    // The container's image is named by its ID now, and a commit still finds the config it stands on.
    expect(await type(reloaded, 'docker ps -a --format "{{.Image}}"')).toMatch(/^[0-9a-f]{12}\n$/);
    expect(await type(reloaded, 'docker commit keep saved >/dev/null && docker run --rm saved ls /etc/alpine-release')).toBe('/etc/alpine-release\n');
    await type(reloaded, 'docker rmi saved');

    const again = await open(storage);
    expect(await type(again, 'docker start -a keep')).toMatch(/^3\.\d+\.\d+\n$/);
    await type(again, 'docker rm keep');
    expect(blobKeys(storage)).toEqual([]);
    const last = await open(storage);
    expect(await type(last, 'docker ps -aq; docker images -q')).toBe('');
  });

  it('keeps the layers under a removed image out of a later rmi’s Deleted lines while a container holds them', async () => {
    const storage = testStorage();
    const session = await open(storage);
    await type(session, 'docker pull -q alpine && mkdir app && printf "FROM alpine\\nRUN touch /made\\n" > app/Dockerfile && docker build -q -t kid app >/dev/null && docker create --name keep kid true');
    expect(await type(session, 'docker rmi -f kid')).toMatch(/^Untagged: kid:latest\nDeleted: sha256:[0-9a-f]{64}\n$/);
    // alpine's layer is under kid's, which the container holds: only the image record goes.
    expect(await type(session, 'docker rmi alpine')).toMatch(/^Untagged: alpine:latest\nUntagged: alpine@sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\n$/);
    expect(await type(await open(storage), 'docker start -a keep; docker diff keep; docker export keep | tar -t | grep -c -e ^made -e ^etc/alpine-release')).toBe('2\n');
  });
});
