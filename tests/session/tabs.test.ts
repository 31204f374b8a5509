// One lesson in two tabs: the second is read-only (its commands are refused and nothing is saved)
// until it takes over; then the first is read-only, and the second carries on from the first's save.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import { type } from './typing.ts';
import { lockTable } from './tab-table.ts';
import type { SessionOptions, TabChange } from '../../src/protocol/session.ts';
import { testStorage } from './persistence/storages.ts';

const options: SessionOptions = { lessonId: 'tabs', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24 };

describe('one lesson in two tabs', () => {
  it('makes the second tab read-only until it takes over, and never loses the first tab’s work', async () => {
    const storage = testStorage();
    const tab = lockTable();
    const first = createSession({ storage, realTime: false, tabs: tab() });
    const changes: TabChange[] = [];
    expect((await first.start(options, (change) => changes.push(change))).readOnly).toBeUndefined();
    await type(first, 'echo one > a.txt');

    const second = createSession({ storage, realTime: false, tabs: tab() });
    const started = await second.start(options);
    expect(started).toMatchObject({ readOnly: true, notice: expect.stringContaining('open in another tab') });
    storage.written = 0;
    expect(await type(second, 'echo lost > b.txt')).toContain('this one is read-only');
    expect(storage.written).toBe(0);

    await type(first, 'echo two >> a.txt');
    expect((await second.takeOver()).prompt).toBe('learner@workbook:~$ ');
    expect(await type(second, 'cat a.txt; ls b.txt')).toBe('one\ntwo\nls: cannot access \'b.txt\': No such file or directory\n');
    // The first tab is told, so its page can offer to take the lesson back.
    expect(changes).toEqual([{ writer: false, notice: expect.stringContaining('open in another tab') }]);
    expect(await type(first, 'echo late > c.txt')).toContain('this one is read-only');

    const reloaded = createSession({ storage, realTime: false });
    await reloaded.start(options);
    expect(await type(reloaded, 'ls')).toBe('a.txt\n');
  });

  it('hands the lesson to the read-only tab when the writing tab closes: it says so and carries on from the last save', async () => {
    const storage = testStorage();
    const tab = lockTable();
    const firstLock = tab();
    const first = createSession({ storage, realTime: false, tabs: firstLock });
    await first.start(options);
    const second = createSession({ storage, realTime: false, tabs: tab() });
    const prompts: string[] = [];
    expect((await second.start(options, (change) => change.writer && prompts.push(change.prompt))).readOnly).toBe(true);
    await type(first, 'mkdir -p work && echo saved > work/a.txt && cd work');
    expect(prompts).toEqual([]);

    await firstLock.close();
    // The cwd is part of the saved machine, so the prompt carries on in ~/work.
    expect(prompts).toEqual(['learner@workbook:~/work$ ']);
    expect(await type(second, 'cat a.txt && echo here > b.txt')).toBe('saved\n');
    const reloaded = createSession({ storage, realTime: false });
    await reloaded.start(options);
    expect(await type(reloaded, 'ls ~/work')).toBe('a.txt\nb.txt\n');
  });
});
