// The real shells beside the workbook's: bash for the workbook's bash, busybox's ash for Alpine's sh,
// dash for Debian's sh; scripts run in each with `-c` and in a container of the matching image.
import { spawn, spawnSync } from 'node:child_process';
import { transcript } from '../../../src/sim/run-script.ts';
import { unfakedEnv } from '../../support/unfaked-env.ts';

/** Whether a command is on this machine's PATH. */
export const has = (cmd: string): boolean => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;

/** Whether bash, busybox and dash are all here to compare with. */
export const REAL_SHELLS = has('bash') && has('busybox') && has('dash');

/** The three shells compared. */
export type Shell = 'bash' | 'ash' | 'dash';
// How each is started for real, and in the workbook (the image whose shell it is).
const REAL_ARGV: Record<Shell, string[]> = { bash: ['bash'], ash: ['busybox', 'sh'], dash: ['sh'] };
const WORKBOOK: Record<Shell, string> = { bash: 'debian bash', ash: 'alpine sh', dash: 'debian sh' };

// bash names a killed job by its PID, which differs between the two runs.
const samePid = (text: string) => text.replace(/bash: line 1: +\d+ /g, 'bash: line 1: PID ');

// A real shell's answer can hang on the scheduler: busybox's ash prints `Killed` when `wait` reaps a job
// killed by a signal, but not when it reaped it before, which under load happens about once in forty runs.
// The answer compared is the one most of RUNS runs give, so such a race cannot fail the comparison.
const RUNS = 3;

/** Runs a script in the real shell, both streams in one, in the order written, as the terminal shows them: the answer most runs give. */
export async function runReal(shell: Shell, script: string): Promise<string> {
  const answers = await Promise.all(Array.from({ length: RUNS }, () => runRealOnce(shell, script)));
  const count = (a: string) => answers.filter((b) => b === a).length;
  return answers.reduce((best, a) => (count(a) > count(best) ? a : best));
}

// One run of the script in the real shell.
function runRealOnce(shell: Shell, script: string): Promise<string> {
  const [cmd, ...args] = REAL_ARGV[shell];
  return new Promise((resolve) => {
    let out = '';
    // Unfaked: these scripts kill processes (tests/support/unfaked-env.ts).
    const child = spawn('sh', ['-c', '"$@" 2>&1', 'sh', cmd, ...args, '-c', script], { cwd: '/', env: unfakedEnv() });
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('close', () => resolve(samePid(out)));
  });
}

/** Runs each script (no single quotes in it) in a container of the shell's image, as `docker run --rm IMAGE SH -c`; what each printed. */
export async function runWorkbook(shell: Shell, scripts: readonly string[]): Promise<string[]> {
  const [image, sh] = WORKBOOK[shell].split(' ');
  const lines = [`docker pull -q ${image}`, ...scripts.map((c) => `docker run --rm ${image} ${sh} -c '${c}'; echo '<end>'`)];
  const out = (await transcript(lines.join('\n'))).split('\n').slice(1).join('\n');
  return out.split('<end>\n').slice(0, scripts.length).map(samePid);
}
