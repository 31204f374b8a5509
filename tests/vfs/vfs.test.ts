import { describe, expect, it } from 'vitest';
import { Vfs } from '../../src/vfs/vfs.ts';
import { FsError } from '../../src/vfs/types.ts';

const fixed = () => Vfs.empty({ clock: () => 1_700_000_000_500 });
function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof FsError) return e.code;
    throw e;
  }
  return 'ok';
}

describe('Vfs', () => {
  it('writes and reads files with the injected clock', () => {
    const fs = fixed();
    fs.mkdir('/a/b', { recursive: true });
    fs.writeFile('/a/b/f.txt', 'héllo\n');
    expect(fs.readText('/a/b/f.txt')).toBe('héllo\n');
    expect(fs.readFile('/a/b/f.txt').length).toBe(7);
    expect(fs.stat('/a/b/f.txt').mtime).toBe(1_700_000_000);
    expect(fs.stat('/a/b/f.txt').mode).toBe(0o644);
    fs.writeFile('/a/b/f.txt', 'more\n', { append: true });
    expect(fs.readText('/a/b/f.txt')).toBe('héllo\nmore\n');
  });
  it('raises POSIX codes', () => {
    const fs = fixed();
    fs.writeFile('/f', 'x');
    expect(code(() => fs.readFile('/nope'))).toBe('ENOENT');
    expect(code(() => fs.readFile('/'))).toBe('EISDIR');
    expect(code(() => fs.writeFile('/f/g', 'x'))).toBe('ENOTDIR');
    expect(code(() => fs.writeFile('/no/g', 'x'))).toBe('ENOENT');
    expect(code(() => fs.mkdir('/f'))).toBe('EEXIST');
    expect(code(() => fs.mkdir('/f', { recursive: true }))).toBe('EEXIST');
    expect(code(() => fs.mkdir('/f/x', { recursive: true }))).toBe('ENOTDIR');
    expect(code(() => fs.mkdir('/x/y'))).toBe('ENOENT');
    expect(code(() => fs.unlink('/'))).toBe('EISDIR');
    expect(code(() => fs.rmdir('/f'))).toBe('ENOTDIR');
    expect(code(() => fs.readlink('/f'))).toBe('EINVAL');
    expect(code(() => fs.readdir('/f'))).toBe('ENOTDIR');
  });
  it('lists sorted and removes', () => {
    const fs = fixed();
    for (const n of ['b', 'a', 'C', '.h']) fs.writeFile('/' + n, '');
    fs.mkdir('/d');
    fs.writeFile('/d/x', '');
    expect(fs.readdir('/')).toEqual(['.h', 'C', 'a', 'b', 'd']);
    expect(code(() => fs.rmdir('/d'))).toBe('ENOTEMPTY');
    expect(code(() => fs.rm('/d'))).toBe('EISDIR');
    fs.rm('/d', { recursive: true });
    expect(fs.exists('/d')).toBe(false);
    expect(code(() => fs.rm('/d'))).toBe('ENOENT');
    fs.rm('/d', { force: true });
  });
  it('resolves symlinks, relative and absolute, and detects loops', () => {
    const fs = fixed();
    fs.mkdir('/usr/bin', { recursive: true });
    fs.writeFile('/usr/bin/busybox', 'bb');
    fs.mkdir('/bin');
    fs.symlink('../usr/bin/busybox', '/bin/sh');
    fs.symlink('/usr/bin', '/ub');
    expect(fs.readText('/bin/sh')).toBe('bb');
    expect(fs.readText('/ub/busybox')).toBe('bb');
    expect(fs.realpath('/ub/../bin/busybox')).toBe('/usr/bin/busybox');
    expect(fs.realpath('/bin/sh')).toBe('/usr/bin/busybox');
    expect(fs.lstat('/bin/sh').type).toBe('symlink');
    expect(fs.readlink('/bin/sh')).toBe('../usr/bin/busybox');
    fs.symlink('/loop2', '/loop1');
    fs.symlink('/loop1', '/loop2');
    expect(code(() => fs.stat('/loop1'))).toBe('ELOOP');
    expect(fs.exists('/loop1')).toBe(false);
    expect(fs.lexists('/loop1')).toBe(true);
    fs.symlink('/missing', '/dangling');
    expect(fs.exists('/dangling')).toBe(false);
    fs.writeFile('/dangling', 'created through link');
    expect(fs.readText('/missing')).toBe('created through link');
  });
  it('renames with rename(2) rules', () => {
    const fs = fixed();
    fs.mkdir('/a/b', { recursive: true });
    fs.writeFile('/f', '1');
    fs.mkdir('/e');
    expect(code(() => fs.rename('/a', '/a/b/c'))).toBe('EINVAL');
    expect(code(() => fs.rename('/f', '/e'))).toBe('EISDIR');
    expect(code(() => fs.rename('/a', '/f'))).toBe('ENOTDIR');
    fs.rename('/a', '/e');
    expect(fs.readdir('/')).toEqual(['e', 'f']);
    expect(fs.readdir('/e')).toEqual(['b']);
    fs.writeFile('/g', '2');
    fs.rename('/g', '/f');
    expect(fs.readText('/f')).toBe('2');
  });
  it('copies, clones deeply and changes metadata', () => {
    const fs = fixed();
    fs.mkdir('/src/sub', { recursive: true });
    fs.writeFile('/src/sub/x', 'x');
    fs.symlink('x', '/src/sub/l');
    expect(code(() => fs.copy('/src', '/dst'))).toBe('EISDIR');
    expect(code(() => fs.copy('/src', '/src/sub/in', { recursive: true }))).toBe('EINVAL');
    fs.copy('/src', '/dst', { recursive: true });
    expect(fs.lstat('/dst/sub/l').type).toBe('symlink');
    expect(fs.readText('/dst/sub/l')).toBe('x');
    const c = fs.clone();
    c.writeFile('/dst/sub/x', 'changed');
    expect(fs.readText('/dst/sub/x')).toBe('x');
    fs.chmod('/src/sub/x', 0o755);
    fs.chown('/src/sub/x', 1000, 1000);
    fs.utimes('/src/sub/x', 42);
    const n = fs.stat('/src/sub/x');
    expect([n.mode, n.uid, n.gid, n.mtime]).toEqual([0o755, 1000, 1000, 42]);
    expect([...fs.walkTree('/src')].map((e) => e.path)).toEqual(['/src', '/src/sub', '/src/sub/l', '/src/sub/x']);
  });
});

describe('read-only mounts', () => {
  it('refuses every change under a read-only path with EROFS, after the checks the kernel makes first', () => {
    const rw = Vfs.empty();
    rw.mkdir('/ro/sub', { recursive: true });
    rw.writeFile('/ro/f', 'x');
    rw.mkdir('/rw');
    rw.symlink('/ro', '/rw/link');
    const fs = new Vfs(rw.root, { readOnly: (p) => p === '/ro' || p.startsWith('/ro/') });
    const code = (f: () => void) => {
      try {
        f();
        return 'ok';
      } catch (e) {
        return (e as { code: string }).code;
      }
    };
    expect(fs.readText('/ro/f')).toBe('x');
    expect([
      code(() => fs.writeFile('/ro/g', 'y')), code(() => fs.writeFile('/rw/link/g', 'y')), code(() => fs.mkdir('/ro/d')), code(() => fs.mkdir('/ro/sub')),
      code(() => fs.unlink('/ro/f')), code(() => fs.rm('/ro/sub', { recursive: true })), code(() => fs.rename('/ro/f', '/rw/f')), code(() => fs.chmod('/ro/f', 0o600)),
      code(() => fs.symlink('f', '/ro/l')), code(() => fs.copy('/ro/f', '/rw/f')), code(() => fs.as({ uid: 0, gid: 0, groups: [] }).writeFile('/ro/f', 'z')),
    ]).toEqual(['EROFS', 'EROFS', 'EROFS', 'EEXIST', 'EROFS', 'EROFS', 'EROFS', 'EROFS', 'EROFS', 'ok', 'EROFS']);
  });
});
