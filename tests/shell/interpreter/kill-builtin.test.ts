// `kill` as each shell's builtin, compared with the real shells run here: bash for the workbook's bash,
// busybox's ash for Alpine's sh, dash for Debian's sh. Options, signal names and lists, `%N` jobs, the
// messages and the statuses; a process that is not there is PID 3999999 on both sides.
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';
import { REAL_SHELLS, runReal, runWorkbook, type Shell } from './real-shells.ts';

const REAL = REAL_SHELLS && spawnSync('sh', ['-c', 'kill -0 3999999 2>/dev/null']).status !== 0;
if (!REAL) console.log('bash, busybox or dash missing (or PID 3999999 taken): the kill comparisons are skipped');

const CASES: string[] = [
  'kill; echo st=$?',
  'kill -l; echo st=$?',
  'kill -L; echo st=$?',
  'kill -l 9; kill -l 137; kill -l KILL; kill -l term; echo st=$?',
  'kill -l FOO; echo st=$?',
  'kill -l 9 15 FOO 2; echo st=$?',
  'kill -l 0; echo st=$?; kill -l 16; kill -l 29; kill -l 64; kill -l 300; echo st=$?',
  'kill -FOO 1; echo st=$?',
  'kill -s FOO 1; echo st=$?',
  'kill -s; echo st=$?',
  'kill -s KILL; echo st=$?',
  'kill -9; echo st=$?',
  'kill -n 9 3999999; echo st=$?',
  'kill abc; echo st=$?',
  'kill 1x 3999999; echo st=$?',
  'kill 3999999; echo st=$?',
  'kill -9 3999999 3999998; echo st=$?',
  'kill -- 3999999; echo st=$?',
  'kill -- -3999999; echo st=$?',
  'kill -sKILL 3999999; echo st=$?',
  'kill -SIGTERM 3999999; echo st=$?',
  'kill -term 3999999; echo st=$?',
  'kill -15 -- 3999999; echo st=$?',
  'kill -99999 1; echo st=$?',
  'kill %1; echo st=$?',
  'kill %abc; echo st=$?',
  'sleep 5 & kill -9 $! 3999999; echo st=$?; wait $!; echo w=$?',
  'sleep 5 & kill 3999999 $!; echo st=$?; wait $!; echo w=$?',
  'sleep 5 & kill -0 $!; echo st=$?; kill -CHLD $!; kill -WINCH $!; kill -0 $!; echo alive=$?; kill $!; wait $!; echo w=$?',
  'sleep 5 & kill -s USR1 $!; wait $!; echo w=$?',
  'sleep 5 & kill abc $!; echo st=$?; wait $!; echo w=$?',
  'sleep 5 & kill %2 %1; echo st=$?; wait',
];

describe.skipIf(!REAL)('kill, each shell\'s builtin, as the real shells answer', () => {
  for (const shell of ['bash', 'ash', 'dash'] as Shell[]) {
    it(`${shell}: options, signal lists, operands, jobs, messages and statuses`, async () => {
      const real = await Promise.all(CASES.map((c) => runReal(shell, c)));
      const ours = await runWorkbook(shell, CASES);
      for (const [k, c] of CASES.entries()) expect(`${c}\n${ours[k]}`).toBe(`${c}\n${real[k]}`);
    }, 60_000);
  }
});

// /bin/kill, reached through `env` (the shell's builtin answers a bare `kill`): procps-ng's on the host.
const PROCPS = spawnSync('sh', ['-c', 'env kill -V']).stdout?.toString().includes('procps') === true;
const PROGRAM_CASES: string[] = [
  'env kill; echo st=$?',
  'env kill -l; echo st=$?',
  'env kill -L; echo st=$?',
  'env kill -l 9; env kill -l KILL; env kill -l FOO; echo st=$?',
  'env kill 3999999; echo st=$?',
  'env kill -9 3999999 3999998; echo st=$?',
  'env kill abc 3999999; echo st=$?',
  'env kill -FOO 1; echo st=$?',
  'env kill -s; echo st=$?',
  'env kill -s FOO 3999999; echo st=$?',
  'env kill -- 3999999; env kill -term 3999999; env kill -SIGKILL 3999999; env kill -s 9 3999999; echo st=$?',
  "bash -c 'sleep 5 & env kill $!; wait $!; echo w=$?'",
];

describe.skipIf(!REAL || !PROCPS)('/bin/kill on the host, as procps-ng answers', () => {
  it('lists, signals and fails in its own words', async () => {
    const real = await Promise.all(PROGRAM_CASES.map((c) => runReal('bash', c)));
    const out = await transcript(PROGRAM_CASES.map((c) => `${c}; echo '<end>'`).join('\n'));
    const ours = out.split('<end>\n').slice(0, PROGRAM_CASES.length);
    for (const [k, c] of PROGRAM_CASES.entries()) expect(`${c}\n${ours[k]}`).toBe(`${c}\n${real[k]}`);
  });
});
