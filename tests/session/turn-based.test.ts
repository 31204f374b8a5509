// Detached containers run turn-based: `docker run -d` returns once PID 1 is listening, sleeping or
// done, so a command on the same line already finds it; `docker stop` lets a process that handles
// its signal finish on its own turns (exit 0, no 10 s grace); a loop that never sleeps still returns.
import { describe, expect, it } from 'vitest';
import { sessionLines } from '../support/session-lines.ts';

describe('containers run turn-based, not against the clock', () => {
  it('serves at once after docker run -d, on the same typed line', async () => {
    const { run } = await sessionLines('turns');
    await run('docker pull -q nginx && docker pull -q alpine');
    expect((await run('docker run -d -p 8080:80 --name web nginx >/dev/null && curl -s localhost:8080 | grep -c "<title>Welcome to nginx!</title>"')).stdout).toBe('1\n');
    // A script's first output is in the log as soon as run -d returns.
    expect((await run(`docker run -d --name tick alpine sh -c 'echo first; sleep 100' >/dev/null && docker logs tick`)).stdout).toBe('first\n');
  });

  it('stops a server that handles SIGTERM on its own turns: exit 0, the clock not moved by the grace period', async () => {
    const { run } = await sessionLines('turns');
    await run('docker pull -q nginx');
    await run('docker run -d --name web nginx');
    const before = Number((await run('date +%s')).stdout);
    expect((await run('docker stop web && docker inspect -f "{{.State.ExitCode}}" web')).stdout).toBe('web\n0\n');
    expect(Number((await run('date +%s')).stdout) - before).toBeLessThan(10);
  });

  it('returns from docker run -d for a loop that never sleeps, and stops it with SIGKILL after the grace period', async () => {
    const { run } = await sessionLines('turns');
    await run('docker pull -q alpine');
    expect((await run(`docker run -d --name busy alpine sh -c 'while :; do :; done'`)).stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect((await run('docker ps --format "{{.Names}} {{.State}}"')).stdout).toBe('busy running\n');
    expect((await run('docker stop -t 1 busy && docker inspect -f "{{.State.ExitCode}}" busy')).stdout).toBe('busy\n137\n');
  });
});
