import { describe, expect, it } from 'vitest';
import { simulated } from './oracle.ts';
import type { Vfs } from '../../../src/vfs/vfs.ts';

const accounts = (fs: Vfs) => {
  fs.mkdir('/etc', { recursive: true });
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/sh\nnode:x:1000:1000::/home/node:/bin/sh\n');
  fs.writeFile('/etc/group', 'root:x:0:\nnode:x:1000:\n');
};

describe('chown', () => {
  it('takes names from the machine, numbers, user: and :group', async () => {
    const t = simulated('gnu', { a: 'x\n', 'd/e/f': 'y\n' }, accounts);
    expect((await t.run('chown node a; stat -c %U:%G a')).out).toBe('node:root\n');
    expect((await t.run('chown node: a; stat -c %U:%G a')).out).toBe('node:node\n');
    expect((await t.run('chown 0:0 a; chown :1000 a; stat -c %u:%g a')).out).toBe('0:1000\n');
    expect((await t.run('chown 4242 a; stat -c %U a')).out).toBe('UNKNOWN\n');
    expect((await t.run('chown -R node:node d; stat -c %U d/e/f')).out).toBe('node\n');
  });
  it('reports unknown names and missing files (checked against chown of coreutils 9.1 and busybox 1.35)', async () => {
    const gnu = simulated('gnu', { a: '' }, accounts);
    expect(await gnu.run('chown nouser a')).toEqual({ out: '', err: "chown: invalid user: 'nouser'\n", code: 1 });
    expect(await gnu.run('chown 1000:nogrp a')).toEqual({ out: '', err: "chown: invalid group: '1000:nogrp'\n", code: 1 });
    expect(await gnu.run('chown root nofile')).toEqual({ out: '', err: "chown: cannot access 'nofile': No such file or directory\n", code: 1 });
    const bb = simulated('busybox', { a: '' }, accounts);
    expect(await bb.run('chown nouser a')).toEqual({ out: '', err: 'chown: unknown user nouser\n', code: 1 });
    expect(await bb.run('chown 1000:nogrp a')).toEqual({ out: '', err: 'chown: unknown user/group 1000:nogrp\n', code: 1 });
    expect(await bb.run('chown root nofile')).toEqual({ out: '', err: 'chown: nofile: No such file or directory\n', code: 1 });
  });
});
