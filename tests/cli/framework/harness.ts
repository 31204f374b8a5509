// Runs our docker program and, where present, the real docker CLI on the same words, capturing both.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Program, ProgramContext } from '../../../src/kernel/process.ts';
import type { Vfs } from '../../../src/vfs/vfs.ts';
import { createDockerProgram } from '../../../src/cli/framework/program.ts';
import type { CommandHandler } from '../../../src/cli/command-types.ts';

/** What a run printed and returned. */
export interface Outcome {
  stdout: string;
  stderr: string;
  code: number;
}

/** The oracle binary, or null when this machine has none (tests then say so and skip). */
export const realDocker: string | null = existsSync('/usr/local/bin/docker') ? '/usr/local/bin/docker' : null;
if (!realDocker) console.warn('[docker-oracle] /usr/local/bin/docker is absent: differential CLI tests are SKIPPED (not passed).');

/** HOME used on both sides, so the default config paths in help match. */
export const home = '/root';

/** Runs the real docker (client only, no daemon reachable) with a clean environment. */
export function runReal(args: string[]): Outcome {
  const r = spawnSync(realDocker!, args, {
    encoding: 'utf8',
    input: '',
    timeout: 10000,
    env: { HOME: home, PATH: '/usr/bin:/bin', DOCKER_HOST: 'unix:///nonexistent/docker.sock' },
  });
  return { stdout: r.stdout, stderr: r.stderr, code: r.status ?? -1 };
}

/** Runs our docker program (made from `handlers`, or the one given) with `args` (columns 80, like the real CLI without a terminal). */
export async function runOurs(args: string[], handlers: Record<string, CommandHandler> | Program = {}): Promise<Outcome> {
  let stdout = '';
  let stderr = '';
  const ctx: ProgramContext = {
    argv: ['docker', ...args],
    env: new Map([['HOME', home]]),
    cwd: '/',
    fs: {} as Vfs,
    stdin: '',
    stdout: { write: (t) => void (stdout += t) },
    stderr: { write: (t) => void (stderr += t) },
    isTty: false,
    columns: 80,
    signal: new AbortController().signal,
    sleep: async () => {},
  };
  const code = await (typeof handlers === 'function' ? handlers : createDockerProgram(handlers))(ctx);
  return { stdout, stderr, code };
}
