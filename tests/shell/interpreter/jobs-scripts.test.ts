// Background jobs in scripts (`sh -c '… & …'`), compared with the real shells run here: bash for the
// workbook's bash, busybox's ash for Alpine's sh, dash for Debian's sh. The workbook's runs in a container
// of the matching image on a simulated clock; the real one on real time, with waits far enough apart.
import { describe, expect, it } from 'vitest';
import { REAL_SHELLS, runReal, runWorkbook, type Shell } from './real-shells.ts';

if (!REAL_SHELLS) console.log('bash, busybox or dash missing: the job-script comparisons are skipped');

const CASES: { script: string; not?: Shell[] }[] = [
  // An ended job: bash (not interactive) forgets it; ash and dash list it once, without its text.
  { script: 'sleep 1 & false & sleep 0.5; jobs; jobs; wait; echo w=$?; jobs' },
  { script: 'sleep 0.2 & [ "$!" -gt 1 ] && echo has-pid; wait' },
  // dash kills a job's process group, which a shell without job control never made.
  { script: 'sleep 5 & kill %1; wait %1; echo k=$?', not: ['dash'] },
  { script: 'sleep 5 & kill $!; wait $!; echo st=$?' },
  { script: 'sleep 5 & kill -9 $!; wait $!; echo st=$?' },
  { script: 'fg; echo fg=$?; bg; echo bg=$?' },
  { script: 'sleep 0.1 & sleep 5 & fg; echo fg=$?; fg %1; echo fg=$?; kill $!' },
  { script: 'wait %3; echo w3=$?; wait 99999; echo w9=$?; wait abc; echo wa=$?' },
  { script: '(exit 7) & wait $!; echo s=$?' },
  { script: 'x=1; { sleep 0.1; echo x=$x; } & x=2; wait; echo x=$x' },
  // dash's pipeline subshells see no jobs.
  { script: 'sleep 1 & sleep 2 & jobs -p | wc -l; jobs %1; jobs %5; echo j=$?; kill %1 %2', not: ['dash'] },
  { script: 'echo a & wait; echo b' },
  { script: 'for i in 3 2 1; do (sleep 0.$((i * 3)); echo $i) & done; wait; echo end' },
  { script: '(sleep 0.5; echo slow) & echo fast; wait' },
  { script: 'cd /tmp; (sleep 0.1; pwd) & cd /; wait; pwd' },
  { script: 'sleep 0.1 & sleep 0.6; jobs; echo done' },
  { script: 'true & sleep 0.1; wait $!; echo again=$?' },
  { script: 'f() { sleep 0.1; echo in-f; }; f & echo out; wait' },
  // A subshell's options are its own (dash has no pipefail).
  { script: 'set -o pipefail; (set +o pipefail; sleep 0.1) & wait; (set +o pipefail); false | true; echo pf=$?', not: ['dash'] },
];

describe.skipIf(!REAL_SHELLS)('background jobs in scripts, as the real shells run them', () => {
  for (const shell of ['bash', 'ash', 'dash'] as Shell[]) {
    it(`${shell}: jobs, wait, kill %N, fg, bg and $!`, async () => {
      const cases = CASES.filter((c) => !c.not?.includes(shell));
      // The real runs go side by side (each waits half a second at most between steps it orders).
      const real = await Promise.all(cases.map((c) => runReal(shell, c.script)));
      const ours = await runWorkbook(shell, cases.map((c) => c.script));
      expect(ours).toEqual(real);
    }, 60_000);
  }
});
