// su in containers: root switches user without a password (busybox su on Alpine and busybox, util-linux
// su on Debian); anyone else is refused as in a real container, where busybox is not suid and there is
// no password to give.
import { describe, expect, it } from 'vitest';
import { exec, imageFs } from './images.ts';

describe('su as root', () => {
  for (const [image, shell, addUser] of [['library/alpine:3', 'sh', 'adduser -D app'], ['library/debian:12', 'bash', 'useradd -m app']]) {
    it(`${image}: runs -c CMD as the user, with its HOME, USER and groups, keeping the directory`, async () => {
      const fs = imageFs(image);
      const r = await exec(fs, [shell, '-c', `${addUser} && cd /tmp && su app -c 'id; echo "$HOME $USER $LOGNAME"; pwd; touch /root/x'; echo "status $?"`]);
      expect(r.out).toBe('uid=1000(app) gid=1000(app) groups=1000(app)\n/home/app app app\n/tmp\nstatus 1\n');
      expect(r.err).toMatch(/Permission denied/);
    });

    it(`${image}: takes options after the user, and \`su - USER\` starts in its home with a clean environment`, async () => {
      const fs = imageFs(image);
      expect(await exec(fs, [shell, '-c', `${addUser} && su app -s /bin/sh -c 'echo $SHELL'`])).toEqual({ out: '/bin/sh\n', err: '', code: 0 });
      const r = await exec(fs, [shell, '-c', `FOO=1 su - app -c 'pwd; echo "[$FOO]"; echo $PATH'`]);
      expect(r.out).toBe(`/home/app\n[]\n${image.includes('alpine') ? '/bin:/usr/bin' : '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games'}\n`);
    });
  }

  it('runs the account’s shell: a nologin account is not available, as each nologin says', async () => {
    expect(await exec(imageFs('library/alpine:3'), ['su', 'daemon', '-c', 'id'])).toEqual({ out: '', err: 'This account is not available\n', code: 1 });
    expect(await exec(imageFs('library/debian:12'), ['su', 'daemon', '-c', 'id'])).toEqual({ out: '', err: 'This account is currently not available.\n', code: 1 });
  });

  it('names an unknown user in each su’s words', async () => {
    expect(await exec(imageFs('library/alpine:3'), ['su', 'nope'])).toEqual({ out: '', err: 'su: unknown user nope\n', code: 1 });
    expect(await exec(imageFs('library/debian:12'), ['su', 'nope'])).toEqual({ out: '', err: 'su: user nope does not exist or the user entry does not contain all the required fields\n', code: 1 });
  });
});

describe('su as another user', () => {
  it('is refused: busybox is not suid in the Alpine and busybox images, util-linux has no password to take', async () => {
    expect(await exec(imageFs('library/alpine:3'), ['sh', '-c', 'adduser -D app && su app -c "su -c id"'])).toEqual({ out: '', err: 'su: must be suid to work properly\n', code: 1 });
    expect(await exec(imageFs('library/busybox:1'), ['sh', '-c', 'adduser -D app && su app -c "su -c id"'])).toEqual({ out: '', err: 'su: must be suid to work properly\n', code: 1 });
    expect(await exec(imageFs('library/debian:12'), ['bash', '-c', 'useradd app && su app -s /bin/sh -c "su -c id"'])).toEqual({ out: '', err: 'su: Authentication failure\n', code: 1 });
  });
});
