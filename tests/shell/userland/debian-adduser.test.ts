// Debian's adduser/addgroup/deluser/delgroup (adduser 3.134, bookworm): the files they write and the
// lines they print, from the Perl source's messages and built-in adduser.conf defaults.
import { describe, expect, it } from 'vitest';
import { exec, imageFs } from './images.ts';

const line = (text: string, name: string) => text.split('\n').find((l) => l.startsWith(`${name}:`));

describe('Debian adduser', () => {
  it('adds a normal user as `adduser --disabled-password --gecos "" app` does', async () => {
    const fs = imageFs('library/debian:12');
    const r = await exec(fs, ['bash', '-c', "adduser --disabled-password --gecos '' app && id app"]);
    expect(r).toEqual({
      out: "Adding user `app' ...\nAdding new group `app' (1000) ...\nAdding new user `app' (1000) with group `app (1000)' ...\nCreating home directory `/home/app' ...\nCopying files from `/etc/skel' ...\nAdding new user `app' to supplemental / extra groups `users' ...\nAdding user `app' to group `users' ...\nuid=1000(app) gid=1000(app) groups=1000(app),100(users)\n",
      err: '',
      code: 0,
    });
    expect(line(fs.readText('/etc/passwd'), 'app')).toBe('app:x:1000:1000:,,,:/home/app:/bin/bash');
    expect(line(fs.readText('/etc/group'), 'app')).toBe('app:x:1000:');
    expect(line(fs.readText('/etc/shadow'), 'app')).toMatch(/^app:!:\d+:0:99999:7:::$/);
    expect(fs.stat('/home/app')).toMatchObject({ type: 'dir', uid: 1000, gid: 1000, mode: 0o700 });
    expect(fs.stat('/home/app/.bashrc')).toMatchObject({ uid: 1000, gid: 1000 });
  });

  it('adds a system user with its own group, no home and nologin', async () => {
    const fs = imageFs('library/debian:12');
    expect(await exec(fs, ['adduser', '--system', '--group', 'svc'])).toEqual({
      out: "Adding system user `svc' (UID 100) ...\nAdding new group `svc' (GID 101) ...\nAdding new user `svc' (UID 100) with group `svc' ...\nNot creating `/nonexistent'.\n",
      err: '',
      code: 0,
    });
    expect(line(fs.readText('/etc/passwd'), 'svc')).toBe('svc:x:100:101::/nonexistent:/usr/sbin/nologin');
    expect(fs.exists('/nonexistent')).toBe(false);
    // Again: an existing system user is fine.
    expect(await exec(fs, ['adduser', '--system', 'svc'])).toEqual({ out: "The system user `svc' already exists. Exiting.\n", err: '', code: 0 });
  });

  it('honours --uid, --ingroup, --home, --shell and --no-create-home', async () => {
    const fs = imageFs('library/debian:12');
    const r = await exec(fs, ['bash', '-c', 'addgroup --gid 2000 team && adduser --quiet --disabled-login --comment "" --uid 2001 --ingroup team --home /srv/dev --shell /bin/sh --no-create-home dev']);
    expect(r).toEqual({ out: "Adding group `team' (GID 2000) ...\nDone.\n", err: '', code: 0 });
    expect(line(fs.readText('/etc/passwd'), 'dev')).toBe('dev:x:2001:2000:,,,:/srv/dev:/bin/sh');
    expect(fs.exists('/srv/dev')).toBe(false);
  });

  it('adds an existing user to a group, and refuses what exists or is missing', async () => {
    const fs = imageFs('library/debian:12');
    await exec(fs, ['bash', '-c', "adduser --disabled-password --gecos '' app && addgroup --system web"]);
    expect(await exec(fs, ['adduser', 'app', 'web'])).toEqual({ out: "Adding user `app' to group `web' ...\nDone.\n", err: '', code: 0 });
    expect(line(fs.readText('/etc/group'), 'web')).toBe('web:x:101:app');
    expect(await exec(fs, ['adduser', '--disabled-password', 'app'])).toEqual({ out: '', err: "adduser: The user `app' already exists.\n", code: 1 });
    expect(await exec(fs, ['addgroup', 'web'])).toEqual({ out: '', err: "addgroup: The group `web' already exists.\n", code: 1 });
    expect(await exec(fs, ['adduser', 'app', 'nope'])).toEqual({ out: '', err: "adduser: The group `nope' does not exist.\n", code: 1 });
    expect(await exec(fs, ['adduser', '--disabled-password', '1234'])).toMatchObject({ err: expect.stringContaining('usernames which\n            consist of only digits are not allowed.'), code: 1 });
  });

  it('asks for a password and the GECOS fields on stdin; with none (a RUN step) passwd fails and adduser goes on', async () => {
    const fs = imageFs('library/debian:12');
    const r = await exec(fs, ['adduser', 'bob']);
    expect(r.code).toBe(0);
    expect(r.out).toContain("Copying files from `/etc/skel' ...\nNew password: Retype new password: New password: Retype new password: New password: Retype new password: Try again? [y/N] Changing the user information for bob\n");
    expect(r.err).toBe('No password has been supplied.\n'.repeat(3) + 'passwd: Authentication token manipulation error\npasswd: password unchanged\n');
    expect(line(fs.readText('/etc/shadow'), 'bob')).toMatch(/^bob:!:/);
    const piped = await exec(fs, ['bash', '-c', "printf 'pw\\npw\\nCarol C\\n\\n\\n\\n\\ny\\n' | adduser carol"]);
    expect(piped.out).toContain('passwd: password updated successfully\n');
    expect(line(fs.readText('/etc/passwd'), 'carol')).toBe('carol:x:1001:1001:Carol C,,,:/home/carol:/bin/bash');
  });

  it('is not run by a non-root user', async () => {
    const fs = imageFs('library/debian:12');
    expect(await exec(fs, ['su', 'nobody', '-s', '/bin/sh', '-c', 'adduser x'])).toEqual({ out: '', err: 'adduser: Only root may add a user or group to the system.\n', code: 1 });
  });
});

describe('Debian deluser and delgroup', () => {
  it('removes a user and its group, and a group', async () => {
    const fs = imageFs('library/debian:12');
    await exec(fs, ['bash', '-c', "adduser --disabled-password --gecos '' app && addgroup --system web"]);
    expect(await exec(fs, ['deluser', 'app'])).toEqual({ out: "Removing user `app' ...\nDone.\n", err: "deluser: `/usr/bin/crontab' not executed. Skipping crontab removal. Package `cron' required.\n", code: 0 });
    expect(line(fs.readText('/etc/passwd'), 'app')).toBeUndefined();
    expect(line(fs.readText('/etc/group'), 'app')).toBeUndefined();
    expect(await exec(fs, ['delgroup', 'web'])).toEqual({ out: "Removing group `web' ...\nDone.\n", err: '', code: 0 });
    expect(await exec(fs, ['deluser', 'app'])).toEqual({ out: '', err: "deluser: The user `app' does not exist.\n", code: 2 });
  });

  it('needs the perl package for --remove-home, as on a bookworm image', async () => {
    const fs = imageFs('library/debian:12');
    await exec(fs, ['adduser', '--disabled-password', '--gecos', '', 'app']);
    expect(await exec(fs, ['deluser', '--remove-home', 'app'])).toEqual({ out: '', err: "deluser: In order to use the --remove-home, --remove-all-files, and --backup features,\nyou need to install the `perl' package. To accomplish that, run\napt-get install perl.\n", code: 8 });
    expect(fs.exists('/home/app')).toBe(true);
  });

  it('takes a user off a group, never its primary one', async () => {
    const fs = imageFs('library/debian:12');
    await exec(fs, ['adduser', '--disabled-password', '--gecos', '', 'app']);
    expect(await exec(fs, ['deluser', 'app', 'users'])).toEqual({ out: "Removing user `app' from group `users' ...\nDone.\n", err: '', code: 0 });
    expect(await exec(fs, ['deluser', 'app', 'app'])).toEqual({ out: '', err: 'deluser: You may not remove the user from their primary group.\n', code: 7 });
  });
});
