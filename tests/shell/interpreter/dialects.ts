// Differential harness for the shell itself: runs a script in the real bash, busybox ash and dash
// installed here and in our shell in the same dialect, from an empty working directory.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Shell } from '../../../src/shell/shell.ts';
import { Vfs } from '../../../src/vfs/vfs.ts';
import { busyboxPrograms, coreutilsPrograms } from '../../../src/shell/programs/index.ts';
import { installProgramFiles } from '../../support/program-files.ts';
import { containerRegistryHandler } from '../../../src/engine/registry/container-registry.ts';
import type { Dialect } from '../../../src/shell/messages.ts';

function has(cmd: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${cmd}`]).status === 0;
}

/** Whether bash, busybox and dash are all installed here. */
export const SHELLS = has('bash') && has('busybox') && has('dash');

/** What a script printed and returned. */
export interface Outcome {
  out: string;
  err: string;
  code: number;
}

/** Runs `script` with `-c` in the real shell of that dialect. */
export function realShell(dialect: Dialect, script: string, stdin = ''): Outcome {
  const dir = mkdtempSync(join(tmpdir(), 'dialect-'));
  try {
    const env = { PATH: '/usr/bin:/bin', LC_ALL: 'C', TZ: 'UTC', HOME: '/root' };
    const r =
      dialect === 'bash'
        ? spawnSync('bash', ['--norc', '--noprofile', '-c', script], { cwd: dir, env, input: stdin })
        : // argv0 `sh`, so each names itself `sh` in its messages as /bin/sh does.
          spawnSync(dialect === 'ash' ? 'busybox' : 'dash', ['-c', script], { cwd: dir, env, input: stdin, argv0: 'sh' });
    return { out: r.stdout.toString(), err: r.stderr.toString(), code: r.status ?? -1 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A shell of this dialect over an empty /w (busybox's programs for ash, GNU's otherwise). */
export function ourShell(dialect: Dialect, randomSeed?: number): Shell {
  const fs = Vfs.empty({ clock: () => Date.UTC(2026, 10, 22, 5, 10) });
  fs.mkdir('/w', { recursive: true });
  fs.mkdir('/tmp');
  const programs = dialect === 'ash' ? busyboxPrograms({ registryHandler: containerRegistryHandler }) : coreutilsPrograms({ registryHandler: containerRegistryHandler });
  installProgramFiles(fs, programs.keys());
  return new Shell({ fs, programs, env: new Map([['PATH', '/usr/bin:/bin'], ['HOME', '/root']]), cwd: '/w', dialect, randomSeed });
}

/** Runs `script` as `sh -c` would in our shell of that dialect. */
export async function simulatedShell(dialect: Dialect, script: string, stdin = '', shell = ourShell(dialect)): Promise<Outcome> {
  let out = '';
  let err = '';
  const r = await shell.run(script, { stdout: { write: (t) => void (out += t) }, stderr: { write: (t) => void (err += t) }, signal: new AbortController().signal, stdin });
  return { out, err, code: r.exitCode };
}
