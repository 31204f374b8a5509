// docker version: our CLI against the real docker CLI talking to the same simulated daemon.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();
if (skip) console.log(skip);

describe.skipIf(skip)('differential: docker version', () => {
  it('prints the client and server sections like the real CLI', { timeout: 60_000 }, async () => {
    const { ours, real } = await differential([
      'docker version',
      "docker version --format '{{.Server.Version}} {{.Client.APIVersion}} {{.Client.Os}}/{{.Client.Arch}}'",
      "docker version --format '{{.Client.Version}}'",
    ]);
    expect(ours).toEqual(real);
  });
});
