// Journal persistence: a command writes what it changed, not the machine; everything survives a
// reload; a failed save says why, the next command retries, and nothing is lost once storage works.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/session/session.ts';
import type { SessionOptions } from '../../../src/protocol/session.ts';
import { quotaExceeded, testStorage } from './storages.ts';
import type { DirNode, FileNode } from '../../../src/vfs/types.ts';

const options: SessionOptions = { lessonId: 'journal', workspace: [{ path: 'notes.txt', content: 'hello\n' }], checkpoints: [], tty: false, columns: 80, rows: 24 };

async function type(session: ReturnType<typeof createSession>, line: string): Promise<string> {
  let out = '';
  await session.feed(line, (chunk) => (out += chunk.text));
  return out;
}

describe('journal persistence', () => {
  it('writes under 32 KiB for `pwd` after pulling alpine and nginx, and blobs only once', async () => {
    const storage = testStorage();
    const session = createSession({ storage, realTime: false });
    await session.start(options);
    await type(session, 'docker pull -q alpine');
    await type(session, 'docker pull -q nginx');
    const blobs = [...storage.stored].filter((k) => k.startsWith('blob:'));
    expect(blobs.length).toBeGreaterThan(3);
    storage.written = 0;
    await type(session, 'pwd');
    expect(storage.written).toBeLessThan(32 * 1024);
    storage.written = 0;
    await type(session, 'docker pull -q alpine');
    expect(storage.written).toBeLessThan(32 * 1024); // the layers are there already
  });

  it('brings back files, images, containers, their writes and volumes after a reload', async () => {
    const storage = testStorage();
    const first = createSession({ storage, realTime: false });
    await first.start(options);
    await type(first, 'docker pull -q alpine');
    await type(first, 'docker run -d --name box -v data:/data alpine sleep 100000');
    await type(first, 'docker exec box sh -c "echo inside > /etc/motd; echo vol > /data/v"');
    await type(first, 'mkdir site && echo page > site/index.html && cd site');
    await type(first, 'docker run --name bound -v /home/learner/site:/srv alpine sh -c "echo from-container > /srv/c.txt"');

    const second = createSession({ storage, realTime: false });
    const { prompt, restored, notice } = await second.start(options);
    expect({ restored, notice, prompt }).toEqual({ restored: true, notice: undefined, prompt: 'learner@workbook:~/site$ ' });
    expect(await type(second, 'cat index.html c.txt')).toBe('page\nfrom-container\n');
    expect(await type(second, 'docker exec box cat /etc/motd /data/v')).toBe('inside\nvol\n');
    expect(await type(second, 'docker ps -a --format "{{.Names}} {{.State}}"')).toBe('bound exited\nbox running\n');
    expect((await second.commandLog()).map((c) => c.line)).toContain('mkdir site && echo page > site/index.html && cd site');
  });

  it('rewrites only the trees a command changed and drops the ones it replaced', async () => {
    const storage = testStorage();
    const session = createSession({ storage, realTime: false });
    await session.start(options);
    await type(session, 'docker pull -q alpine');
    await type(session, 'docker run -d --name box alpine sleep 100000');
    const trees = () => [...storage.stored].filter((k) => k.startsWith('tree:')).sort();
    const before = trees();
    await type(session, 'echo changed > notes.txt');
    const after = trees();
    expect(after.length).toBe(before.length);
    expect(after.filter((k) => !before.includes(k))).toHaveLength(1); // the host's files, under a new key
  });

  it('says why a save failed, retries with the next command, and loses nothing once storage works', async () => {
    const storage = testStorage();
    const session = createSession({ storage, realTime: false });
    await session.start(options);
    await type(session, 'echo one > a.txt');
    storage.failWith(quotaExceeded());
    expect(await type(session, 'echo two > b.txt')).toBe("workbook: your work could not be saved in this browser: the browser's storage for this site is full (QuotaExceededError). It stays here, and each command tries again.\n");
    expect(await type(session, 'docker pull -q alpine')).toBe('docker.io/library/alpine:latest\n'); // said once, not on every command
    storage.failWith(undefined);
    expect(await type(session, 'echo three > c.txt')).toBe('workbook: saving works again; everything since the failure is saved.\n');

    const reloaded = createSession({ storage, realTime: false });
    await reloaded.start(options);
    expect(await type(reloaded, 'cat a.txt b.txt c.txt')).toBe('one\ntwo\nthree\n');
    expect(await type(reloaded, 'docker images -q alpine | wc -l')).toBe('1\n');
    expect((await reloaded.commandLog()).map((c) => c.line).slice(0, 4)).toEqual(['echo one > a.txt', 'echo two > b.txt', 'docker pull -q alpine', 'echo three > c.txt']);
  });

  it('reset forgets the machine in storage', async () => {
    const storage = testStorage();
    const session = createSession({ storage, realTime: false });
    await session.start(options);
    await type(session, 'docker run -d --name box busybox sleep 100000');
    await session.reset();
    expect([...storage.stored].filter((k) => k.startsWith('tree:') || k.startsWith('log:') || k.startsWith('lesson:'))).toEqual([]);
    const again = createSession({ storage, realTime: false });
    expect((await again.start(options)).restored).toBe(false);
  });

  it('stores a file grown by `>>` as its bytes, without the spare room it grows into', async () => {
    const storage = testStorage();
    const session = createSession({ storage, realTime: false });
    await session.start(options);
    await type(session, 'for i in $(seq 1 3000); do echo $i >> grown; done');
    const document = (await storage.load('lesson:journal')) as { trees: Record<string, string> };
    const host = (await storage.load(document.trees.host)) as DirNode;
    const home = (host.children.get('home') as DirNode).children.get('learner') as DirNode;
    const grown = home.children.get('grown') as FileNode;
    expect(grown.data.byteLength).toBe(13893);
    expect(grown.data.buffer.byteLength).toBe(13893);
    expect(await type(session, 'echo 3001 >> grown; tail -n 2 grown; wc -c < grown')).toBe('3000\n3001\n13898\n');
  });

  it('keeps the shell\'s umask across a reload', async () => {
    const storage = testStorage();
    const first = createSession({ storage, realTime: false });
    await first.start(options);
    await type(first, 'umask 027');
    const second = createSession({ storage, realTime: false });
    expect((await second.start(options)).notice).toBeUndefined();
    expect(await type(second, 'umask; touch after; mkdir d; stat -c %a after d')).toBe('0027\n640\n750\n');
  });
});
