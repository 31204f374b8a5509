import { describe, expect, it } from 'vitest';
import { makeTar } from '../../../src/shell/programs/tar.ts';
import { gunzipStored, gzipStored } from '../../../src/shell/programs/gzip-stored.ts';
import { machine } from './machine.ts';

const gnu = makeTar('gnu');
const bb = makeTar('busybox');
function tree() {
  const m = machine({ cwd: '/w' });
  m.fs.mkdir('/w/d/sub', { recursive: true });
  m.fs.writeFile('/w/a.txt', 'hi\n');
  m.fs.writeFile('/w/d/b.log', 'log\n');
  m.fs.writeFile('/w/d/sub/c.txt', 'c\n');
  m.fs.symlink('a.txt', '/w/l');
  return m;
}

describe('tar', () => {
  it('creates, lists and extracts (old-style and dashed options)', async () => {
    const m = tree();
    expect(await m.run(gnu, ['tar', 'cvf', 'x.tar', 'a.txt', 'd', 'l'])).toEqual({ code: 0, out: 'a.txt\nd/\nd/b.log\nd/sub/\nd/sub/c.txt\nl\n', err: '' });
    expect((await m.run(gnu, ['tar', '-tf', 'x.tar'])).out).toBe('a.txt\nd/\nd/b.log\nd/sub/\nd/sub/c.txt\nl\n');
    const v = (await m.run(gnu, ['tar', 'tvf', 'x.tar'])).out.split('\n');
    expect(v[0]).toBe('-rw-r--r-- root/root         3 2026-11-22 05:10 a.txt');
    expect(v[5]).toBe('lrwxrwxrwx root/root         0 2026-11-22 05:10 l -> a.txt');
    m.fs.mkdir('/out');
    expect(await m.run(gnu, ['tar', '-xf', 'x.tar', '-C', '/out'])).toEqual({ code: 0, out: '', err: '' });
    expect(m.fs.readText('/out/d/sub/c.txt')).toBe('c\n');
    expect(m.fs.readlink('/out/l')).toBe('a.txt');
  });
  it('busybox lists with seconds', async () => {
    const m = tree();
    await m.run(bb, ['tar', 'cf', 'x.tar', 'a.txt']);
    expect((await m.run(bb, ['tar', 'tvf', 'x.tar'])).out).toBe('-rw-r--r-- root/root         3 2026-11-22 05:10:00 a.txt\n');
  });
  it('gzips with -z into gzip that reads back, and detects gzip without -z', async () => {
    const m = tree();
    await m.run(gnu, ['tar', 'czf', 'x.tgz', 'd']);
    expect([...m.fs.readFile('/w/x.tgz').subarray(0, 2)]).toEqual([0x1f, 0x8b]);
    expect((await m.run(gnu, ['tar', 'tf', 'x.tgz'])).out).toBe('d/\nd/b.log\nd/sub/\nd/sub/c.txt\n');
    const data = new Uint8Array(70000).map((_, i) => i % 251);
    expect(gunzipStored(gzipStored(data))).toEqual(data);
  });
  it('excludes patterns, strips components and strips leading slashes', async () => {
    const m = tree();
    expect((await m.run(gnu, ['tar', '--exclude=*.log', '-cvf', 'x.tar', 'd'])).out).toBe('d/\nd/sub/\nd/sub/c.txt\n');
    expect((await m.run(gnu, ['tar', 'cf', 'y.tar', '/w/a.txt'])).err).toBe("tar: Removing leading `/' from member names\n");
    m.fs.mkdir('/s');
    await m.run(gnu, ['tar', 'xf', 'x.tar', '--strip-components=1', '-C', '/s']);
    expect(m.fs.readText('/s/sub/c.txt')).toBe('c\n');
  });
  it('pipes an archive through stdout and stdin with -f -', async () => {
    const m = tree();
    const made = await m.run(gnu, ['tar', 'cf', '-', 'a.txt']);
    expect((await m.run(gnu, ['tar', 'tf', '-'], made.out)).out).toBe('a.txt\n');
  });
  it('prints GNU and busybox errors with their exit codes', async () => {
    const m = tree();
    expect(await m.run(gnu, ['tar'])).toEqual({ code: 2, out: '', err: "tar: You must specify one of the '-Acdtrux', '--delete' or '--test-label' options\nTry 'tar --help' or 'tar --usage' for more information.\n" });
    expect(await m.run(gnu, ['tar', 'cf', 'x.tar', 'missing'])).toEqual({ code: 2, out: '', err: 'tar: missing: Cannot stat: No such file or directory\ntar: Exiting with failure status due to previous errors\n' });
    expect(await m.run(gnu, ['tar', 'xf', 'nope.tar'])).toEqual({ code: 2, out: '', err: 'tar: nope.tar: Cannot open: No such file or directory\ntar: Error is not recoverable: exiting now\n' });
    expect((await m.run(gnu, ['tar', 'cf', 'e.tar'])).err).toBe("tar: Cowardly refusing to create an empty archive\nTry 'tar --help' or 'tar --usage' for more information.\n");
    expect((await m.run(gnu, ['tar', 'xzf', 'a.txt'])).err).toBe('\ngzip: stdin: not in gzip format\ntar: Child returned status 1\ntar: Error is not recoverable: exiting now\n');
    expect(await m.run(bb, ['tar', 'xf', 'nope.tar'])).toEqual({ code: 1, out: '', err: "tar: can't open 'nope.tar': No such file or directory\n" });
    await m.run(gnu, ['tar', 'cf', 'x.tar', 'a.txt']);
    expect(await m.run(gnu, ['tar', 'xf', 'x.tar', 'zz'])).toEqual({ code: 2, out: '', err: 'tar: zz: Not found in archive\ntar: Exiting with failure status due to previous errors\n' });
  });
});
