// Tar bytes our layers, `docker save` and `docker export` are made of: round trips, and real tar reads them.
import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeTar } from '../../../src/vfs/tar/write.ts';
import { readTar, TarFormatError } from '../../../src/vfs/tar/read.ts';
import type { TarEntry } from '../../../src/vfs/tar/entry.ts';

const enc = new TextEncoder();
const entries: TarEntry[] = [
  { path: 'etc', type: 'dir', mode: 0o755, uid: 0, gid: 0, mtime: 1700000000 },
  { path: 'etc/os-release', type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 1700000000, data: enc.encode('ID=alpine\n') },
  { path: 'bin/sh', type: 'symlink', mode: 0o777, uid: 0, gid: 0, mtime: 1700000000, linkTarget: '/bin/busybox' },
  { path: 'bin/busybox', type: 'file', mode: 0o755, uid: 0, gid: 0, mtime: 1700000000, data: enc.encode('stand-in'), declaredSize: 812000 },
  { path: `deep/${'a'.repeat(90)}/${'b'.repeat(90)}/file.txt`, type: 'file', mode: 0o600, uid: 1000, gid: 1000, mtime: 1700000001, data: enc.encode('x') },
  { path: `flat-${'c'.repeat(120)}`, type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 1700000001, data: new Uint8Array(0) },
  { path: 'etc/.wh.motd', type: 'file', mode: 0o644, uid: 0, gid: 0, mtime: 1700000001, data: new Uint8Array(0) },
];

describe('tar', () => {
  it('round-trips every entry, including long names, symlinks, whiteouts and declared sizes', () => {
    expect(readTar(writeTar(entries))).toEqual(entries);
  });

  it('is deterministic: the same entries give the same bytes', () => {
    expect(writeTar(entries)).toEqual(writeTar(entries));
  });

  it('is read by GNU tar without a warning (the declared size travels as an xattr)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tar-'));
    writeFileSync(join(dir, 'a.tar'), writeTar(entries));
    const listing = execFileSync('tar', ['-tvf', join(dir, 'a.tar')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(listing).toContain('bin/sh -> /bin/busybox');
    expect(listing).toContain(`deep/${'a'.repeat(90)}/${'b'.repeat(90)}/file.txt`);
    expect(listing).toContain(`flat-${'c'.repeat(120)}`);
  });

  it('reads what GNU tar writes', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tar-'));
    writeFileSync(join(dir, 'hello.txt'), 'hello\n');
    execFileSync('tar', ['-cf', 'out.tar', 'hello.txt'], { cwd: dir });
    const read = readTar(execFileSync('cat', [join(dir, 'out.tar')]));
    expect(read.map((e) => [e.path, e.type, new TextDecoder().decode(e.data)])).toEqual([['hello.txt', 'file', 'hello\n']]);
  });

  it('refuses bytes that are not a tar archive', () => {
    expect(() => readTar(enc.encode('not a tar'.repeat(100)))).toThrow(TarFormatError);
  });
});

describe('tar warnings', () => {
  it('GNU tar prints nothing on stderr for our archives', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tar-'));
    writeFileSync(join(dir, 'a.tar'), writeTar(entries));
    const result = spawnSync('tar', ['-tvf', join(dir, 'a.tar')], { encoding: 'utf8' });
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
