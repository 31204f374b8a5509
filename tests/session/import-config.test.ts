// An imported image has no config of its own: Cmd, Env, Labels … are Go's nil, which a template prints
// as [] / map[] and `json` as null (what the real CLI prints against the same daemon), and running it
// without a command fails as dockerd does.
import { describe, expect, it } from 'vitest';
import { sessionLines } from '../support/session-lines.ts';

describe('docker import', () => {
  it('leaves Cmd and the rest of the config unset (null), not empty lists', async () => {
    const { run } = await sessionLines('import');
    await run('docker pull -q alpine');
    await run('docker run --name ex alpine true');
    await run('docker export ex -o ex.tar');
    await run('docker import ex.tar imp:1');
    const fields = `{{.Config.Cmd}} {{json .Config.Cmd}} {{json .Config.Env}} {{json .Config.Entrypoint}} {{.Config.Labels}} {{json .Config.Labels}}`;
    expect((await run(`docker inspect -f '${fields}' imp:1`)).stdout).toBe('[] null null null map[] null\n');
    expect((await run(`docker inspect -f '{{json .Config.Cmd}}' alpine`)).stdout).toBe('["/bin/sh"]\n');
    expect(await run('docker run imp:1')).toMatchObject({ stderr: "docker: Error response from daemon: no command specified\n\nRun 'docker run --help' for more information\n", status: 125 });
  });
});
