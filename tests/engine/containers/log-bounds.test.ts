// A container's log keeps its newest writes (LOG_KEEP_CHUNKS, LOG_KEEP_CHARS), as `--log-opt max-size`
// rotation would: a detached loop that prints without sleeping runs until it is stopped, and must not
// fill the page's memory. A follower (`logs -f`, attach) reading across a trim misses nothing it had not
// read yet that the log still holds, and never reads a write twice.
import { describe, expect, it } from 'vitest';
import { LOG_KEEP_CHARS, LOG_KEEP_CHUNKS } from '../../../src/engine/containers/container.ts';
import { seedStates } from '../../support/engine-states.ts';

const quiet = { write: () => undefined };

describe('a container log in bounds', () => {
  it('keeps the newest writes of a flood, in order, and a follower reads on across the trims', async () => {
    const engine = await seedStates.alpineRunnable();
    const lines = LOG_KEEP_CHUNKS * 1.5;
    const { Id } = engine.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', `for i in $(seq 1 ${lines}); do echo $i; done`] }, 'flood');
    const follower = engine.containerLogs(Id);
    const followed: number[] = [];
    const run = engine.containerStartAttached(Id, { stdout: quiet, stderr: quiet, stdin: '', columns: 80 });
    // The follower reads now and then while the loop writes, as `docker logs -f` polls.
    for (let running = true; running; ) {
      const read = follower.read();
      followed.push(...read.chunks.map((c) => Number(c.text)));
      running = read.running;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(await run.exit).toBe(0);
    const kept = engine.containerLogs(Id).read().chunks.map((c) => Number(c.text));
    expect(kept.length).toBeLessThanOrEqual(LOG_KEEP_CHUNKS);
    expect(kept.at(-1)).toBe(lines);
    expect(kept.every((n, k) => k === 0 || n === kept[k - 1] + 1)).toBe(true);
    // Read in order, nothing twice, up to the last line.
    expect(followed.every((n, k) => k === 0 || n > followed[k - 1])).toBe(true);
    expect(followed.at(-1)).toBe(lines);
  });

  it('keeps its newest characters when few writes are long', async () => {
    const engine = await seedStates.alpineRunnable();
    const { Id } = engine.containerCreate({ Image: 'alpine', Cmd: ['sh', '-c', 'x=$(printf "%0100000d" 0); for i in 1 2 3 4 5 6 7 8 9 10 11 12; do echo "$i $x"; done'] }, 'wide');
    expect(await engine.containerStartAttached(Id, { stdout: quiet, stderr: quiet, stdin: '', columns: 80 }).exit).toBe(0);
    const kept = engine.containerLogs(Id).read().chunks.map((c) => c.text);
    expect(kept.join('').length).toBeLessThanOrEqual(LOG_KEEP_CHARS);
    expect(kept.at(-1)?.startsWith('12 ')).toBe(true);
  });
});
