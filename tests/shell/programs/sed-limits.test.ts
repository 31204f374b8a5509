// A sed script that never ends (`:a;ba`, or a loop that grows the line) loops for ever in the real seds
// too, where Ctrl-C ends it; sed here runs without a pause for Ctrl-C, so it stops on a budget of jumps
// and of the text its s and y commands work on, with the workbook's line and `timeout`'s status, keeping
// the output so far. A line that outgrows memory ends as each sed does when it cannot allocate.
import { describe, expect, it } from 'vitest';
import { simulated } from './oracle.ts';
import { SED_STEP_BUDGET } from '../../../src/shell/programs/sed/execute.ts';

describe('sed scripts that never end', () => {
  for (const flavour of ['gnu', 'busybox'] as const) {
    it(`${flavour}: a jump back for ever stops, with what was printed before`, async () => {
      const r = await simulated(flavour, { f: 'a\nb\n' }).run("sed -n '1p;2bl;d;:l;bl' f; echo status=$?");
      expect(r).toEqual({ out: 'a\nstatus=124\n', err: `sed: stopped after ${SED_STEP_BUDGET} steps (a loop that never ends?)\n`, code: 0 });
    });

    it(`${flavour}: a loop that grows the line stops too, as does D restarting for ever`, async () => {
      const shell = simulated(flavour, { f: 'x\n' });
      expect((await shell.run("sed ':a;s/x/xx/;ta' f; echo $?")).out).toBe('124\n');
      expect((await shell.run("sed 'G;D' f; echo $?")).out).toBe('124\n');
    });

    it(`${flavour}: a line doubled past the memory cap ends as sed does when it cannot allocate`, async () => {
      const r = await simulated(flavour, { f: 'x\n' }).run("sed ':a;s/.*/&&/;ta' f; echo $?");
      expect(r.err).toBe(flavour === 'gnu' ? "sed: couldn't re-allocate memory\n" : 'sed: out of memory\n');
      expect(r.out).toBe(flavour === 'gnu' ? '4\n' : '1\n');
    });

    it(`${flavour}: jumps that end are not limited: joining 300,000 lines`, async () => {
      const r = await simulated(flavour, {}).run("seq 300000 | sed ':a;N;$!ba;s/\\n/+/g' | wc -c");
      expect(r.out.trim()).toBe(String(Array.from({ length: 300000 }, (_, k) => String(k + 1).length + 1).reduce((a, b) => a + b, 0)));
    });
  }
});
