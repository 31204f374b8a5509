// docker build --secret: the client reads each secret from a file or its environment and hands the
// daemon the bytes, as buildx does; bad values fail before the daemon is asked anything.
import { describe, expect, it } from 'vitest';
import type { BuildRequest } from '../../../../src/engine/index.ts';
import { runDocker } from '../../../support/fake-engine.ts';
import { buildEvents, buildResult, buildStream } from '../../fixtures/build.ts';
import { goldenEngine } from '../../fixtures/engine.ts';
import { NOW } from '../../fixtures/images.ts';

function recording() {
  const requests: BuildRequest[] = [];
  const engine = goldenEngine({ imageBuild: (request) => (requests.push(request), buildStream(buildEvents, buildResult)) });
  const secrets = () => Object.fromEntries([...(requests.at(-1)?.secrets ?? [])].map(([id, bytes]) => [id, new TextDecoder().decode(bytes)]));
  return { engine, requests, secrets };
}

const machine = { files: { Dockerfile: 'FROM alpine\n', 'token.txt': 'from-file\n' }, env: { TOKEN: 'from-env' } };

describe('docker build --secret', () => {
  it('reads src= files and env= variables; a bare id tries the variable, then the file', async () => {
    const { engine, secrets } = recording();
    expect((await runDocker(engine, ['build', '-q', '--secret', 'id=token,src=token.txt', '.'], NOW, machine)).status).toBe(0);
    expect(secrets()).toEqual({ token: 'from-file\n' });
    await runDocker(engine, ['build', '-q', '--secret', 'id=token,env=TOKEN', '--secret', 'type=env,id=t2,src=TOKEN', '.'], NOW, machine);
    expect(secrets()).toEqual({ token: 'from-env', t2: 'from-env' });
    await runDocker(engine, ['build', '-q', '--secret', 'id=TOKEN', '--secret', 'id=token.txt', '.'], NOW, machine);
    expect(secrets()).toEqual({ TOKEN: 'from-env', 'token.txt': 'from-file\n' });
  });

  it('reports bad values as buildx does, without asking the daemon', async () => {
    const { engine, requests } = recording();
    const fails = async (value: string) => (await runDocker(engine, ['build', '--secret', value, '.'], NOW, machine)).stderr;
    expect(await fails('id=token')).toBe('ERROR: failed to build: failed to stat token: stat token: no such file or directory\n');
    expect(await fails('token')).toBe("ERROR: failed to build: invalid field 'token' must be a key=value pair\n");
    expect(await fails('id=t,type=ssh')).toBe('ERROR: failed to build: unsupported secret type "ssh"\n');
    expect(await fails('id=t,color=red')).toBe("ERROR: failed to build: unexpected key 'color' in 'color=red'\n");
    expect(await fails('src=token.txt')).toBe('ERROR: failed to build: secret missing ID\n');
    expect(requests).toEqual([]);
  });
});
