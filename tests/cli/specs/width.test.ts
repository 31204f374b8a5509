// Differential: help wraps at the terminal width like docker 28.2.2 (docker reads the width of its terminal).
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createDockerProgram } from '../../../src/cli/framework/program.ts';
import type { ProgramContext } from '../../../src/kernel/process.ts';
import type { Vfs } from '../../../src/vfs/vfs.ts';
import { home, realDocker } from '../framework/harness.ts';

const hasScript = spawnSync('script', ['--version']).status === 0;
if (realDocker && !hasScript) console.warn('[docker-oracle] `script` is absent: terminal-width help tests are SKIPPED (not passed).');

function realAt(columns: number, args: string): string {
  const out = execFileSync('script', ['-qc', `stty cols ${columns}; ${realDocker} ${args}`, '/dev/null'], {
    encoding: 'utf8',
    env: { HOME: home, PATH: '/usr/bin:/bin' },
  });
  return out.replaceAll('\r', '');
}

async function oursAt(columns: number, args: string): Promise<string> {
  let text = '';
  const ctx = {
    argv: ['docker', ...args.split(' ')], env: new Map([['HOME', home]]), cwd: '/', fs: {} as Vfs, stdin: '',
    stdout: { write: (t: string) => void (text += t) }, stderr: { write: (t: string) => void (text += t) },
    isTty: true, columns, signal: new AbortController().signal, sleep: async () => {},
  } satisfies ProgramContext;
  await createDockerProgram({})(ctx);
  return text;
}

describe.skipIf(!realDocker || !hasScript)('help wrapping follows the terminal width', () => {
  it.each([40, 60, 100, 132, 200])('at %i columns', async (columns) => {
    for (const args of ['--help', 'run --help', 'images --help', 'volume create --help', 'system df --help']) {
      expect(await oursAt(columns, args), `docker ${args}`).toBe(realAt(columns, args));
    }
  });
});
