// The links every Alpine, Debian and Ubuntu root filesystem has: /var/run → /run (alpine-baselayout,
// base-files) and, on Debian and Ubuntu, /var/lock → /run/lock with the sticky lock directory. Servers
// write their pid files through them (nginx's default pid is /var/run/nginx.pid).
import { describe, expect, it } from 'vitest';
import { catalogImages, exec } from './images.ts';

describe('root filesystem links', () => {
  // Builds every catalog image's filesystem: minutes on a busy 2-core CI machine.
  it('every Alpine, Debian and Ubuntu based image links /var/run to /run (and Debian’s /var/lock to /run/lock)', { timeout: 120_000 }, () => {
    let checked = 0;
    for (const [name, rootfs] of catalogImages()) {
      const fs = rootfs();
      if (!fs.exists('/etc/os-release')) continue;
      const id = /^ID=(\S+)/m.exec(fs.readText('/etc/os-release'))?.[1];
      if (id !== 'alpine' && id !== 'debian' && id !== 'ubuntu') continue;
      checked++;
      expect(fs.lstat('/var/run').type === 'symlink' && fs.readlink('/var/run'), name).toBe('/run');
      expect(fs.stat('/var/run').type, name).toBe('dir');
      if (id !== 'alpine') {
        expect(fs.readlink('/var/lock'), name).toBe('/run/lock');
        expect(fs.stat('/run/lock').mode & 0o7777, name).toBe(0o1777);
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it('lets a program write its pid file through /var/run, as in the real images', async () => {
    const alpine = catalogImages().find(([n]) => n === 'library/alpine:3')![1]();
    const r = await exec(alpine, ['sh', '-c', 'echo 1 > /var/run/app.pid && cat /run/app.pid && ls -l /var/run']);
    expect(r.out.replace(/\w{3} \d+ +[\d:]+/, 'TIME')).toBe('1\nlrwxrwxrwx    1 root     root             4 TIME /var/run -> /run\n');
  });
});
