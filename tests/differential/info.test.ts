// docker info: our CLI against the real docker CLI talking to the same simulated daemon.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();
if (skip) console.log(skip);

describe.skipIf(skip)('differential: docker info', () => {
  it('prints the client and server sections and --format templates like the real CLI', { timeout: 60_000 }, async () => {
    const { ours, real } = await differential([
      'docker info',
      'docker pull -q alpine',
      'docker run -d --name c alpine sleep 60',
      'docker info',
      "docker info --format '{{.Containers}} {{.Images}} {{.ServerVersion}}'",
      "docker system info --format '{{json .}}'",
      'docker info --format json',
    ]);
    expect(ours).toEqual(real);
  });
});
