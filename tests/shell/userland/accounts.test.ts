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
