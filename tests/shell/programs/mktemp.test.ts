import { describe, expect, it } from 'vitest';
import { simulated } from './oracle.ts';

describe('mktemp', () => {
  it('creates a private file or directory under /tmp with the flavour default template', async () => {
    const gnu = simulated('gnu', {});
    const f = (await gnu.run('mktemp')).out.trim();
    expect(f).toMatch(/^\/tmp\/tmp\.[A-Za-z0-9]{10}$/);
    expect((await gnu.run(`stat -c '%a %F' ${f}`)).out).toBe('600 regular empty file\n');
    const d = (await gnu.run('mktemp -d')).out.trim();
    expect((await gnu.run(`stat -c '%a %F' ${d}`)).out).toBe('700 directory\n');
    expect((await gnu.run('mktemp abc.XXXX')).out).toMatch(/^abc\.[A-Za-z0-9]{4}\n$/);
    const bb = simulated('busybox', {});
    expect((await bb.run('mktemp')).out).toMatch(/^\/tmp\/tmp\.[A-Za-z0-9]{6}\n$/);
  });
  it('rejects short templates and missing directories in each wording', async () => {
    expect(await simulated('gnu', {}).run('mktemp abc')).toEqual({ out: '', err: "mktemp: too few X's in template 'abc'\n", code: 1 });
    expect(await simulated('gnu', {}).run('mktemp /nodir/XXXXXX')).toEqual({ out: '', err: "mktemp: failed to create file via template '/nodir/XXXXXX': No such file or directory\n", code: 1 });
    expect(await simulated('busybox', {}).run('mktemp abc.XXXX')).toEqual({ out: '', err: 'mktemp: (null): Invalid argument\n', code: 1 });
    expect(await simulated('busybox', {}).run('mktemp /nodir/XXXXXX')).toEqual({ out: '', err: 'mktemp: (null): No such file or directory\n', code: 1 });
  });
});
