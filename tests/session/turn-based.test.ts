// Detached containers run turn-based: `docker run -d` returns once PID 1 is listening, sleeping or
// done, so a command on the same line already finds it; `docker stop` lets a process that handles
// its signal finish on its own turns (exit 0, no 10 s grace); a loop that never sleeps still returns,
// and runs until it is stopped: a detached process spends no typed line's step budget.
import { describe, expect, it } from 'vitest';
import { STEP_BUDGET } from '../../src/shell/interpreter/budget.ts';
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

  it('keeps a loop that never sleeps running past a typed line\'s step budget, until it is stopped', async () => {
    const { run, session } = await sessionLines('turns');
    await run('docker pull -q alpine');
    await run(`docker run -d --name count alpine sh -c 'i=0; while :; do i=$((i+1)); echo $i; done'`);
    // Each turn of the loop takes at least three steps, so past this count it has outlived a line's budget.
    const past = STEP_BUDGET / 3;
    let last = 0;
    while (last <= past) {
      const latest = Number((await run('docker logs --tail 1 count')).stdout);
      expect(latest).toBeGreaterThanOrEqual(last);
      last = latest;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await run('docker ps --format "{{.Names}} {{.State}}"')).stdout).toBe('count running\n');
    // Its log keeps the newest lines (a bounded log, as with --log-opt max-size), numbered without a gap.
    const lines = (await run('docker logs count')).stdout.trim().split('\n').map(Number);
    expect(lines.length).toBeGreaterThan(1000);
    expect(lines.every((n, k) => k === 0 || n === lines[k - 1] + 1)).toBe(true);
    expect((await run('docker stop -t 1 count && docker inspect -f "{{.State.ExitCode}}" count')).stdout).toBe('count\n137\n');
    session.close();
  });

  it('stops what a thrown-away session still runs in its background when it is closed', async () => {
    const { run, session } = await sessionLines('turns');
    await run('docker pull -q alpine');
    await run(`docker run -d --name spin alpine sh -c 'while :; do :; done'`);
    session.close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await run('docker ps -a --format "{{.Names}} {{.State}} {{.Status}}"')).stdout).toMatch(/^spin exited Exited \(137\)/);
  });
});

describe('a background job that never sleeps', () => {
  it('runs past a typed line\'s step budget until it is killed, while the prompt answers beside it', async () => {
    const { run, session } = await sessionLines('turns', true);
    expect((await run(`i=0; while :; do i=$((i+1)); echo $i > /tmp/n; done &`)).out).toBe('[1] 1000\n');
    let last = 0;
    while (last <= STEP_BUDGET / 3) {
      const latest = Number((await run('cat /tmp/n')).stdout);
      expect(latest).toBeGreaterThanOrEqual(last);
      last = latest;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect((await run('jobs')).out).toBe('[1]+  Running                 while :; do i=$((i+1)); echo $i > /tmp/n; done &\n');
    expect((await run('kill %1; wait %1; echo $?')).out).toBe('[1]+  Terminated              while :; do i=$((i+1)); echo $i > /tmp/n; done\n143\n');
    session.close();
  });
});
