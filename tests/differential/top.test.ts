// docker top through the Engine API: ps -ef (the default), aux, -o columns, and dockerd's errors.
import { describe, expect, it } from 'vitest';
import { differential, skipReason } from './harness.ts';

const skip = skipReason();

describe.skipIf(skip)('differential: top', () => {
  it('lists the container process like the real CLI', { timeout: 120_000 }, async () => {
    const { ours, real } = await differential([
      'docker pull -q alpine',
      'docker run -d --name web1 alpine sleep 1000',
      'docker create --name cr alpine',
      'docker top web1',
      'docker top web1 aux',
      'docker top web1 -o pid,args',
      'docker top web1 -eo args',
      'docker top web1 -x',
      'docker top cr',
      'docker top nosuch',
    ]);
    expect(ours).toEqual(real);
    expect(real[3].stdout).toMatch(/^UID {17}PID {17}PPID {16}C {19}STIME {15}TTY {17}TIME {16}CMD\nroot {16}\d+ +\d+ +0 +\d\d:\d\d +\? +00:00:00 +sleep 1000\n$/);
    expect(real[6].stderr).toBe("Error response from daemon: Couldn't find PID field in ps output\n");
  });
});
