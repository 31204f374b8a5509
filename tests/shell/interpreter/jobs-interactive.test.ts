// Background jobs at a prompt: bash on the host and in a Debian container, ash in Alpine. The notices,
// columns and messages are those of the real shells on a terminal (recorded with `script -qfc 'bash -i'`,
// `busybox sh -i` and `dash -i`); the timing is the simulated session's, where each typed line takes a
// second and a `wait` or `fg` moves the clock to the job's end.
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';

const PULLING = /^(Unable to find|[\w.-]+: Pulling|[0-9a-f]{12}: |Digest: |Status: )/;
const run = async (lines: string[]) => (await transcript(lines.join('\n'))).split('\n').filter((l) => !PULLING.test(l)).join('\n');

describe('background jobs at the host prompt (bash)', () => {
  it('announces each job, lists it, and tells of its end before the next prompt', async () => {
    expect(await run(['sleep 5 &', 'echo $!', 'jobs', 'jobs -l', 'false &', 'echo next'])).toBe(
      [
        '[1] 1000',
        '1000',
        '[1]+  Running                 sleep 5 &',
        '[1]+  1000 Running                 sleep 5 &',
        '[2] 1001',
        'next',
        '[1]-  Done                    sleep 5',
        '[2]+  Exit 1                  false',
        '',
      ].join('\n'),
    );
  });

  it('kill %N, wait %N (which tells at once), fg, bg, and the errors for jobs that are not there', async () => {
    expect(await run(['sleep 10 &', 'kill %2', 'wait %1; echo st=$?', 'sleep 100 &', 'kill %1', 'echo x', 'sleep 30 &', 'bg', 'fg', 'fg', 'wait 4242; echo $?', 'wait %9; echo $?'])).toBe(
      [
        '[1] 1000',
        'bash: kill: %2: no such job',
        '[1]+  Done                    sleep 10',
        'st=0',
        '[1] 1001',
        '[1]+  Terminated              sleep 100',
        'x',
        '[1] 1002',
        'bash: bg: job 1 already in background',
        'sleep 30',
        'bash: fg: current: no such job',
        'bash: wait: pid 4242 is not a child of this shell',
        '127',
        'bash: wait: %9: no such job',
        '127',
        '',
      ].join('\n'),
    );
  });

  it("runs beside the shell with a copy of its state, and says where it ran when the shell has moved", async () => {
    expect(await run(['x=1; (sleep 3; echo "x=$x") & x=2', 'cd /tmp', '(sleep 1; pwd) &', 'cd; wait', 'echo $x'])).toBe(
      ['[1] 1000', '[2] 1001', 'x=1', '/tmp', '[1]-  Done                    ( sleep 3; echo "x=$x" )', '[2]+  Done                    ( sleep 1; pwd )  (wd: /tmp)', '(wd now: ~)', '2', ''].join('\n'),
    );
  });

  it('a line that waits for nothing goes on at once: the job sleeps on its own clock', async () => {
    expect(await run(['sleep 100 & sleep 200 &', 'date', 'jobs'])).toBe(
      ['[1] 1000', '[2] 1001', 'Thu Jan  1 00:00:01 UTC 2026', '[1]-  Running                 sleep 100 &', '[2]+  Running                 sleep 200 &', ''].join('\n'),
    );
  });
});

describe('background jobs in containers', () => {
  it('ash in Alpine: no announcement, its own columns, Done(N), and notices after the command', async () => {
    const out = await run(['docker run -it --name a1 alpine sh', 'sleep 5 &', 'sleep 9 &', 'echo $!', 'jobs', 'jobs -l', '(exit 3) &', 'echo next', 'kill %2', 'echo y', 'fg', 'bg', 'exit']);
    expect(out).toBe(
      [
        '8',
        '[2]+  Running                    sleep 9',
        '[1]-  Running                    sleep 5',
        '[2]+  8 Running                  sleep 9',
        '[1]-  7 Running                  sleep 5',
        '[1]   Done                       sleep 5',
        'next',
        '[3]+  Done(3)                    (exit 3)',
        '[2]+  Terminated                 sleep 9',
        'y',
        'sh: fg: No current job',
        'sh: bg: No current job',
        '',
      ].join('\n'),
    );
  });

  it('bash in Debian announces its jobs as the host does', async () => {
    expect(await run(['docker run -it --rm debian:bookworm bash', 'sleep 3 &', 'jobs', 'exit'])).toBe(['[1] 7', '[1]+  Running                 sleep 3 &', 'exit', ''].join('\n'));
  });

  it('a job is a process of the container: ps and docker top list it, and it ends with PID 1', async () => {
    const out = await run(['docker run -d --name c1 alpine sh -c "sleep 100 & sleep 200 & wait"', 'docker exec c1 ps', 'docker stop -t 1 c1', 'docker run --rm alpine sh -c "sleep 50 & echo bye"', 'date']);
    expect(out.split('\n').slice(1).join('\n')).toBe(
      [
        'PID   USER     TIME  COMMAND',
        '    1 root      0:00 sh -c sleep 100 & sleep 200 & wait',
        '    7 root      0:00 sleep 100',
        '    8 root      0:00 sleep 200',
        '    9 root      0:00 ps',
        'c1',
        'bye',
        'Thu Jan  1 00:00:05 UTC 2026',
        '',
      ].join('\n'),
    );
  });

  it('a server started with & answers at once, and kill %1 ends it without a Ctrl-C traceback', async () => {
    const out = await run(['docker run -it --name py python:3.12-alpine sh', 'python3 -m http.server 8000 &', 'wget -qO- localhost:8000 | head -1', 'kill %1', 'echo after', 'exit']);
    expect(out).toMatch(/^Serving HTTP on 0\.0\.0\.0 port 8000 \(http:\/\/0\.0\.0\.0:8000\/\) \.\.\.\n.*"GET \/ HTTP\/1\.1" 200 -\n<!DOCTYPE HTML>\n\[1\]\+  Terminated                 python3 -m http\.server 8000\nafter\n$/);
  }, 60_000);
});
