import { describe, expect, it } from 'vitest';
import { makeShell } from './harness.ts';

describe('host programs (GNU messages)', () => {
  it('ls lists, -a -A -1 -l and errors', async () => {
    const t = makeShell();
    await t.type('mkdir d; touch b a .h; echo hello > d/f');
    expect((await t.type('ls')).out).toBe('a\nb\nd\n');
    expect((await t.type('ls -A')).out).toBe('.h\na\nb\nd\n');
    expect((await t.type('ls -a d')).out).toBe('.\n..\nf\n');
    expect((await t.type('ls -l d')).out).toBe('total 4\n-rw-r--r-- 1 root root 6 Nov 22 04:56 f\n');
    expect(await t.type('ls nofile')).toMatchObject({ err: "ls: cannot access 'nofile': No such file or directory\n", r: { exitCode: 2 } });
  });
  it('cat, mkdir, touch, rm, cp, mv messages', async () => {
    const t = makeShell();
    await t.type('mkdir dir');
    expect((await t.type('mkdir dir')).err).toBe("mkdir: cannot create directory 'dir': File exists\n");
    expect((await t.type('mkdir a/b')).err).toBe("mkdir: cannot create directory 'a/b': No such file or directory\n");
    expect((await t.type('mkdir -p a/b && ls a')).out).toBe('b\n');
    expect((await t.type('rm nofile')).err).toBe("rm: cannot remove 'nofile': No such file or directory\n");
    expect((await t.type('rm dir')).err).toBe("rm: cannot remove 'dir': Is a directory\n");
    expect((await t.type('cp nofile x')).err).toBe("cp: cannot stat 'nofile': No such file or directory\n");
    expect((await t.type('cp dir x')).err).toBe("cp: -r not specified; omitting directory 'dir'\n");
    expect((await t.type('mv nofile x')).err).toBe("mv: cannot stat 'nofile': No such file or directory\n");
    expect((await t.type('touch a/zz/b')).err).toBe("touch: cannot touch 'a/zz/b': No such file or directory\n");
    expect((await t.type('cat nofile dir')).err).toBe('cat: nofile: No such file or directory\ncat: dir: Is a directory\n');
    await t.type('echo x > f; cp f dir; cp -r dir dir2; mv f g; rm -rf dir; ls; ls dir2');
    expect((await t.type('ls; ls dir2')).out).toBe('a\ndir2\ng\nf\n');
  });
  it('clear and help', async () => {
    const t = makeShell();
    expect((await t.type('clear')).out).toBe('\x1b[H\x1b[2J\x1b[3J');
    const h = (await t.type('help')).out;
    expect(h).toContain('docker');
    expect(h).toContain('mkdir');
    expect(h.split('\n').length).toBeLessThan(24);
  });
});

describe('busybox programs', () => {
  it('use busybox wording', async () => {
    const t = makeShell('ash');
    await t.type('mkdir /d');
    expect((await t.type('ls nofile')).err).toBe('ls: nofile: No such file or directory\n');
    expect((await t.type('mkdir /d')).err).toBe("mkdir: can't create directory '/d': File exists\n");
    expect((await t.type('rm /d')).err).toBe("rm: '/d' is a directory\n");
    expect((await t.type('cat nofile')).err).toBe("cat: can't open 'nofile': No such file or directory\n");
    expect((await t.type('cp /d x')).err).toBe("cp: omitting directory '/d'\n");
    expect((await t.type('mv nofile x')).err).toBe("mv: can't rename 'nofile': No such file or directory\n");
  });
});

describe('a whole session', () => {
  it('matches the transcript', async () => {
    const t = makeShell();
    const text = await t.transcript(['mkdir app && cd app', 'cat > Dockerfile <<EOF', 'FROM alpine', 'EOF', 'ls', 'cat Dockerfile', 'cd ..; pwd', 'nosuch']);
    expect(text).toBe(
      [
        'learner@workbook:~/workspace$ mkdir app && cd app',
        'learner@workbook:~/workspace/app$ cat > Dockerfile <<EOF',
        '> FROM alpine',
        '> EOF',
        'learner@workbook:~/workspace/app$ ls',
        'Dockerfile',
        'learner@workbook:~/workspace/app$ cat Dockerfile',
        'FROM alpine',
        'learner@workbook:~/workspace/app$ cd ..; pwd',
        '/home/learner/workspace',
        'learner@workbook:~/workspace$ nosuch',
        'bash: nosuch: command not found',
        '',
      ].join('\n'),
    );
  });
});
