// Nothing inside the shell reaches the learner as a stack: an unexpected failure prints one line
// `internal error: …` and the shell goes on with its state; runaway nesting stops with a shell error.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Shell } from '../../../src/shell/shell.ts';
import { Vfs } from '../../../src/vfs/vfs.ts';
import { hostPrograms } from '../../../src/shell/programs/index.ts';
import type { Program } from '../../../src/kernel/process.ts';

// A program table whose lookup of one name fails as a bug inside the shell would.
class BrokenTable extends Map<string, Program> {
  override get(name: string): Program | undefined {
    if (name === 'boom') throw new TypeError("Cannot read properties of undefined (reading 'x')");
    return super.get(name);
  }
}

function shell() {
  const fs = Vfs.empty({ clock: () => 0 });
  fs.mkdir('/home/learner', { recursive: true });
  const programs = new BrokenTable(hostPrograms());
  const sh = new Shell({ fs, programs, env: new Map([['HOME', '/home/learner'], ['PATH', '/usr/bin:/bin']]), cwd: '/home/learner', dialect: 'bash' });
  let out = '';
  let err = '';
  const io = { stdout: { write: (t: string) => void (out += t) }, stderr: { write: (t: string) => void (err += t) }, signal: new AbortController().signal };
  return {
    async type(line: string) {
      out = err = '';
      const r = await sh.feed(line, io);
      return { out, err, r };
    },
  };
}

describe('internal errors', () => {
  afterEach(() => vi.restoreAllMocks());

  it('print one line, log the detail, and leave the shell working with its state', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const s = shell();
    await s.type('x=kept; cd /');
    const r = await s.type('echo before; boom; echo after');
    expect(r.out).toBe('before\n');
    expect(r.err).toBe("internal error: Cannot read properties of undefined (reading 'x')\n");
    expect(r.r).toEqual({ kind: 'ran', exitCode: 1, exited: false });
    expect(logged).toHaveBeenCalled();
    expect((await s.type('echo $x $? $PWD')).out).toBe('kept 1 /\n');
  });

  it('5,000 nested $( stop with one shell error, not a crash', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    const s = shell();
    const deep = 'echo ' + '$(echo '.repeat(5000) + 'hi' + ')'.repeat(5000);
    const r = await s.type(deep);
    expect(r.err).toBe('bash: maximum nesting level exceeded (1000)\n');
    expect(logged).not.toHaveBeenCalled();
    expect((await s.type('echo still here')).out).toBe('still here\n');
  });

  it('nesting within the limit works, as deep as real bash, dash and busybox go in reasonable time', async () => {
    const s = shell();
    expect((await s.type('echo ' + '$(echo '.repeat(1000) + 'hi' + ')'.repeat(1000))).out).toBe('hi\n');
    expect((await s.type('f() { echo "' + '$(echo '.repeat(300) + 'in a function' + ')'.repeat(300) + '"; }; f')).out).toBe('in a function\n');
  });
});
