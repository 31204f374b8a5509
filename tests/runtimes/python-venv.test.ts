// A virtual environment's interpreter (.venv/bin/python, or python first on PATH inside `pipenv run`)
// imports from the environment's site-packages, not the system's, as CPython does when it finds
// pyvenv.cfg beside or above its executable.
import { describe, expect, it } from 'vitest';
import { sitePath } from '../../src/runtimes/python/options.ts';
import { machine } from '../shell/programs/machine.ts';
import type { ProgramContext } from '../../src/kernel/process.ts';

function context(argv0: string, env: Record<string, string>, include = 'false') {
  const m = machine();
  for (const d of ['/usr/local/lib/python3.12/site-packages', '/app/.venv/lib/python3.12/site-packages', '/app/.venv/bin', '/usr/local/bin', '/root/.local/lib/python3.12/site-packages']) m.fs.mkdir(d, { recursive: true });
  m.fs.writeFile('/usr/local/bin/python3.12', 'ELF', { mode: 0o755 });
  m.fs.symlink('/usr/local/bin/python3.12', '/app/.venv/bin/python');
  m.fs.writeFile('/app/.venv/pyvenv.cfg', `home = /usr/local/bin\ninclude-system-site-packages = ${include}\n`);
  return { argv: [argv0], env: new Map(Object.entries({ HOME: '/root', ...env })), cwd: '/app', fs: m.fs } as unknown as ProgramContext;
}

describe('python in a virtual environment', () => {
  it('uses only the environment\'s site-packages when started by its path', () => {
    expect(sitePath(context('/app/.venv/bin/python', { PATH: '/usr/local/bin' }), '3.12')).toEqual(['/app/.venv/lib/python3.12/site-packages']);
    expect(sitePath(context('.venv/bin/python', { PATH: '/usr/local/bin' }), '3.12')).toEqual(['/app/.venv/lib/python3.12/site-packages']);
  });
  it('finds the environment through PATH, and adds the system\'s packages only when pyvenv.cfg says so', () => {
    expect(sitePath(context('python', { PATH: '/app/.venv/bin:/usr/local/bin' }, 'true'), '3.12')).toEqual(['/app/.venv/lib/python3.12/site-packages', '/usr/local/lib/python3.12/site-packages']);
  });
  it('keeps the user and system site-packages outside an environment', () => {
    expect(sitePath(context('python3', { PATH: '/usr/local/bin' }), '3.12')).toEqual(['/root/.local/lib/python3.12/site-packages', '/usr/local/lib/python3.12/site-packages']);
  });
});
