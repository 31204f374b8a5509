// What a load could not restore is kept aside: the learner can download it as JSON (with the saved
// trees it names, bytes as base64) and delete it; until then the garbage collector keeps what it names.
import { describe, expect, it } from 'vitest';
import { createSession } from '../../../src/session/session.ts';
import { type } from '../typing.ts';
import type { SessionOptions } from '../../../src/protocol/session.ts';
import { testStorage } from './storages.ts';

const options: SessionOptions = { lessonId: 'aside', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24 };

describe('set-aside data', () => {
  it('exports what was set aside with the trees it names, keeps them through garbage collection, and deletes them on request', async () => {
    const storage = testStorage();
    const first = createSession({ storage, realTime: false });
    await first.start(options);
    await type(first, 'printf "\\001\\002binary" > data.bin && echo text > note.txt');
    const saved = (await storage.load('lesson:aside')) as Record<string, unknown> & { trees: Record<string, string> };
    await storage.save('lesson:aside', { ...saved, env: 'not a list' });

    const second = createSession({ storage, realTime: false });
    expect((await second.start(options)).notice).toContain('set aside in this browser (the Progress page exports it)');
    expect(await second.setAsideKeys()).toEqual(['lesson:aside']);
    await type(second, 'rm note.txt data.bin');

    const file = JSON.parse(JSON.stringify(await second.exportSetAside())) as { format: string; records: Record<string, { value: { env: unknown; trees: Record<string, string> }; trees: Record<string, unknown> }> };
    expect(file.format).toBe('docker-workbook-set-aside');
    const record = file.records['lesson:aside'];
    expect(record.value.env).toBe('not a list');
    const hostTree = record.trees[record.value.trees.host];
    expect(JSON.stringify(hostTree)).toContain(Buffer.from('\u0001\u0002binary').toString('base64'));
    expect(JSON.stringify(hostTree)).toContain(Buffer.from('text\n').toString('base64'));

    expect(await second.discardSetAside()).toBe(1);
    expect(await second.setAsideKeys()).toEqual([]);
    expect([...storage.stored].filter((k) => k === saved.trees.host)).toEqual([]);
    expect((await second.exportSetAside()).records).toEqual({});
  });
});
