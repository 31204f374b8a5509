// Creating users and groups as Dockerfiles do: busybox adduser/addgroup on Alpine, useradd/groupadd on Debian.
import { describe, expect, it } from 'vitest';
import { exec, imageFs } from './images.ts';

const line = (text: string, name: string) => text.split('\n').find((l) => l.startsWith(`${name}:`));

describe('busybox adduser and addgroup', () => {
  it('creates a system group and user as `addgroup -S app && adduser -S -G app app` does', async () => {
    const fs = imageFs('library/alpine:3');
    const r = await exec(fs, ['sh', '-c', 'addgroup -S app && adduser -S -G app app && id app']);
    expect(r).toEqual({ out: 'uid=100(app) gid=101(app) groups=101(app)\n', err: '', code: 0 });
    expect(line(fs.readText('/etc/passwd'), 'app')).toBe('app:x:100:101:Linux User,,,:/home/app:/sbin/nologin');
    expect(line(fs.readText('/etc/group'), 'app')).toBe('app:x:101:');
    expect(fs.stat('/home/app')).toMatchObject({ type: 'dir', uid: 100, gid: 101 });
  });

  it('gives a regular user (-D) its own group, uid 1000, and a home', async () => {
    const fs = imageFs('library/alpine:3');
    expect(await exec(fs, ['sh', '-c', 'adduser -D -u 1000 learner && id learner'])).toEqual({ out: 'uid=1000(learner) gid=1000(learner) groups=1000(learner)\n', err: '', code: 0 });
    expect(line(fs.readText('/etc/passwd'), 'learner')).toBe('learner:x:1000:1000:Linux User,,,:/home/learner:/bin/sh');
  });

  it('runs in the busybox image too, where the applets live in /bin', async () => {
    const fs = imageFs('library/busybox:1');
    expect(await exec(fs, ['sh', '-c', 'addgroup -g 2000 team && adduser -D -G team -u 2001 dev && id dev'])).toEqual({ out: 'uid=2001(dev) gid=2000(team) groups=2000(team)\n', err: '', code: 0 });
  });

  it('refuses a name in use and a missing group, in busybox words', async () => {
    const fs = imageFs('library/alpine:3');
    expect(await exec(fs, ['addgroup', 'daemon'])).toEqual({ out: '', err: "addgroup: group 'daemon' in use\n", code: 1 });
    expect(await exec(fs, ['adduser', '-D', '-G', 'nope', 'x'])).toEqual({ out: '', err: 'adduser: unknown group nope\n', code: 1 });
  });
});

describe('useradd and groupadd', () => {
  it('creates system ids from 999 down, as `groupadd -r app && useradd -r -g app app` does', async () => {
    const fs = imageFs('library/debian:12');
    expect(await exec(fs, ['bash', '-c', 'groupadd -r app && useradd -r -g app app && id app'])).toEqual({ out: 'uid=999(app) gid=999(app) groups=999(app)\n', err: '', code: 0 });
    expect(line(fs.readText('/etc/passwd'), 'app')).toBe('app:x:999:999::/home/app:/bin/sh');
    expect(fs.exists('/home/app')).toBe(false);
  });

  it('makes a home with -m and a user group by default', async () => {
    const fs = imageFs('library/debian:12');
    expect(await exec(fs, ['bash', '-c', 'useradd -m -s /bin/bash learner && id learner'])).toEqual({ out: 'uid=1000(learner) gid=1000(learner) groups=1000(learner)\n', err: '', code: 0 });
    expect(fs.stat('/home/learner')).toMatchObject({ type: 'dir', uid: 1000, gid: 1000 });
  });

  it('refuses duplicates with the exit codes of shadow-utils', async () => {
    const fs = imageFs('library/debian:12');
    expect(await exec(fs, ['useradd', 'root'])).toEqual({ out: '', err: "useradd: user 'root' already exists\n", code: 9 });
    expect(await exec(fs, ['groupadd', 'users'])).toEqual({ out: '', err: "groupadd: group 'users' already exists\n", code: 9 });
    expect(await exec(fs, ['useradd', '-g', 'nope', 'x'])).toEqual({ out: '', err: "useradd: group 'nope' does not exist\n", code: 6 });
  });
});

describe('changing and removing accounts', () => {
  it('usermod -aG adds a Debian user to groups, -G replaces them, -r -G takes them away (shadow-utils)', async () => {
    const fs = imageFs('library/debian:12');
    const r = await exec(fs, ['bash', '-c', 'useradd -m bob && groupadd devs && groupadd ops && usermod -aG devs bob && usermod -a -G ops bob && id bob && usermod -G ops bob && id bob && usermod -r -G ops bob && id bob']);
    expect(r).toEqual({ out: 'uid=1000(bob) gid=1000(bob) groups=1000(bob),1001(devs),1002(ops)\nuid=1000(bob) gid=1000(bob) groups=1000(bob),1002(ops)\nuid=1000(bob) gid=1000(bob) groups=1000(bob)\n', err: '', code: 0 });
  });

  it('usermod changes the shell and says what is wrong in shadow-utils words', async () => {
    const fs = imageFs('library/debian:12');
    expect(await exec(fs, ['bash', '-c', 'useradd bob && usermod -s /bin/bash bob && grep ^bob: /etc/passwd'])).toMatchObject({ out: 'bob:x:1000:1000::/home/bob:/bin/bash\n', code: 0 });
    expect(await exec(fs, ['usermod', '-aG', 'nosuch', 'bob'])).toEqual({ out: '', err: "usermod: group 'nosuch' does not exist\n", code: 6 });
    expect(await exec(fs, ['usermod', '-s', '/bin/sh', 'nosuch'])).toEqual({ out: '', err: "usermod: user 'nosuch' does not exist\n", code: 6 });
    expect(await exec(fs, ['usermod', 'bob'])).toEqual({ out: 'usermod: no changes\n', err: '', code: 0 });
    expect((await exec(fs, ['usermod', '-a', 'bob'])).err.split('\n')[0]).toBe('usermod: -a flag is only allowed with the -G flag');
  });

  it('userdel -r removes the account, its group and its home; groupdel refuses a primary group', async () => {
    const fs = imageFs('library/debian:12');
    await exec(fs, ['bash', '-c', 'useradd -m bob && groupadd devs && usermod -aG devs bob']);
    expect(await exec(fs, ['groupdel', 'bob'])).toEqual({ out: '', err: "groupdel: cannot remove the primary group of user 'bob'\n", code: 8 });
    expect(await exec(fs, ['userdel', '-r', 'bob'])).toEqual({ out: '', err: 'userdel: bob mail spool (/var/mail/bob) not found\n', code: 0 });
    expect(fs.exists('/home/bob')).toBe(false);
    expect(line(fs.readText('/etc/passwd'), 'bob')).toBeUndefined();
    expect(line(fs.readText('/etc/group'), 'bob')).toBeUndefined();
    expect(line(fs.readText('/etc/group'), 'devs')).toBe('devs:x:1001:');
    expect(await exec(fs, ['userdel', 'bob'])).toEqual({ out: '', err: "userdel: user 'bob' does not exist\n", code: 6 });
    expect(await exec(fs, ['bash', '-c', 'groupdel devs && groupdel devs'])).toEqual({ out: '', err: "groupdel: group 'devs' does not exist\n", code: 6 });
  });

  it('busybox deluser removes the user and its own group, delgroup takes a user off a group (Alpine)', async () => {
    const fs = imageFs('library/alpine:3');
    const r = await exec(fs, ['sh', '-c', 'addgroup staff2 && adduser -D -G staff2 carol && adduser -D dave && addgroup dave wheel && id dave && delgroup dave wheel && id dave && deluser --remove-home dave && id dave']);
    expect(r.out).toBe('uid=1001(dave) gid=1001(dave) groups=1001(dave),10(wheel)\nuid=1001(dave) gid=1001(dave) groups=1001(dave)\n');
    expect(r.err).toBe("id: unknown user dave\n");
    expect(fs.exists('/home/dave')).toBe(false);
    expect(line(fs.readText('/etc/group'), 'dave')).toBeUndefined();
    expect(await exec(fs, ['delgroup', 'staff2'])).toEqual({ out: '', err: "delgroup: 'carol' still has 'staff2' as their primary group!\n", code: 1 });
    expect(await exec(fs, ['deluser', 'nosuch'])).toEqual({ out: '', err: 'deluser: unknown user nosuch\n', code: 1 });
    expect(await exec(fs, ['delgroup', 'nosuch'])).toEqual({ out: '', err: 'delgroup: unknown group nosuch\n', code: 1 });
  });
});
