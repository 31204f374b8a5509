// docker pause / unpause through the Engine API: the real CLI and ours print the same, errors included.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();

describe.skipIf(skip)('differential: pause and unpause', () => {
  it('pauses, refuses exec, unpauses like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      'docker run -d --name p1 alpine sleep 1000',
      'docker create --name cr alpine',
      'docker pause p1',
      "docker ps --format '{{.Names}} {{.State}}'",
      "docker inspect -f '{{.State.Status}} {{.State.Running}} {{.State.Paused}}' p1",
      'docker exec p1 true',
      'docker pause p1',
      'docker pause cr nosuch',
      'docker unpause p1',
      'docker unpause p1',
      "docker ps --format '{{.Names}} {{.State}}'",
      'docker pause p1',
      'docker rm -f p1',
    ]);
    expect(ours).toEqual(real);
    expect(real[5].stdout).toBe('paused true true\n');
  });
});
