// `docker top` lists every process of the container, as the host's ps sees them: PID 1 with the command
// line it has now (nginx's title after the entrypoint's exec), and its children with host PIDs.
import { describe, expect, it } from 'vitest';
import { sessionLines } from '../support/session-lines.ts';

describe('docker top', () => {
  it('shows nginx\'s master and its workers (the nginx user by its number), as the exec\'d entrypoint left them', async () => {
    const { run } = await sessionLines('top');
    await run('docker pull -q nginx:alpine');
    await run('docker run -d --name web nginx:alpine');
    const cpus = Number((await run('docker exec web nproc')).stdout);
    const rows = (await run('docker top web')).stdout.trimEnd().split('\n').slice(1).map((l) => l.split(/ {2,}/));
    expect(rows.map((r) => [r[0], r[7]])).toEqual([['root', 'nginx: master process nginx -g daemon off;'], ...Array.from({ length: cpus }, () => ['101', 'nginx: worker process'])]);
    expect(rows.slice(1).every((r) => r[2] === rows[0][1])).toBe(true);
    expect((await run('docker top web -o pid,args')).stdout).toContain(' nginx: worker process\n');
  });
});
