// `docker wait` is the learner waiting: on the simulated clock the background's sleeps run out while
// it waits (time jumps to each in turn), and Ctrl-C ends the wait with 130, as SIGINT ends the CLI.
import { describe, expect, it } from 'vitest';
import { sessionLines } from '../support/session-lines.ts';

const session = async () => {
  const { session: s, run } = await sessionLines('wait');
  return { s, run: async (line: string) => { const r = await run(line); return { out: r.out, status: r.status }; } };
};

describe('docker wait on the simulated clock', () => {
  it('returns the exit code once a long background sleep has run out, and the clock has moved on by it', async () => {
    const { run } = await session();
    await run('docker pull -q alpine');
    await run('docker run -d --name c1 alpine sleep 1000');
    const before = Number((await run('date +%s')).out);
    expect(await run('docker wait c1')).toEqual({ out: '0\n', status: 0 });
    const after = Number((await run('date +%s')).out);
    expect(after - before).toBeGreaterThanOrEqual(1000);
    expect((await run('docker ps -a --format "{{.Status}}"')).out).toMatch(/^Exited \(0\)/);
  });

  it('follows a script through several sleeps to its own exit status', async () => {
    const { run } = await session();
    await run('docker pull -q alpine');
    await run(`docker run -d --name c2 alpine sh -c 'sleep 2; echo a; sleep 3; exit 4'`);
    expect(await run('docker wait c2')).toEqual({ out: '4\n', status: 0 });
    expect((await run('docker logs c2')).out).toBe('a\n');
  });

  it('ends on Ctrl-C with 130 when the container never exits', async () => {
    const { s, run } = await session();
    await run('docker pull -q alpine');
    await run(`docker run -d --name loop alpine sh -c 'while true; do sleep 1; done'`);
    let out = '';
    const waiting = s.feed('docker wait loop', (chunk) => (out += chunk.text));
    await new Promise((resolve) => setTimeout(resolve, 50));
    s.interrupt();
    const result = await waiting;
    expect(result).toMatchObject({ kind: 'ran', exitCode: 130 });
    expect(out).toBe('');
    expect((await run('docker ps --format "{{.Names}}"')).out).toBe('loop\n');
  });
});
