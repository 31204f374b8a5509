// docker stats --no-stream through the Engine API: the real CLI computes the table from our samples.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();

describe.skipIf(skip)('differential: stats', () => {
  it('prints one table like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      "docker run -d --name web1 alpine sh -c 'head -c 100000 /dev/zero > /big; sleep 1000'",
      'docker create --name cr alpine',
      'docker stats --no-stream',
      'docker stats --no-stream -a',
      'docker stats --no-stream --no-trunc web1 cr',
      "docker stats --no-stream --format '{{.Container}} {{.Name}} {{.MemPerc}} {{.PIDs}}' web1",
      'docker stats --no-stream --format json cr',
      'docker stats --no-stream nosuch',
    ]);
    expect(ours).toEqual(real);
    expect(real[3].stdout).toMatch(/^CONTAINER ID   NAME      CPU %     MEM USAGE \/ LIMIT +MEM % +NET I\/O +BLOCK I\/O +PIDS\n[0-9a-f]{12}   web1      0\.00% +\d+(\.\d+)?KiB \/ 7\.654GiB /);
  });
});
