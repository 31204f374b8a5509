// Package-manager behaviours the cache and size lessons rely on: apk's virtual packages, apt's autoremove and purge.
import { describe, expect, it } from 'vitest';
import { exec, imageFs } from './images.ts';

describe('apk add --virtual', () => {
  it('installs the packages under a virtual name that `apk del NAME` removes with them', async () => {
    const fs = imageFs('library/alpine:3');
    const world = fs.readText('/etc/apk/world');
    const add = await exec(fs, ['apk', 'add', '--no-cache', '--virtual', '.build-deps', 'gcc']);
    expect(add.code).toBe(0);
    const installs = add.out.split('\n').filter((l) => l.includes(' Installing '));
    expect(installs[installs.length - 1]).toBe(`(${installs.length}/${installs.length}) Installing .build-deps (20261122.051000)`);
    expect(fs.readText('/etc/apk/world')).toBe([...world.trim().split('\n'), '.build-deps'].sort().join('\n') + '\n');
    expect(fs.exists('/usr/bin/gcc')).toBe(true);
    const del = await exec(fs, ['apk', 'del', '.build-deps']);
    expect(del.out.split('\n')[0]).toBe(`(1/${installs.length}) Purging .build-deps (20261122.051000)`);
    expect(del.out).toContain('Purging gcc (14.2.0-r4)');
    expect(fs.exists('/usr/bin/gcc')).toBe(false);
    expect(fs.readText('/etc/apk/world')).toBe(world);
  });

  it('keeps a dependency that the world still needs', async () => {
    const fs = imageFs('library/alpine:3');
    await exec(fs, ['apk', 'add', '--no-cache', 'curl']);
    await exec(fs, ['apk', 'add', '--no-cache', '-t', '.tools', 'curl']);
    await exec(fs, ['apk', 'del', '.tools']);
    expect(fs.exists('/usr/bin/curl')).toBe(true);
  });
});

describe('apt-get autoremove and purge', () => {
  it('names the dependencies a removal orphans, and autoremove takes them', async () => {
    const fs = imageFs('library/debian:12');
    expect((await exec(fs, ['bash', '-c', 'apt-get update -qq >/dev/null && apt-get install -y curl >/dev/null'])).code).toBe(0);
    const extras = fs.readText('/var/lib/apt/extended_states').match(/^Package: (\S+)$/gm)!.map((l) => l.slice(9));
    expect(extras).toContain('libcurl4');
    const remove = await exec(fs, ['apt-get', 'remove', '-y', 'curl']);
    expect(remove.out).toContain(`automatically installed and are no longer required:\n`);
    expect(remove.out).toContain("Use 'apt-get autoremove' to remove them.\nThe following packages will be REMOVED:\n  curl\n");
    expect(fs.exists('/usr/bin/curl')).toBe(false);
    const auto = await exec(fs, ['apt-get', 'autoremove', '-y', '--purge']);
    expect(auto.out).toContain('Removing libcurl4 (');
    expect(auto.out).toContain('Purging configuration files for libcurl4 (');
    expect(fs.readText('/var/lib/dpkg/status')).not.toContain('Package: libcurl4\n');
    expect((await exec(fs, ['apt-get', 'autoremove'])).out).toContain('0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n');
  });

  it('purge marks each package with * and leaves no package lists after rm -rf /var/lib/apt/lists/*', async () => {
    const fs = imageFs('library/debian:12');
    await exec(fs, ['bash', '-c', 'apt-get update >/dev/null && apt-get install -y --no-install-recommends curl >/dev/null && rm -rf /var/lib/apt/lists/*']);
    expect(fs.readdir('/var/lib/apt/lists')).toEqual([]);
    const purge = await exec(fs, ['apt-get', 'purge', '-y', '--auto-remove', 'curl']);
    expect(purge.out).toMatch(/The following packages will be REMOVED:\n {2}curl\* .*libcurl4\*/s);
    expect(fs.exists('/var/lib/apt/extended_states') ? fs.readText('/var/lib/apt/extended_states') : '').toBe('');
  });
});

describe('apt-get install procps', () => {
  it("brings all of bookworm procps' programs: those the workbook has run, the rest say so", async () => {
    const fs = imageFs('library/debian:12');
    expect((await exec(fs, ['bash', '-c', 'command -v uptime pgrep pkill watch vmstat w'])).out).toBe('');
    expect((await exec(fs, ['bash', '-c', 'apt-get update -qq >/dev/null && apt-get install -y procps >/dev/null'])).code).toBe(0);
    const found = await exec(fs, ['bash', '-c', 'for p in ps sysctl free pgrep pidwait pmap pwdx skill slabtop tload top uptime vmstat w watch pkill snice; do command -v $p; done']);
    expect(found.out).toBe('/usr/bin/ps\n/usr/sbin/sysctl\n/usr/bin/free\n/usr/bin/pgrep\n/usr/bin/pidwait\n/usr/bin/pmap\n/usr/bin/pwdx\n/usr/bin/skill\n/usr/bin/slabtop\n/usr/bin/tload\n/usr/bin/top\n/usr/bin/uptime\n/usr/bin/vmstat\n/usr/bin/w\n/usr/bin/watch\n/usr/bin/pkill\n/usr/bin/snice\n');
    expect(fs.readlink('/usr/bin/pkill')).toBe('pgrep');
    expect(fs.stat('/usr/bin/kill').type).toBe('file'); // bash's kill is a builtin; /bin/kill is procps'
    expect((await exec(fs, ['uptime'])).code).toBe(0);
    expect(await exec(fs, ['slabtop'])).toEqual({ out: '', err: 'slabtop: not supported in the workbook\n', code: 127 });
  });
});

describe('apt-get install vim', () => {
  it('puts vim and vi on PATH through the alternatives links its postinst makes', async () => {
    const fs = imageFs('library/debian:12');
    expect((await exec(fs, ['bash', '-c', 'apt-get update -qq >/dev/null && apt-get install -y vim >/dev/null && command -v vim vi && readlink /usr/bin/vim /etc/alternatives/vim'])).out).toBe('/usr/bin/vim\n/usr/bin/vi\n/etc/alternatives/vim\n/usr/bin/vim.basic\n');
  });
});
