import { describe, expect, it } from 'vitest';
import { simulated } from './oracle.ts';
import type { Vfs } from '../../../src/vfs/vfs.ts';

// Accounts as the host machine and an Alpine image ship them; formats checked against GNU id and busybox id.
const accounts = (fs: Vfs) => {
  fs.mkdir('/etc', { recursive: true });
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\nlearner:x:1000:1000:Learner,,,:/home/learner:/bin/bash\n');
  fs.writeFile('/etc/group', 'root:x:0:\nwheel:x:10:root\ndocker:x:999:learner\nlearner:x:1000:\n');
};

describe('id and whoami', () => {
  it('default to root when USER is unset (a container)', async () => {
    const t = simulated('busybox', {}, accounts);
    expect((await t.run('id')).out).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
    expect((await t.run('whoami')).out).toBe('root\n');
    expect((await t.run('id -u; id -g; id -un; id -G; id -Gn')).out).toBe('0\n0\nroot\n0 10\nroot wheel\n');
  });
  it('follow USER (the host login shell)', async () => {
    const t = simulated('gnu', {}, accounts);
    expect((await t.run('USER=learner id')).out).toBe('uid=1000(learner) gid=1000(learner) groups=1000(learner),999(docker)\n');
    expect((await t.run('USER=learner whoami')).out).toBe('learner\n');
    expect((await t.run('id root')).out).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n');
    // GNU's -a is there for other systems' scripts and changes nothing.
    expect((await t.run('id -a root; id -a -u')).out).toBe('uid=0(root) gid=0(root) groups=0(root),10(wheel)\n0\n');
  });
  it('report unknown users and bad option mixes in each wording', async () => {
    const gnu = simulated('gnu', {}, accounts);
    expect(await gnu.run('id nouser')).toEqual({ out: '', err: "id: 'nouser': no such user\n", code: 1 });
    expect(await gnu.run('id -n')).toEqual({ out: '', err: 'id: cannot print only names or real IDs in default format\n', code: 1 });
    expect(await gnu.run('whoami x')).toEqual({ out: '', err: "whoami: extra operand 'x'\nTry 'whoami --help' for more information.\n", code: 1 });
    const bb = simulated('busybox', {}, accounts);
    expect(await bb.run('id nouser')).toEqual({ out: '', err: 'id: unknown user nouser\n', code: 1 });
  });
});
