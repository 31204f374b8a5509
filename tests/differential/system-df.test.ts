// docker system df [-v] through the Engine API: the real CLI and ours print the same usage.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();

describe.skipIf(skip)('differential: system df', () => {
  it('reports disk usage like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker system df',
      'docker pull -q alpine',
      'docker pull -q nginx:alpine',
      "docker run --name writer alpine sh -c 'head -c 100000 /dev/zero > /big'",
      'docker run -d --name web1 alpine sleep 1000',
      'docker create --name cr -v data:/data alpine',
      'docker volume create empty',
      'docker system df',
      'docker system df -v',
      "docker system df --format '{{.Type}}={{.TotalCount}}/{{.Active}} {{.Size}} {{.Reclaimable}}'",
    ]);
    expect(ours).toEqual(real);
    expect(real[7].stdout).toMatch(/^TYPE +TOTAL +ACTIVE +SIZE +RECLAIMABLE\nImages +2 +1 /);
  });
});
