// Saved state is versioned and validated on load: saves from every earlier version come back whole
// (and are rewritten in today's format); a damaged part is named in one line and set aside, the rest
// is restored, and the lesson always comes up with a prompt.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/session/session.ts';
import type { CheckpointSpec, SessionOptions } from '../../../src/protocol/session.ts';
import { savedBy, testStorage } from './storages.ts';

// Lesson 01's checkpoints when the version 1 fixture was captured (the lesson has changed since).
const checkpoints: CheckpointSpec[] = [
  { id: 'pull-alpine', title: 'Pull the alpine image', checks: [{ matcher: 'imageExists', params: { ref: 'alpine:latest' } }], hints: [], solution: 'docker pull alpine' },
  { id: 'list-images', title: 'List the images', checks: [{ matcher: 'commandUsed', params: { pattern: '^docker (images|image (ls|list))\\b' } }], hints: [], solution: 'docker images' },
  { id: 'read-history', title: 'Read the history of alpine', checks: [{ matcher: 'commandUsed', params: { pattern: '^docker (image )?history' } }], hints: [], solution: 'docker history alpine' },
];

const options: SessionOptions = { lessonId: '01-what-is-an-image', workspace: [{ path: 'notes.txt', content: 'hello\n' }], checkpoints, tty: false, columns: 80, rows: 24 };

async function type(session: ReturnType<typeof createSession>, line: string): Promise<string> {
  let out = '';
  await session.feed(line, (chunk) => (out += chunk.text));
  return out;
}

// Everything the version 1 fixture holds (see fixtures/README.md), as the learner would check it.
async function expectFixtureMachine(session: ReturnType<typeof createSession>): Promise<void> {
  expect(await type(session, 'cat file.txt')).toBe('kept\n');
  expect(await type(session, 'docker images --format "{{.Repository}}:{{.Tag}}"')).toBe('busybox:latest\nalpine:latest\n');
  expect(await type(session, 'docker ps --format "{{.Names}}"')).toBe('web\n');
  expect(await type(session, 'docker volume ls -q')).toBe('data\n');
  const progress = await session.progress();
  expect(progress['01-what-is-an-image']['pull-alpine']?.passedAt).toBeTypeOf('number');
  expect(Object.values(progress['01-what-is-an-image']).some((c) => c.solutionShownAt !== undefined)).toBe(true);
}

describe('loading saved state', () => {
  it('restores a version 1 save whole and rewrites it in the journal format', async () => {
    const storage = savedBy('save-v1.v8');
    const session = createSession({ storage, realTime: false });
    const started = await session.start(options);
    expect(started).toEqual({ prompt: 'learner@workbook:~/demo$ ', restored: true });
    expect(((await storage.load('lesson:01-what-is-an-image')) as { version: number }).version).toBe(2);
    await expectFixtureMachine(session);
    const again = createSession({ storage, realTime: false });
    expect(await again.start(options)).toEqual({ prompt: 'learner@workbook:~/demo$ ', restored: true });
    await expectFixtureMachine(again);
  });

  it('names a damaged part of a version 1 save in one line, sets it aside and restores the rest', async () => {
    const storage = savedBy('save-v1.v8');
    const record = (await storage.load('lesson:01-what-is-an-image')) as Record<string, unknown>;
    await storage.save('lesson:01-what-is-an-image', { ...record, hostRoot: 'not a tree', cwd: '/' });
    const session = createSession({ storage, realTime: false });
    const { prompt, notice } = await session.start(options);
    expect(notice).toBe('workbook: could not restore your files (not a directory tree) — the damaged data was set aside in this browser (the Progress page exports it), everything else was restored.');
    expect(prompt).toBe('learner@workbook:/$ ');
    expect(await type(session, 'cat ~/notes.txt; docker ps --format "{{.Names}}"')).toBe('hello\nweb\n');
    expect(((await storage.load('set-aside:lesson:01-what-is-an-image')) as Record<string, unknown>).hostRoot).toBe('not a tree');
  });

  it('restores a journal save whose shell directory and variables are damaged: the sound variables, the files, the images, and one line naming the rest', async () => {
    const storage = testStorage();
    const first = createSession({ storage, realTime: false });
    await first.start(options);
    await type(first, 'docker pull -q alpine && mkdir -p work && cd work && export GREETING=hi LEFT=me');
    const document = (await storage.load('lesson:01-what-is-an-image')) as { env: [string, string][] };
    const env: unknown[] = document.env.map((pair) => (pair[0] === 'LEFT' ? [pair[0], 7] : pair[0] === 'PATH' ? 'PATH' : pair));
    await storage.save('lesson:01-what-is-an-image', { ...document, cwd: 42, env });
    const second = createSession({ storage, realTime: false });
    const { prompt, notice, restored } = await second.start(options);
    expect(restored).toBe(true);
    expect(prompt).toBe('learner@workbook:~$ ');
    expect(notice).toBe(
      `workbook: could not restore the shell’s working directory (not a path: 42); 2 of the shell’s ${env.length} variables (not a name and a value) — the damaged data was set aside in this browser (the Progress page exports it), everything else was restored.`,
    );
    // PATH was lost with the damage and comes back from the defaults; the sound variables keep their values.
    expect(await type(second, 'echo $GREETING ${LEFT-unset}; ls -d work; docker images -q | wc -l')).toBe('hi unset\nwork\n1\n');
    expect(((await storage.load('set-aside:lesson:01-what-is-an-image')) as { cwd: unknown }).cwd).toBe(42);

    for (const broken of [null, 'PATH=/bin', undefined]) {
      await storage.save('lesson:01-what-is-an-image', { ...document, env: broken });
      const session = createSession({ storage, realTime: false });
      const started = await session.start(options);
      expect(started.notice).toMatch(/^workbook: could not restore the shell’s variables \((missing|not a list: (null|"PATH=\/bin"))\) — /);
      expect(started.prompt).toBe('learner@workbook:~/work$ ');
      expect(await type(session, 'echo $HOME; docker images -q | wc -l')).toBe('/home/learner\n1\n');
    }
    // The load rewrote the save whole: the next start is clean.
    const clean = await createSession({ storage, realTime: false }).start(options);
    expect(clean.notice).toBeUndefined();
  });

  it('comes up with a prompt when a journal blob or tree is missing, naming what was lost', async () => {
    const storage = testStorage();
    const first = createSession({ storage, realTime: false });
    await first.start(options);
    await type(first, 'docker pull -q alpine && echo mine > mine.txt');
    for (const key of [...storage.stored].filter((k) => k.startsWith('blob:'))) await storage.remove(key);
    const second = createSession({ storage, realTime: false });
    const { prompt, notice } = await second.start(options);
    expect(prompt).toBe('learner@workbook:~$ ');
    expect(notice).toMatch(/^workbook: could not restore your images and containers \(blob sha256:[0-9a-f]{64} is missing\) — /);
    expect(await type(second, 'cat mine.txt; docker images -q | wc -l')).toBe('mine\n0\n');
    expect(await type(second, 'docker pull -q alpine')).toBe('docker.io/library/alpine:latest\n');
  });

  it('keeps the sound entries of a damaged progress record, and checkpoints still work', async () => {
    const storage = testStorage({ progress: { '01-what-is-an-image': { 'pull-alpine': { passedAt: 'yesterday' }, 'list-images': { passedAt: 5 } }, other: 7 } });
    const session = createSession({ storage, realTime: false });
    const { notice } = await session.start(options);
    expect(notice).toMatch(/^workbook: could not restore part of your checkpoint progress \(.+\) — /);
    expect(await session.progress()).toEqual({ '01-what-is-an-image': { 'list-images': { passedAt: 5 } } });
    await type(session, 'docker pull -q alpine');
    expect((await session.checkpoints()).map((c) => c.passed)).toEqual([true, true, false]);
  });

  it('starts afresh, with a notice, on a save of an unknown version or not a record at all', async () => {
    for (const saved of [{ version: 9 }, 'garbage', null]) {
      const storage = testStorage({ 'lesson:01-what-is-an-image': saved });
      const session = createSession({ storage, realTime: false });
      const { prompt, notice, restored } = await session.start(options);
      expect(prompt).toBe('learner@workbook:~$ ');
      expect(restored).toBe(false);
      expect(notice).toMatch(/^workbook: could not restore your saved machine \(.+\)/);
      expect(await type(session, 'cat notes.txt')).toBe('hello\n');
    }
  });
});
