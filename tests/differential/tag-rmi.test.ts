// docker tag and docker rmi, with their error paths: our CLI against the real docker CLI.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();
if (skip) console.log(skip);

describe.skipIf(skip)('differential: docker tag and rmi', () => {
  it('names and removes images like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      'docker pull -q hello-world',
      'docker tag alpine myapp',
      'docker tag alpine myapp:v2',
      'docker image tag alpine localhost:5000/myapp:v1',
      'docker tag nosuch myapp:v3',
      'docker tag alpine Bad:Name',
      'docker tag alpine sha256:v1',
      'docker tag alpine',
      'docker images myapp',
      'docker images localhost:5000/myapp',
      'docker rmi myapp',
      'docker rmi myapp:v2 localhost:5000/myapp:v1',
      'docker rmi nosuch',
      'docker rmi -f nosuch',
      'docker rmi nosuch alpine:nosuch',
      'docker tag hello-world hello:copy',
      'docker rmi 798295938c6b',
      'docker rmi -f 74cc54e27dc4',
      'docker rmi hello:copy',
      'docker rmi hello-world',
      'docker image rm alpine',
      'docker images -a',
      'docker rmi',
    ]);
    expect(ours).toEqual(real);
  });
});
