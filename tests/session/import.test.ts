// The import in steps, as the progress page drives it: the replay runs apart with progress and can be
// cancelled; nothing of the learner's changes until the commit; a tab open on a replaced lesson lets go
// and then carries on from the import.
import { describe, expect, it, vi } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { type } from './typing.ts';
import type { LessonSetup, ProgressExport, SessionOptions, TabChange } from '../../src/protocol/session.ts';
import { testStorage } from './persistence/storages.ts';
import { lockTable } from './tab-table.ts';

const setup: LessonSetup = { lessonId: 'imp', workspace: [], checkpoints: [] };
const options: SessionOptions = { ...setup, tty: false, columns: 80, rows: 24 };
const T0 = Date.UTC(2026, 0, 5);

/** A progress file whose log writes `lines` lines into imported.txt. */
function progressFile(lines: number): ProgressExport {
  const log = Array.from({ length: lines }, (_, i) => ({ line: `echo line-${i + 1} >> imported.txt`, exitCode: 0, at: T0 + i * 1000 }));
  return { format: 'docker-workbook-progress', version: 1, exportedAt: T0 + lines * 1000, lessons: { imp: { startedAt: T0, log, checkpoints: {} }, gone: { startedAt: T0, log: [], checkpoints: {} } } };
}

/** A learner with some work of their own in lesson `imp`. */
async function learnerWithWork() {
  const storage = testStorage();
  const lesson = createSession({ storage, realTime: false });
  await lesson.start(options);
  await type(lesson, 'echo mine > mine.txt');
  return storage;
}

async function lessonSees(storage: ReturnType<typeof testStorage>, line: string): Promise<string> {
  const reopened = createSession({ storage, realTime: false });
  await reopened.start(options);
  return type(reopened, line);
}

describe('importing progress in steps', () => {
  it('replays apart with progress, changes nothing until the commit, then swaps the lesson in', async () => {
    const storage = await learnerWithWork();
    const page = createSession({ storage, realTime: false });
    const seen: [number, number][] = [];
    storage.written = 0;
    const report = await page.stageImport(progressFile(5), [setup], (done, total) => seen.push([done, total]));
    expect(report).toEqual({ lessons: [{ lessonId: 'imp', claimed: [], verified: [] }], unknown: ['gone'] });
    expect(seen).toEqual([[1, 5], [2, 5], [3, 5], [4, 5], [5, 5]]);
    expect(storage.written).toBe(0);
    expect(await lessonSees(storage, 'cat mine.txt')).toBe('mine\n');

    expect(await page.commitImport()).toEqual(report);
    expect(await lessonSees(storage, 'wc -l < imported.txt; ls')).toBe('5\nimported.txt\n');
  });

  it('a cancel during the replay rejects it and leaves everything as it was; nothing is left to commit', async () => {
    const storage = await learnerWithWork();
    const page = createSession({ storage, realTime: false });
    storage.written = 0;
    const staging = page.stageImport(progressFile(200), [setup], (done) => done === 20 && page.cancelImport());
    await expect(staging).rejects.toMatchObject({ name: 'AbortError' });
    await expect(page.commitImport()).rejects.toThrow('choose the file again');
    expect(storage.written).toBe(0);
    expect(await lessonSees(storage, 'ls')).toBe('mine.txt\n');
  });

  it('“Keep my work” after the replay drops it: the commit has nothing to keep', async () => {
    const storage = await learnerWithWork();
    const page = createSession({ storage, realTime: false });
    await page.stageImport(progressFile(3), [setup]);
    page.cancelImport();
    await expect(page.commitImport()).rejects.toThrow('was cancelled or never started');
    expect(await lessonSees(storage, 'ls')).toBe('mine.txt\n');
  });

  it('a bad file is refused at once with the reason', async () => {
    const page = createSession({ storage: testStorage(), realTime: false });
    await expect(page.stageImport({ format: 'nope' }, [setup])).rejects.toThrow('not a Docker Images Workbook progress file');
  });

  it('a tab open on the lesson lets go for the commit, then carries on from the imported machine', async () => {
    const storage = await learnerWithWork();
    const tab = lockTable();
    const lesson = createSession({ storage, realTime: false, tabs: tab() });
    const changes: TabChange[] = [];
    await lesson.start(options, (change) => changes.push(change));
    const page = createSession({ storage, realTime: false, tabs: tab() });
    await page.stageImport(progressFile(2), [setup]);
    expect(await type(lesson, 'echo still-mine >> mine.txt; cat mine.txt')).toBe('mine\nstill-mine\n');

    await page.commitImport();
    // The lock comes back once the commit lets go, as a queued Web Lock request is granted: soon, not at once.
    await vi.waitFor(() => expect(changes.map((c) => c.writer)).toEqual([false, true]));
    expect(await type(lesson, 'ls; cat imported.txt')).toBe('imported.txt\nline-1\nline-2\n');
  });
});
