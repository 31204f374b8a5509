// One lesson in two tabs: the second is read-only (its commands are refused and nothing is saved)
// until it takes over; then the first is read-only, and the second carries on from the first's save.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../src/session/session.ts';
import type { TabLock } from '../../src/session/tabs.ts';
import type { SessionOptions } from '../../src/protocol/session.ts';
import { testStorage } from './persistence/storages.ts';

// Tabs sharing one lock table, as Web Locks and a BroadcastChannel give the browser's tabs.
function lockTable() {
  const holders = new Map<string, { lost: (lessonId: string) => void | Promise<void> }>();
  return (): TabLock => {
    const me = { lost: (_lessonId: string): void | Promise<void> => {} };
    return {
      acquire: async (lessonId) => {
        if (holders.has(lessonId)) return false;
        holders.set(lessonId, me);
        return true;
      },
      takeOver: async (lessonId) => {
        await holders.get(lessonId)?.lost(lessonId);
        holders.set(lessonId, me);
      },
      onLost: (listener) => void (me.lost = listener),
    };
  };
}

const options: SessionOptions = { lessonId: 'tabs', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24 };

async function type(session: ReturnType<typeof createSession>, line: string): Promise<string> {
  let out = '';
  await session.feed(line, (chunk) => (out += chunk.text));
  return out;
}

describe('one lesson in two tabs', () => {
  it('makes the second tab read-only until it takes over, and never loses the first tab’s work', async () => {
    const storage = testStorage();
    const tab = lockTable();
    const first = createSession({ storage, realTime: false, tabs: tab() });
    expect((await first.start(options)).readOnly).toBeUndefined();
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
    expect(await type(first, 'echo late > c.txt')).toContain('this one is read-only');

    const reloaded = createSession({ storage, realTime: false });
    await reloaded.start(options);
    expect(await type(reloaded, 'ls')).toBe('a.txt\n');
  });
});
