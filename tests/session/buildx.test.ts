// docker buildx version / ls: the plugin Docker 28.2.2 ships and the daemon's default builder (docker
// driver, BuildKit inside dockerd), with buildx's platform truncation and --format.
import { describe, expect, it } from 'vitest';
import { sessionLines } from '../support/session-lines.ts';

describe('docker buildx', () => {
  it('prints its version and lists the default builder', async () => {
    const { run } = await sessionLines('buildx');
    expect(await run('docker buildx version')).toMatchObject({ stdout: 'github.com/docker/buildx v0.24.0 d0e5e86c8b88ae4865040bc96917c338f4dd673c\n', status: 0 });
    expect((await run('docker buildx ls')).stdout).toBe(
      [
        'NAME/NODE     DRIVER/ENDPOINT   STATUS    BUILDKIT   PLATFORMS',
        'default*      docker                                 ',
        ' \\_ default    \\_ default       running   v0.22.0    linux/amd64 (+2), linux/386',
        '',
      ].join('\n'),
    );
    expect((await run('docker buildx ls --no-trunc --format "{{.Name}}|{{.Platforms}}"')).stdout).toBe('default*|\n \\_ default|linux/amd64, linux/amd64/v2, linux/amd64/v3, linux/386\n');
    expect(await run('docker buildx ls extra')).toMatchObject({ status: 1 });
  });
});
