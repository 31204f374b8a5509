// bash's `time [-p] PIPELINE`: the pipeline runs as usual and its time on the session clock goes to stderr
// in bash's default TIMEFORMAT or POSIX's -p form; ash and dash have no such reserved word.
import { describe, expect, it } from 'vitest';
import { makeShell } from '../harness.ts';
import { createSession } from '../../../src/session/session.ts';
import { memoryStorage } from '../../../src/session/persistence/storage.ts';

describe('time', () => {
  it('times a pipeline: its output on stdout, the report on stderr, its status kept', async () => {
    const sh = makeShell('bash');
    const r = await sh.type('time seq 3 | wc -l');
    expect(r.out).toBe('3\n');
    expect(r.err).toBe('\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n');
    expect((await sh.type('time false; echo $?')).out).toBe('1\n');
    expect((await sh.type('time ! false; echo $?')).out).toBe('0\n');
    expect((await sh.type('time -p true')).err).toBe('real 0.00\nuser 0.00\nsys 0.00\n');
    expect((await sh.type('time')).err).toBe('\nreal\t0m0.000s\nuser\t0m0.000s\nsys\t0m0.000s\n');
  });

  it('is an ordinary word in ash and for arguments', async () => {
    expect((await makeShell('bash').type('echo time -p')).out).toBe('time -p\n');
    // ash runs busybox's time applet, whose report differs from bash's keyword (`0m 0.00s`, not `0m0.000s`).
    expect((await makeShell('ash').type('time true')).err).toBe('real\t0m 0.00s\nuser\t0m 0.00s\nsys\t0m 0.00s\n');
  });

  it('measures the session clock, as sleep moves it', async () => {
    const session = createSession({ storage: memoryStorage(), realTime: false });
    await session.start({ lessonId: 't', workspace: [], checkpoints: [], tty: false, columns: 80, rows: 24, now: Date.UTC(2026, 0, 1), seed: 7 });
    let out = '';
    await session.feed('time sleep 61.5', (c) => (out += c.text));
    expect(out).toContain('\nreal\t1m1.500s\nuser\t0m0.000s\nsys\t0m0.000s\n');
    out = '';
    await session.feed('time -p sleep 2', (c) => (out += c.text));
    expect(out).toContain('real 2.00\nuser 0.00\nsys 0.00\n');
  });
});
