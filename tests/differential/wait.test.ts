// `docker wait` on a container that sleeps in the background: on the simulated clock both CLIs get the
// exit code once the sleeps have run out (the wait lets time pass), and a `run -d` beside it is untouched.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();

describe.skipIf(skip)('differential: docker wait', () => {
  it('returns when a sleeping container exits, like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      "docker run -d --name sleeper alpine sh -c 'sleep 50; echo done; exit 7'",
      'docker run -d --name long alpine sleep 300',
      "docker ps --format '{{.Names}}'",
      'docker wait sleeper',
      'docker logs sleeper',
      "docker ps -a --format '{{.Names}} {{.State}}'",
      "docker inspect -f '{{.State.ExitCode}}' sleeper",
      'docker wait nosuch',
    ]);
    expect(ours).toEqual(real);
    expect(real[4]).toMatchObject({ stdout: '7\n', exitCode: 0 });
    expect(real[6].stdout).toContain('long running');
  });
});
