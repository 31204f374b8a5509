// Plain `docker stats` redraws its table each second in place (cursor home, each line cleared to its
// end) until Ctrl-C in a terminal; with no terminal (a script, `npm run sim`) it stops by itself after
// ten simulated minutes.
import { describe, expect, it } from 'vitest';
import { sessionLines } from '../support/session-lines.ts';

describe('docker stats streaming', () => {
  it('stops by itself after ten simulated minutes without a terminal', async () => {
    const { run } = await sessionLines('stats');
    await run('docker pull -q alpine');
    await run('docker run -d --name web1 alpine sleep 100000');
    const before = Number((await run('date +%s')).stdout);
    const result = await run('docker stats web1');
    expect(result.status).toBe(0);
    const frames = result.stdout.split('\x1b[H');
    expect(frames[0]).toBe('\x1b[2J');
    expect(frames.length - 1).toBe(601);
    expect(frames[1]).toMatch(/^CONTAINER ID +NAME +CPU % +MEM USAGE \/ LIMIT +MEM % +NET I\/O +BLOCK I\/O +PIDS\x1b\[K\n[0-9a-f]{12} +web1 +0\.00% .*\x1b\[K\n\x1b\[J$/);
    expect(Number((await run('date +%s')).stdout) - before).toBeGreaterThanOrEqual(600);
  });
});
