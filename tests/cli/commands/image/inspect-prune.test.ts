// `docker image inspect`, `docker inspect` and `docker image prune` on a fake daemon: the CLI's own
// checks and wording; the documents themselves are golden files (tests/golden/inspect/).
import { describe, expect, it } from 'vitest';
import { type ImagePruneResponse } from '../../../../src/engine/index.ts';
import { fakeEngine, runDocker } from '../../../support/fake-engine.ts';
import { goldenEngine } from '../../fixtures/engine.ts';
import { ALPINE, NOW } from '../../fixtures/images.ts';

describe('docker image inspect / docker inspect', () => {
  it('prints [] and the daemon error for a missing image; docker inspect says No such object', async () => {
    expect(await runDocker(goldenEngine(), ['image', 'inspect', 'nope'], NOW)).toEqual({ stdout: '[]\n', stderr: 'Error response from daemon: No such image: nope:latest\n', status: 1 });
    expect(await runDocker(goldenEngine(), ['inspect', 'nope'], NOW)).toEqual({ stdout: '[]\n', stderr: 'Error: No such object: nope\n', status: 1 });
  });

  it('prints what it found before the errors of the rest', async () => {
    const r = await runDocker(goldenEngine(), ['image', 'inspect', '-f', '{{.ID}}', 'alpine', 'nope'], NOW);
    expect(r).toEqual({ stdout: `${ALPINE}\n`, stderr: 'Error response from daemon: No such image: nope:latest\n', status: 1 });
  });

  it('runs templates on the typed struct (.ID), falling back to the raw document (.Id)', async () => {
    const engine = goldenEngine();
    expect((await runDocker(engine, ['inspect', '-f', '{{.ID}}', 'alpine'], NOW)).stdout).toBe(`${ALPINE}\n`);
    expect((await runDocker(engine, ['inspect', '-f', '{{.Id}}', 'alpine'], NOW)).stdout).toBe(`${ALPINE}\n`);
    expect((await runDocker(engine, ['inspect', '-f', '{{json .Config.Cmd}}', 'alpine'], NOW)).stdout).toBe('["/bin/sh"]\n');
    expect(await runDocker(engine, ['inspect', '-f', '{{.X', 'alpine'], NOW)).toEqual({ stdout: '', stderr: 'template parsing error: template: :1: unclosed action\n', status: 64 });
  });

  it('checks --type itself, and asks for a container before an image', async () => {
    const engine = goldenEngine();
    expect((await runDocker(engine, ['inspect', '--type', 'frob', 'alpine'], NOW)).stderr).toBe(
      'unknown type: "frob": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n',
    );
    expect((await runDocker(engine, ['inspect', '--type', 'network', 'x'], NOW)).stderr).toBe('Error response from daemon: network x not found\n');
    expect((await runDocker(engine, ['inspect', '-f', '{{.Name}}', 'web'], NOW)).stdout).toBe('/web\n');
    expect((await runDocker(engine, ['inspect', '--type', 'image', '-f', '{{.Os}}', 'alpine'], NOW)).stdout).toBe('linux\n');
  });
});

describe('docker image prune', () => {
  const filters: Record<string, string[]>[] = [];
  const report: ImagePruneResponse = { ImagesDeleted: [{ Untagged: 'alpine:latest' }, { Deleted: ALPINE }], SpaceReclaimed: 7_830_000 };
  const engine = fakeEngine({ imagesPrune: (f = {}) => (filters.push(f), report) });

  it('asks first; anything but y ends quietly with status 0 and asks the daemon nothing', async () => {
    expect(await runDocker(engine, ['image', 'prune'], NOW, { stdin: 'n\n' })).toEqual({
      stdout: 'WARNING! This will remove all dangling images.\nAre you sure you want to continue? [y/N] ', stderr: '', status: 0,
    });
    expect(filters).toEqual([]);
  });

  it('lists what went and the space reclaimed; -a asks for images that are not dangling too', async () => {
    expect((await runDocker(engine, ['image', 'prune', '-a'], NOW, { stdin: 'Y\n' })).stdout).toBe(
      'WARNING! This will remove all images without at least one container associated to them.\nAre you sure you want to continue? [y/N] ' +
        `Deleted Images:\nuntagged: alpine:latest\ndeleted: ${ALPINE}\n\nTotal reclaimed space: 7.83MB\n`,
    );
    await runDocker(engine, ['image', 'prune', '-f', '--filter', 'until=24h'], NOW);
    expect(filters).toEqual([{ dangling: ['false'] }, { until: ['24h'], dangling: ['true'] }]);
  });
});
