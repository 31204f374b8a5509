// Which process `sh -c '…'` leaves running at its last command: bash and busybox ash exec it (PID 1 of
// `docker run alpine sh -c 'cmd'` is cmd itself), dash forks it. Compared with the real shells: each
// script runs for real in the background and /proc/PID/cmdline is read while its last command sleeps;
// in the workbook, the same script is a detached container's command and /proc/1/cmdline is read.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { transcript } from '../../../src/sim/run-script.ts';
import { unfakedEnv } from '../../support/unfaked-env.ts';

const has = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
const REAL = has('bash') && has('busybox') && has('dash');

const SCRIPTS = [
  'sleep 3',
  'true; sleep 3',
  'sleep 3; true',
  'true && sleep 3',
  'false || sleep 3',
  'x=1 sleep 3',
  'sleep 3 > /dev/null',
  'true; sleep 3 > /dev/null',
  'if true; then sleep 3; fi',
  '{ true; sleep 3; }',
  '! sleep 3',
  'sleep 3 | cat',
  'for i in 1; do sleep 3; done',
];

type Shell = { name: string; real: string[]; image: string; sh: string };
const SHELLS: Shell[] = [
  { name: 'bash', real: ['bash'], image: 'debian', sh: 'bash' },
  // Started as `sh` (argv[0]), as the images' /bin/sh is: busybox runs its sh applet.
  { name: 'ash', real: ['busybox'], image: 'alpine', sh: 'sh' },
  { name: 'dash', real: ['dash'], image: 'debian', sh: 'sh' },
];

// The real shell's command line (its own, or the program it became) a moment after it started.
function realCmdline(shell: Shell, script: string): Promise<string> {
  return new Promise((resolve) => {
    const [cmd, ...args] = shell.real;
    const child = spawn(cmd, [...args, '-c', script], { argv0: shell.sh, stdio: 'ignore', env: unfakedEnv() });
    setTimeout(() => {
      const line = readFileSync(`/proc/${child.pid}/cmdline`, 'utf8').replace(/\0/g, ' ').trim();
      child.kill('SIGKILL');
      resolve(line);
    }, 800);
  });
}

describe.runIf(REAL)('the last command of sh -c: exec\'d or forked, as the real shells do', () => {
  for (const shell of SHELLS) {
    it(`${shell.name}`, async () => {
      const real = await Promise.all(SCRIPTS.map((s) => realCmdline(shell, s)));
      const lines = [`docker pull -q ${shell.image}`];
      SCRIPTS.forEach((s, k) => lines.push(`docker run -d --name t${k} ${shell.image} ${shell.sh} -c '${s}' >/dev/null`, `docker exec t${k} cat /proc/1/cmdline | tr '\\0' ' '; echo`));
      const ours = (await transcript(lines.join('\n'))).split('\n').slice(1, 1 + SCRIPTS.length).map((l) => l.trim());
      // The real dash shows the name it was started by; ours is the image's /bin/sh.
      expect(ours).toEqual(real.map((l) => l.replace(/^(bash|dash) /, `${shell.sh} `)));
    }, 30_000);
  }
});
