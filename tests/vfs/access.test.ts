// Permission checks of a filesystem used as a non-root user, as the kernel makes them.
import { describe, expect, it } from 'vitest';
import { Vfs } from '../../src/vfs/vfs.ts';

const nobody = { uid: 65534, gid: 65534, groups: [65534] };

function tree(): Vfs {
  const fs = Vfs.empty({ clock: () => 1_700_000_000_000 });
  fs.mkdir('/etc');
  fs.writeFile('/etc/secret', 'x', { mode: 0o600 });
  fs.mkdir('/tmp', { mode: 0o1777 });
  fs.writeFile('/tmp/roots', 'r');
  fs.mkdir('/shared', { mode: 0o775, gid: 100 });
  fs.mkdir('/private', { mode: 0o700 });
  fs.writeFile('/private/f', 'p');
  return fs;
}

describe('vfs permissions', () => {
  it('root (or no identity) bypasses every check', () => {
    const fs = tree().as({ uid: 0, gid: 0, groups: [] });
    fs.writeFile('/x', '1');
    expect(fs.readText('/private/f')).toBe('p');
    expect(tree().readText('/etc/secret')).toBe('x');
  });

  it('a user creates files it owns where it may write, and gets EACCES elsewhere', () => {
    const fs = tree().as(nobody);
    expect(() => fs.writeFile('/x', '1')).toThrow(expect.objectContaining({ code: 'EACCES', path: '/x' }));
    expect(() => fs.mkdir('/etc/d')).toThrow(expect.objectContaining({ code: 'EACCES' }));
    expect(() => fs.readText('/etc/secret')).toThrow(expect.objectContaining({ code: 'EACCES' }));
    expect(() => fs.readText('/private/f')).toThrow(expect.objectContaining({ code: 'EACCES' }));
    expect(() => fs.readdir('/private')).toThrow(expect.objectContaining({ code: 'EACCES' }));
    fs.writeFile('/tmp/mine', 'm');
    fs.mkdir('/tmp/d/e', { recursive: true });
    expect([fs.stat('/tmp/mine').uid, fs.stat('/tmp/mine').gid, fs.stat('/tmp/d/e').uid]).toEqual([65534, 65534, 65534]);
  });

  it('group bits apply to members, the sticky bit guards others\' files, and only owners chmod', () => {
    const fs = tree().as({ uid: 1000, gid: 1000, groups: [1000, 100] });
    fs.writeFile('/shared/ok', '1');
    expect(() => fs.unlink('/tmp/roots')).toThrow(expect.objectContaining({ code: 'EPERM' }));
    expect(() => fs.chmod('/etc/secret', 0o777)).toThrow(expect.objectContaining({ code: 'EPERM' }));
    expect(() => fs.chown('/shared/ok', 0)).toThrow(expect.objectContaining({ code: 'EPERM' }));
    fs.chmod('/shared/ok', 0o600);
    expect(fs.stat('/shared/ok').mode).toBe(0o600);
    expect(() => fs.rm('/private', { recursive: true })).toThrow(expect.objectContaining({ code: 'EACCES' }));
  });

  it('a copy made by a user belongs to it', () => {
    const fs = tree();
    fs.writeFile('/tmp/src', 's', { mode: 0o644 });
    fs.as(nobody).copy('/tmp/src', '/tmp/dst');
    expect(fs.stat('/tmp/dst').uid).toBe(65534);
  });
});
