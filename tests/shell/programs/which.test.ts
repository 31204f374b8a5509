import { describe, expect, it } from 'vitest';
import { simulated } from './oracle.ts';

describe('which', () => {
  it('uses the table when no PATH directory holds programs (the host): /usr/bin on GNU', async () => {
    const t = simulated('gnu', {});
    expect(await t.run('which ls grep')).toEqual({ out: '/usr/bin/ls\n/usr/bin/grep\n', err: '', code: 0 });
    expect(await t.run('which nocmd ls')).toEqual({ out: '/usr/bin/ls\n', err: '', code: 1 });
  });
  it('follows the links an Alpine image installs, so a removed link is not found', async () => {
    const t = simulated('busybox', {}, (fs) => {
      fs.mkdir('/bin');
      fs.mkdir('/usr/bin', { recursive: true });
      fs.writeFile('/bin/busybox', '\x7fELF', { mode: 0o755 });
      fs.symlink('/bin/busybox', '/bin/ls');
      fs.symlink('/bin/busybox', '/usr/bin/find');
    });
    expect((await t.run('which ls find')).out).toBe('/bin/ls\n/usr/bin/find\n');
    expect(await t.run('rm /bin/ls; which ls')).toEqual({ out: '', err: '', code: 1 });
  });
  it('finds scripts in PATH and reports every hit with -a', async () => {
    const t = simulated('gnu', {}, (fs) => {
      fs.mkdir('/usr/local/bin', { recursive: true });
      fs.writeFile('/usr/local/bin/tool', '#!/bin/sh\n', { mode: 0o755 });
      fs.writeFile('/usr/local/bin/plain', 'x', { mode: 0o644 });
    });
    expect((await t.run('PATH=/usr/local/bin:/usr/bin which tool plain')).out).toBe('/usr/local/bin/tool\n');
  });
});
