// uniq's -f/-s/-w (which part of a line is compared), -z, GNU's -D/--all-repeated and --group, and the counts' refusals,
// compared with the real tools.
import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';

const files = {
  f: 'a x 1\nb x 1\nc y 1\nc y 2\nC Y 2\nd\n',
  g: '  a\tx\n\tb x\nfoo\nfoo\nbar\nbar\nbar\nbaz\nqux\nqux\n',
  v: 'a\vb x\na\vc x\na\rd x\n',
  u8: 'éa\néb\nèb\n',
  z: 'a\0a\0b\0',
  zn: 'x\na b\0y\nc b\0',
};

differential('uniq -f -s -w', files, [
  'uniq -f 1 f',
  'uniq -f1 -c f',
  'uniq -s 2 f',
  'uniq -s2 -w1 f',
  'uniq -w 1 f',
  'uniq -w1 -i f',
  'uniq -f 1 -s 1 f',
  'uniq -f 5 g',
  'uniq -f1 -c g',
  'uniq -w 0 -c f',
  'uniq -s 9 f',
  'uniq -d -f 1 f',
  'uniq -u -w 1 f',
  'uniq -cd -s 4 f',
  'uniq -f 2 -w 1 f out; cat out',
  'uniq -f 1 f -',
  // Fields end at blanks: GNU's are space and tab, busybox's any isspace (\v, \r).
  'uniq -f1 v',
  // -s and -w count bytes: é is two of them.
  'uniq -s1 u8',
  'uniq -w1 u8',
  'uniq -s2 -w1 -c u8',
  { cmd: 'uniq -w 1', stdin: 'ab\nac\nb\n' },
]);

differential('uniq -z', files, [
  'uniq -z z | od -c',
  'uniq -z zn | od -c',
  'uniq -z -f1 zn | od -c',
  'uniq -z f | od -c',
  'uniq -cz g | od -c',
  { cmd: 'uniq -z | od -c', stdin: 'a\na\nb' },
  // busybox's line reader stops at a NUL too, with or without -z.
  { cmd: 'uniq -c', stdin: 'a\0b\na\0b\nb\n' },
  { cmd: 'uniq --zero-terminated z | od -c', only: 'gnu' },
]);

differential('uniq counts refused', files, [
  'uniq -f x f; echo $?',
  'uniq -s x f; echo $?',
  'uniq -w x f; echo $?',
  "uniq -w '' f; echo $?",
  'uniq -f -1 f; echo $?',
  'uniq -w 0x1 f; echo $?',
  'uniq -s 1k f; echo $?',
  "uniq -f ' 1' f; echo $?; uniq -f +1 f; echo $?",
  // busybox skips a field per count, even past the end of the line: two billion take it minutes.
  { cmd: 'uniq -f 2147483647 f; echo $?', only: 'gnu' },
  'uniq -f 2147483648 f; echo $?',
  'uniq -w 99999999999 f; echo $?',
  'uniq -s 99999999999999999999 f; echo $?',
  { cmd: 'uniq -f -0 f; echo $?', only: 'gnu' },
  { cmd: 'uniq -w x -s y f; uniq -s y -w x f', only: 'gnu' },
  { cmd: 'uniq --skip-fields=x f; uniq --check-chars x f; uniq --skip-chars=-2 f', only: 'gnu' },
  { cmd: 'uniq -f; echo $?', only: 'gnu' },
  { cmd: 'uniq -w; echo $?', only: 'gnu' },
  { cmd: 'uniq f g h; echo $?', only: 'gnu' },
  // busybox adds its usage, which names the Debian build here.
  { cmd: 'uniq f g h 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'uniq -f 2>/dev/null; echo $?', only: 'busybox' },
]);

differential('uniq -D and --all-repeated', files, [
  'uniq -D g',
  'uniq --all-repeated g',
  'uniq --all-repeated=none g',
  'uniq --all-repeated=prepend g',
  'uniq --all-repeated=separate g',
  'uniq --all-rep=sep g',
  'uniq -D -u g',
  'uniq -D -d g',
  'uniq -Du -w1 f',
  'uniq -D -f1 f',
  'uniq -D -i -w1 f',
  'uniq --all-repeated=prepend -z z | od -c',
  'uniq --skip-fields=1 --check-chars=1 f',
  'uniq --skip-chars=2 --ignore-case f',
  'uniq -D -c g; echo $?',
  'uniq -c --all-repeated=separate g; echo $?',
  'uniq -c -D -f x g; echo $?',
  'uniq --all-repeated=x g; echo $?',
  'uniq --all-repeated= g; echo $?',
].map((cmd) => ({ cmd, only: 'gnu' as const })));

// busybox has neither -D nor long options: getopt's refusal (Alpine's musl words it differently from the
// Debian busybox here), then the usage.
differential('uniq -D in busybox', files, [
  { cmd: 'uniq -D g 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'uniq --all-repeated g 2>/dev/null; echo $?', only: 'busybox' },
]);

describe('busybox uniq words getopt refusals as musl does', () => {
  it('names a missing count', async () => {
    const r = await simulated('busybox', files).run('uniq -f');
    expect(r.err).toMatch(/^uniq: option requires an argument: f\nBusyBox v[\d.]+ .*\n\nUsage: uniq /);
    expect([r.out, r.code]).toEqual(['', 1]);
  });
  it('refuses GNU -D', async () => {
    const r = await simulated('busybox', files).run('uniq -D g');
    expect(r.err).toMatch(/^uniq: unrecognized option: D\nBusyBox v[\d.]+ .*\n\nUsage: uniq /);
    expect([r.out, r.code]).toEqual(['', 1]);
  });
});

// GNU's --group: every line, runs set apart by empty lines as METHOD says.
differential('uniq --group', { 'g.txt': 'a\na\nb\nc\nc\n', 'e.txt': '', 'i.txt': 'A\na\nb\n' }, [
  { cmd: 'uniq --group g.txt; uniq --group=prepend g.txt; uniq --group=append g.txt; uniq --group=both g.txt; uniq --group=separate g.txt', only: 'gnu' },
  { cmd: 'uniq --group=both e.txt; echo "status $?"; uniq --group -i i.txt; uniq --gr=app -z g.txt | od -c', only: 'gnu' },
  { cmd: 'uniq --group -c g.txt; echo "status $?"; uniq -u --group g.txt; echo "status $?"', only: 'gnu' },
  { cmd: 'uniq --group=x g.txt; echo "status $?"', only: 'gnu' },
]);
