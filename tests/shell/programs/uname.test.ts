import { describe, expect, it } from 'vitest';
import { simulated } from './oracle.ts';
import type { Vfs } from '../../../src/vfs/vfs.ts';

const named = (fs: Vfs) => {
  fs.mkdir('/etc', { recursive: true });
  fs.writeFile('/etc/hostname', 'a1b2c3d4e5f6\n');
};

describe('uname and hostname', () => {
  it('print the simulated kernel in the kernel field order', async () => {
    const gnu = simulated('gnu', {}, named);
    expect((await gnu.run('uname')).out).toBe('Linux\n');
    expect((await gnu.run('uname -a')).out).toBe('Linux a1b2c3d4e5f6 6.8.0-workbook #1 SMP PREEMPT_DYNAMIC x86_64 GNU/Linux\n');
    expect((await gnu.run('uname -m -s; uname -r; uname -o; uname -p')).out).toBe('Linux x86_64\n6.8.0-workbook\nGNU/Linux\nunknown\n');
    expect(await gnu.run('uname x')).toEqual({ out: '', err: "uname: extra operand 'x'\nTry 'uname --help' for more information.\n", code: 1 });
  });
  it('busybox on musl names the OS Linux', async () => {
    const bb = simulated('busybox', {}, named);
    expect((await bb.run('uname -a')).out).toBe('Linux a1b2c3d4e5f6 6.8.0-workbook #1 SMP PREEMPT_DYNAMIC x86_64 Linux\n');
    expect((await bb.run('uname -n; hostname')).out).toBe('a1b2c3d4e5f6\na1b2c3d4e5f6\n');
  });
});
