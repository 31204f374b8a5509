// `docker tag` and `docker rmi` on a fake daemon: what the CLI checks itself, what it asks the daemon,
// and how it prints the answers and errors.
import { describe, expect, it } from 'vitest';
import { NoSuchImage, ImageInUse, type EngineApi } from '../../../../src/engine/index.ts';
import { fakeEngine, runDocker } from '../../../support/fake-engine.ts';

const NOW = Date.UTC(2026, 0, 1);

describe('docker tag', () => {
  const calls: unknown[][] = [];
  const engine = fakeEngine({
    imageTag: (source, repo, tag) => {
      if (source === 'nope') throw new NoSuchImage('nope:latest');
      calls.push([source, repo, tag]);
    },
  });

  it('checks both references client-side, in docker words, before asking the daemon', async () => {
    expect(await runDocker(engine, ['tag', 'alpine', 'Foo'], NOW)).toEqual({
      stdout: '', status: 1,
      stderr: 'Error parsing reference: "Foo" is not a valid repository/tag: invalid reference format: repository name (library/Foo) must be lowercase\n',
    });
    expect((await runDocker(engine, ['tag', 'Alpine:x', 'foo'], NOW)).stderr).toMatch(/^Error parsing reference: "Alpine:x" is not a valid repository\/tag: /);
    expect((await runDocker(engine, ['tag', 'alpine', `foo@sha256:${'a'.repeat(64)}`], NOW)).stderr).toBe('refusing to create a tag with a digest reference\n');
    expect(calls).toEqual([]);
  });

  it('sends the normalized repository and the tag (latest when none)', async () => {
    expect(await runDocker(engine, ['image', 'tag', 'alpine', 'foo:v1'], NOW)).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(await runDocker(engine, ['tag', 'alpine', 'ghcr.io/me/app'], NOW)).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(calls).toEqual([['alpine', 'docker.io/library/foo', 'v1'], ['alpine', 'ghcr.io/me/app', 'latest']]);
  });

  it("prints the daemon's error", async () => {
    expect(await runDocker(engine, ['tag', 'nope', 'foo'], NOW)).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nope:latest\n', status: 1 });
  });
});

describe('docker rmi', () => {
  const seen: unknown[] = [];
  const engine: EngineApi = fakeEngine({
    imageDelete: (name, options) => {
      seen.push([name, options]);
      if (name === 'busy') throw new ImageInUse('busy', 'f2a9c1d0e3b4', 'bb8866cd1fa1');
      if (name.startsWith('nope') || name === 'alsonope') throw new NoSuchImage(`${name}:latest`);
      return [{ Untagged: `${name}` }];
    },
  });

  it('prints successes as they come and every error at the end, exit 1', async () => {
    expect(await runDocker(engine, ['rmi', 'nope', 'foo:v1', 'alsonope'], NOW)).toEqual({
      stdout: 'Untagged: foo:v1\n', status: 1,
      stderr: 'Error response from daemon: No such image: nope:latest\nError response from daemon: No such image: alsonope:latest\n',
    });
  });

  it('-f forgives missing images but not an image in use; --no-prune reaches the daemon', async () => {
    expect(await runDocker(engine, ['rmi', '-f', 'nope'], NOW)).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nope:latest\n', status: 0 });
    expect((await runDocker(engine, ['rmi', '-f', 'busy'], NOW)).status).toBe(1);
    seen.length = 0;
    await runDocker(engine, ['image', 'rm', '--no-prune', 'foo'], NOW);
    expect(seen).toEqual([['foo', { force: false, noPrune: true }]]);
  });
});
