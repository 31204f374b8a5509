import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';

differential("stat", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "stat -c '%n %s %a %A %u %g %F %h' a d d/x",
  "stat -c '%F' b",
  "stat nofile; echo $?",
  {"cmd": "stat; echo $?", "only": "gnu"},
]);

describe('stat default layout', () => {
  it('matches each tool (times from the vfs mtime; device and inode are stand-ins)', async () => {
    const { simulated } = await import('./oracle.ts');
    const gnu = await simulated('gnu', { a: 'hello world\nfoo bar baz\n' }, (fs) => {
      fs.mkdir('/etc');
      fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\n');
      fs.writeFile('/etc/group', 'root:x:0:\n');
    }).run('stat a');
    expect(gnu.out.replace(/Inode: \d+ +/, 'Inode: N ')).toBe(
      '  File: a\n  Size: 24        \tBlocks: 8          IO Block: 4096   regular file\nDevice: 0,45\tInode: N Links: 1\n' +
        'Access: (0644/-rw-r--r--)  Uid: (    0/    root)   Gid: (    0/    root)\n' +
        'Access: 2026-11-22 05:10:00.000000000 +0000\nModify: 2026-11-22 05:10:00.000000000 +0000\nChange: 2026-11-22 05:10:00.000000000 +0000\n Birth: -\n',
    );
    const bb = await simulated('busybox', { a: 'x' }, (fs) => fs.symlink('a', '/w/l')).run('stat l');
    expect(bb.out.split('\n').slice(0, 2).join('\n')).toBe("  File: 'l' -> 'a'\n  Size: 1         \tBlocks: 0          IO Block: 4096   symbolic link");
  });
});
