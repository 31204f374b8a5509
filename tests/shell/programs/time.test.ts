// busybox's time applet against the real one: what it reports, where (stderr or -o FILE), and the status it returns.
import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';

differential('time', { a: 'x\n' }, [
  { cmd: "time -f '%x %C' sh -c 'exit 3'; echo rc=$?", only: 'busybox' },
  { cmd: 'time -p cat a 2>err; echo rc=$?; cut -d" " -f1 err', only: 'busybox' },
  // The real tool's seconds depend on the machine's load: compare the report's words, not its figures.
  { cmd: 'time -o t -p true; time -a -o t -f %x false; cut -d" " -f1 t; echo rc=$?', only: 'busybox' },
  { cmd: 'time -v false 2>&1 | grep -E "Command|Exit"', only: 'busybox' },
  { cmd: "time nosuch 2>&1 | head -2; echo rc=$?", only: 'busybox' },
]);

describe('time (busybox) refusals', () => {
  it('no program or a bad option: the banner and time’s usage, exit 1', async () => {
    const sh = simulated('busybox', {});
    for (const cmd of ['time', 'time -x true']) {
      const r = await sh.run(cmd);
      expect(r.code).toBe(1);
      expect(r.err).toMatch(/multi-call binary\.\n\nUsage: time \[-vpa\] \[-o FILE\] PROG ARGS\n/);
    }
  });
});
