// docker pause / unpause: the container stays running with its processes frozen (ps says "(Paused)",
// inspect says paused), exec is refused with dockerd's words, and unpausing lets the process go on.
import { describe, expect, it } from 'vitest';
import { sessionLines } from '../support/session-lines.ts';

describe('docker pause and unpause', () => {
  it('freezes a ticking container until it is unpaused', async () => {
    const { run } = await sessionLines('pause');
    await run('docker pull -q alpine');
    await run(`docker run -d --name ticker alpine sh -c 'while true; do echo tick; sleep 1; done'`);
    await run('true');
    expect(await run('docker pause ticker')).toMatchObject({ stdout: 'ticker\n', status: 0 });
    expect((await run('docker ps --format "{{.Status}}|{{.State}}"')).stdout).toMatch(/^Up .* \(Paused\)\|paused\n$/);
    expect((await run(`docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.Paused}}' ticker`)).stdout).toBe('paused true true\n');
    const frozen = (await run('docker logs ticker')).stdout;
    for (let i = 0; i < 3; i++) await run('true');
    expect((await run('docker logs ticker')).stdout).toBe(frozen);
    expect(await run('docker unpause ticker')).toMatchObject({ stdout: 'ticker\n', status: 0 });
    // The background runs between typed lines; give it as many lines as a busy machine needs.
    let after = frozen;
    for (let i = 0; i < 50 && after === frozen; i++) after = (await run('docker logs ticker')).stdout;
    expect(after.length).toBeGreaterThan(frozen.length);
    expect((await run(`docker inspect -f '{{.State.Status}} {{.State.Paused}}' ticker`)).stdout).toBe('running false\n');
  });

  it('freezes a loop that never sleeps too, and a stop still ends it', async () => {
    const { run, session } = await sessionLines('pause');
    await run('docker pull -q alpine');
    await run(`docker run -d --name flood alpine sh -c 'i=0; while :; do i=$((i+1)); echo $i; done'`);
    await run('docker pause flood');
    // The process stops at its next pause (within one slice), as it would at its next sleep.
    await run('true');
    const frozen = (await run('docker logs --tail 1 flood')).stdout;
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await run('docker logs --tail 1 flood')).stdout).toBe(frozen);
    await run('docker unpause flood');
    let after = frozen;
    for (let i = 0; i < 50 && after === frozen; i++) after = (await run('docker logs --tail 1 flood')).stdout;
    expect(Number(after)).toBeGreaterThan(Number(frozen));
    await run('docker pause flood');
    expect((await run('docker stop -t 1 flood && docker inspect -f "{{.State.Status}} {{.State.ExitCode}}" flood')).stdout).toBe('flood\nexited 137\n');
    session.close();
  });

  it("gives dockerd's errors: exec into a paused container, pausing twice, unpausing a running one, a stopped one", async () => {
    const { run } = await sessionLines('pause');
    await run('docker pull -q alpine');
    const id = (await run('docker run -d --name p1 alpine sleep 1000')).stdout.trim();
    await run('docker pause p1');
    expect(await run('docker exec p1 true')).toMatchObject({ stderr: 'Error response from daemon: Container p1 is paused, unpause the container before exec\n', status: 1 });
    expect(await run('docker pause p1')).toMatchObject({ stderr: `Error response from daemon: container ${id} is already paused\n`, status: 1 });
    await run('docker unpause p1');
    expect(await run('docker unpause p1 nosuch')).toMatchObject({
      stderr: `Error response from daemon: container ${id} is not paused\nError response from daemon: No such container: nosuch\n`,
      status: 1,
    });
    const created = (await run('docker create --name cr alpine')).stdout.trim();
    expect(await run('docker pause cr')).toMatchObject({ stderr: `Error response from daemon: container ${created} is not running\n`, status: 1 });
  });

  it('stops and removes a paused container', async () => {
    const { run } = await sessionLines('pause');
    await run('docker pull -q alpine');
    await run('docker run -d --name alpha alpine sleep 1000');
    await run('docker run -d --name beta alpine sleep 1000');
    await run('docker pause alpha beta');
    expect(await run('docker stop -t 1 alpha')).toMatchObject({ stdout: 'alpha\n', status: 0 });
    expect((await run(`docker inspect -f '{{.State.Status}} {{.State.Paused}}' alpha`)).stdout).toBe('exited false\n');
    expect(await run('docker rm -f beta')).toMatchObject({ stdout: 'beta\n', status: 0 });
  });
});
