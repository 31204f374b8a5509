// sort -R, -m, -S, -T and -z, compared with the real tools; -R's order is random, so its cases check what
// stays: the same lines, equal keys together, each key's lines in their last-resort order.
import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';

const files = {
  u: 'b\na\nc\n',
  s1: 'a\nc\ne\n',
  s2: 'b\nd\nf\n',
  n1: '1\n5\n10\n',
  n2: '2\n3\n20\n',
  r: 'a 2\nb 1\nc 3\na 1\nb 0\nB 5\nc 3\nA 9\n',
  z: 'b\0a x\0c\0a\0',
  dz: 'b\na\0a\nb\0',
};

differential('sort -R', files, [
  // The same lines, equal ones together: as many runs as distinct lines.
  'sort -R r | sort | md5sum',
  'sort -R r | uniq | wc -l; sort -u r | wc -l',
  // Equal keys together, each key's lines in byte order (the last resort).
  "sort -R -k1,1 r | cut -d' ' -f1 | uniq | sort | tr '\\n' ' '",
  "sort -R -k1,1 r | grep '^a'; sort -R -k1,1 r | grep '^c'",
  "sort -R -k1,1 -s r | grep '^b'",
  "sort -R -k1,1 -u r | cut -d' ' -f1 | sort",
  "sort -Rf -k1,1 r | cut -d' ' -f1 | tr A-Z a-z | uniq | sort | tr '\\n' ' '",
  "sort -Rr -k1,1 r | cut -d' ' -f1 | uniq | wc -l",
  "sort --random-sort -k2 r | sort | md5sum; sort --sort=random r | sort | md5sum; sort -k1,1R r | wc -l",
  "sort -R -k2,2n r | awk '{print $2}'; echo $?",
  'sort -RV u | sort; sort -R -d u | sort',
  // Two kinds of ordering for one key are refused, a key naming none inheriting the command's.
  'sort -nR u; echo $?',
  'sort -R -M u; echo $?',
  'sort -k1,1nR u; echo $?',
  'sort -nR -k1,1f u | sort; echo $?',
  'sort -n -k1,1 -R u; echo $?',
  'sort -ng u; echo $?',
  'sort -dn -f u; echo $?',
  'sort -h -k1,1bM u; echo $?',
  "sort --sort=x u; echo $?; sort --check=x u; echo $?",
  "sort --sort=r u | sort; echo $?",
].map((cmd) => ({ cmd, only: 'gnu' as const })));

differential('sort -m', files, [
  'sort -m s1 s2',
  'sort -m u s1',
  'sort -m u',
  'sort -mr s1 s2',
  'sort -mn n1 n2',
  'sort -m -u s1 s1',
  'sort -mu u u',
  'sort -o out -m s1 s2; cat out',
  'sort -m -k1,1 r s1',
  { cmd: 'sort -m s1 - s2', stdin: 'b\nz\n' },
  'sort -mc u; echo $?',
  { cmd: 'sort --merge s1 s2', only: 'gnu' },
]);

differential('sort -S and -T', files, [
  ...['1M', '10', '10%', 'k', 'K', '10b', '1E', '1t', ' 10', '+10', '18014398509481983', 'x', '', 'b', '10kx', '10x', '10bb', '-1', '1e', '1KB', '10%x', '1Q', '99999999999999999999', '18014398509481984', '99999999999T', '99999999999999999999b'].map((size) => `sort -S '${size}' u; echo $?`),
  'sort -S 10k -S x u; echo $?',
  'sort -S1G -r u',
  'sort -T /nonexistent u; echo $?',
  "sort -T '' -T /tmp u; echo $?",
  'sort -T/tmp -S 64 -u r',
  { cmd: 'sort --buffer-size=x u; sort --buf=12x u; sort --buffer-size 99999999999999999999 u; echo $?', only: 'gnu' },
  { cmd: 'sort --temporary-directory=/x --buffer-size=1M u', only: 'gnu' },
  { cmd: 'sort -S; echo $?', only: 'gnu' },
  { cmd: 'sort -T; echo $?', only: 'gnu' },
  { cmd: 'sort u -S 2>/dev/null; echo $?', only: 'busybox' },
]);

differential('sort -z', files, [
  'sort -z z | od -c',
  'sort -zr z | od -c',
  'sort -zu z | od -c',
  "sort -z -k2 -t' ' z | od -c",
  'sort -z dz | od -c',
  { cmd: 'sort -z | od -c', stdin: 'b\0a\0c' },
  { cmd: 'sort -z | od -c', stdin: 'b\na\0c' },
  'sort -cz z; echo $?',
  'sort -cz z 2>&1 | od -c',
  "printf 'a\\0b\\0' | sort -cz; echo $?",
  'sort -mz z dz | od -c',
  // Without -z, busybox's line reader ends a line at a NUL as well.
  { cmd: 'sort | od -c', stdin: 'b\0a\nc\n' },
  { cmd: 'sort --zero-terminated z | od -c', only: 'gnu' },
]);

// busybox has no -R: getopt's refusal (Alpine's musl words it differently from the Debian busybox here), status 2;
// on a key, its own words for a letter it does not take there.
differential('sort -R in busybox', files, [
  { cmd: 'sort -R u 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'sort -k1R u; echo $?; sort -k1,1x u; echo $?; sort -k1u u; echo $?; sort -k2,2nV r; echo $?; sort -k2,2nr -k1,1bf r', only: 'busybox' },
]);

describe('sort -R shuffles', () => {
  const lines = Array.from({ length: 40 }, (_, k) => `line ${k % 20}\n`).join('');
  it('gives each run its own order of the same lines, equal ones together', async () => {
    const sh = simulated('gnu', { f: lines });
    const runs = await Promise.all([1, 2, 3].map(() => sh.run('sort -R f')));
    for (const r of runs) {
      expect(r.err).toBe('');
      const out = r.out.split('\n').slice(0, -1);
      expect(out.slice().sort()).toEqual(lines.split('\n').slice(0, -1).sort());
      for (let k = 0; k < out.length; k += 2) expect(out[k]).toBe(out[k + 1]);
    }
    expect(new Set(runs.map((r) => r.out)).size).toBe(3);
  });
  it('is not byte order', async () => {
    const r = await simulated('gnu', { f: lines }).run('sort -R -u f');
    expect(r.out.split('\n').slice(0, -1)).toHaveLength(20);
    expect(r.out).not.toBe((await simulated('gnu', { f: lines }).run('sort -u f')).out);
  });
});

describe('sort options the workbook refuses or words as musl does', () => {
  it('refuses --random-source (its order comes from the bytes of a file)', async () => {
    expect(await simulated('gnu', files).run('sort --random-source=u u')).toEqual({ out: '', err: "sort: option '--random-source' is not supported in the workbook\n", code: 2 });
  });
  // Without busybox's usage after it: the workbook shows that with status 1, and sort's is 2.
  it('refuses -R in busybox with musl’s words', async () => {
    expect(await simulated('busybox', files).run('sort -R u')).toEqual({ out: '', err: 'sort: unrecognized option: R\n', code: 2 });
  });
  it('names a missing -S value in busybox as musl does', async () => {
    expect(await simulated('busybox', files).run('sort u -S')).toEqual({ out: '', err: 'sort: option requires an argument: S\n', code: 2 });
  });
});
