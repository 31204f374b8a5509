// docker pull (non-TTY and quiet) and docker image prune: our CLI against the real docker CLI.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();
if (skip) console.log(skip);

describe.skipIf(skip)('differential: docker pull and image prune', () => {
  it('pulls and prunes like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull alpine',
      'docker pull alpine',
      'docker pull -q hello-world:latest',
      'docker pull busybox:latest',
      'docker pull --platform linux/arm64 alpine:latest',
      'docker pull nosuch-repo-xyz',
      'docker pull alpine:nosuchtag',
      'docker pull Alpine',
      'docker pull --platform windows/amd64 hello-world',
      'docker image pull docker.io/library/alpine:latest',
      'docker images',
      'docker image prune -f',
      'docker tag busybox keep:1',
      'docker rmi busybox',
      'docker image prune -a -f --filter label=nosuch',
      'docker image prune -a -f',
      'docker images -a',
    ]);
    expect(ours).toEqual(real);
  });
});
