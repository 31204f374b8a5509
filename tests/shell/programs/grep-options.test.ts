import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';

const files = {
  data: 'foo\nbar\nbaz\nqux\n',
  p: 'foo\nbar\n',
  pe: 'foo\n\n',
  pn: 'o\nzz',
  pbad: 'a(\n',
  pbad2: 'ok\nb(\n',
  empty: '',
  bin: 'abc\0def\nxyz\n',
  b2: 'x\0\0\0y\n',
  txt: 'hello\nworld\n',
  g: 'one\ntwo foo\nthree\nfour foo foo\n',
  u: 'h\u00e9 foo\n',
  e: 'x\n\nfoo\n',
  many: Array.from({ length: 12 }, (_, k) => `${k + 1} foo\n`).join(''),
  top: 'foo\n',
  'd/a': 'foo\n',
  'd/sub/b': 'foo\n',
  zz: 'foo\nbar\0baz\0foo2',
};

// -f FILE: patterns one a line, with -e, from standard input; an empty file matches nothing.
differential('grep -f', files, [
  'grep -f p data',
  'grep -f empty data; echo $?',
  'grep -v -f empty data',
  'grep -x -f empty data; echo $?',
  'grep -vx -f empty data',
  'grep -c -f empty data; echo $?',
  'grep -L -f empty data; echo $?',
  'grep -f empty nofile; echo $?',
  'grep -f pe data',
  'grep -c -f pe data',
  'grep -f pn data',
  'grep -f nofile data; echo $?',
  'grep -f p -e qux data',
  'grep -e qux -f p data',
  'grep -f p -f pn data',
  'grep -o -f p data',
  { cmd: 'grep -f - data', stdin: 'bar\n' },
  'grep -f - data < p',
  { cmd: 'grep -f -; echo $?', stdin: 'foo\n' },
  'grep -ffoo data; echo $?',
  'grep -f d data; echo $?',
  'grep -f pbad data; echo $?',
  'grep -E -f pbad2 data; echo $?',
  'grep -E -e a -e "b(" data; echo $?',
  'grep -E -e "x(" -f pbad2 data; echo $?',
  { cmd: 'grep -E -f - data; echo $?', stdin: 'ok\nb(\n' },
  // the usage that follows names the real busybox's build: its own it() below
  'grep -f 2>/dev/null; echo $?',
  { cmd: 'grep --file=p data', only: 'gnu' },
]);

// GNU's binary files (a NUL byte): no lines printed, a match told on stderr, -a reads them as text, -I skips them.
// busybox takes -a and -I and ignores them, as it does NUL bytes.
differential('grep -a and -I', files, [
  'grep def bin; echo $?',
  'grep hello bin txt',
  'grep -H def bin txt',
  'grep -c def bin',
  'grep -l def bin',
  'grep -q def bin; echo $?',
  'grep -v nomatch bin',
  'grep -o def bin',
  'grep -n -A1 abc bin',
  'grep -s def bin nofile; echo $?',
  'grep -c . bin',
  "grep -c '^def' bin",
  "grep -c '' b2",
  "grep -c '^$' b2",
  'grep -a def bin',
  'grep -an c.d bin; echo $?',
  'grep -I def bin txt; echo $?',
  'grep -I hello bin txt',
  'grep -Ic def bin; echo $?',
  'grep -IL def bin txt; echo $?',
  'grep -Il def bin txt; echo $?',
  { cmd: 'grep x; echo $?', stdin: 'a\0x\n' },
  { cmd: 'grep -c x', stdin: 'a\0x\n' },
  { cmd: 'grep --text def bin', only: 'gnu' },
  { cmd: 'grep --binary-files=without-match def bin; echo $?', only: 'gnu' },
  { cmd: 'grep --binary-files=text def bin', only: 'gnu' },
  { cmd: 'grep --binary-files=x def bin; echo $?', only: 'gnu' },
]);

// -b, -T, -Z and -U are GNU's.
differential('grep -b -T -Z -U', files, [
  'grep -b foo g',
  'grep -bn foo g txt',
  'grep -bo foo g',
  'grep -b -A1 two g',
  'grep -bH foo u',
  'grep -bo foo u',
  'grep -bc foo g',
  'grep -bv foo g',
  'grep --byte-offset foo g',
  'grep -T foo g',
  'grep -Tn foo g',
  'grep -THn foo g',
  'grep -THnb foo g',
  'grep -Tb foo g',
  'grep -Tnb -C1 two g txt',
  "grep -Tn -A1 '^$' e",
  "grep -Tn '' e",
  "grep -TH '' e",
  'grep -Tn foo many',
  'grep -Tnb foo many',
  'grep -Tbo foo g',
  'grep -Tc foo g txt',
  'grep -To foo g',
  { cmd: 'grep -Tn foo', stdin: 'x\nfoo\n' },
  { cmd: 'grep -THb foo', stdin: 'x\nfoo\n' },
  'grep --initial-tab -H foo g',
  'grep -Z foo g txt',
  'grep -Zl foo g txt',
  'grep -ZL foo g txt',
  'grep -Zc foo g txt',
  'grep -Z -C1 two g txt',
  'grep -Z foo g',
  'grep -ZHn foo g',
  'grep -TZn foo g txt',
  'grep --null -l foo g',
  'grep -U foo top',
  'grep --binary foo top',
].map((c) => ({ ...(typeof c === 'string' ? { cmd: c } : c), only: 'gnu' as const })));

// -d ACTION (read: GNU's "Is a directory", skip, recurse) and -D ACTION; busybox reads a directory as an empty file.
differential('grep -d and -D', files, [
  'grep foo d top; echo $?',
  'grep -c foo d top; echo $?',
  'grep -L foo d top; echo $?',
  'grep -l foo d top; echo $?',
  'grep -q foo d top; echo $?',
  'grep -q nomatch d top; echo $?',
  'grep -s foo d; echo $?',
  'grep -r foo top',
  'grep -c foo /dev/null',
  { cmd: 'grep -r foo d/a top', sortLines: true },
  { cmd: 'grep -d skip foo d top', only: 'gnu' },
  { cmd: 'grep -d read foo d; echo $?', only: 'gnu' },
  { cmd: 'grep -d recurse foo d', only: 'gnu', sortLines: true },
  { cmd: 'grep --directories=recurse -h foo d', only: 'gnu' },
  { cmd: 'grep -r -d skip foo d; echo $?', only: 'gnu' },
  { cmd: 'grep -d skip -r foo d', only: 'gnu', sortLines: true },
  { cmd: 'grep -d bogus foo d; echo $?', only: 'gnu' },
  { cmd: 'grep -d; echo $?', only: 'gnu' },
  { cmd: 'grep --directories=sk foo d top', only: 'gnu' },
  { cmd: 'grep --dir=skip foo d top', only: 'gnu' },
  { cmd: 'grep -ds foo d; echo $?', only: 'gnu' },
  { cmd: 'grep -D skip foo top', only: 'gnu' },
  { cmd: 'grep -D read foo top', only: 'gnu' },
  { cmd: 'grep -D bogus foo top; echo $?', only: 'gnu' },
  { cmd: 'grep -D skip -c foo /dev/null; echo $?', only: 'gnu' },
  { cmd: 'grep --devices=skip -c foo /dev/null top', only: 'gnu' },
]);

// -d recurse with no operand searches `.`, naming files without `./`.
differential('grep -d recurse', { top: 'foo\n', 'd/a': 'foo\n', 'd/sub/b': 'bar\n' }, [{ cmd: 'grep -d recurse foo', only: 'gnu', sortLines: true }]);

// -z: NUL-ended lines (records); GNU's ^ and $ anchor at the record's ends, busybox's at newlines too.
differential('grep -z', files, [
  'grep -z foo zz',
  'grep -zn foo zz top',
  'grep -zc foo zz',
  'grep -zl foo zz top',
  'grep -z -A1 baz zz',
  'grep -zo fo zz',
  'grep -zv baz zz',
  "grep -z '^bar' zz; echo $?",
  "grep -z 'bar$' zz",
  "grep -z 'o.b' zz",
  'grep -zx foo2 zz',
  'grep -z def bin',
]);

// GNU's long spellings (getopt_long's abbreviations and complaints), -y, -u, --label; busybox's -L status.
differential('grep long options', files, [
  'grep -L zzz data; echo $?',
  'grep -L foo data; echo $?',
  'grep --color=never foo data',
  { cmd: 'grep --fi=p data; echo $?', only: 'gnu' },
  { cmd: 'grep --max-count=1 -e foo -e bar data', only: 'gnu' },
  { cmd: 'grep --context 1 baz data', only: 'gnu' },
  { cmd: 'grep --count=3 foo data; echo $?', only: 'gnu' },
  { cmd: 'grep --regexp; echo $?', only: 'gnu' },
  { cmd: 'grep -m0 foo nofile; echo $?', only: 'gnu' },
  { cmd: "grep -v '' nofile; echo $?", only: 'gnu' },
  { cmd: 'grep -y FOO data', only: 'gnu' },
  { cmd: 'grep --no-ignore-case -i FOO data', only: 'gnu' },
  { cmd: 'grep -i --no-ignore-case FOO data; echo $?', only: 'gnu' },
  { cmd: 'grep --line-buffered foo data', only: 'gnu' },
  { cmd: 'grep -u foo data', only: 'gnu' },
  { cmd: 'grep --label=X -H foo', stdin: 'foo\n', only: 'gnu' },
  { cmd: 'grep --label=X -c foo - data', stdin: 'foo\n', only: 'gnu' },
]);

describe('grep options the workbook words its own way', () => {
  it('busybox words getopt errors as musl does', async () => {
    const missing = await simulated('busybox', files).run('grep -f');
    expect(missing.err).toMatch(/^grep: option requires an argument: f\nUsage: grep /);
    expect(missing.code).toBe(2);
    expect((await simulated('busybox', files).run('grep -b x data')).err).toMatch(/^grep: unrecognized option: b\n/);
    expect((await simulated('busybox', files).run('grep --label=X x data')).err).toMatch(/^grep: unrecognized option: label\n/);
  });

  it('keeps -P and the long options it does not act on refused', async () => {
    expect(await simulated('gnu', files).run('grep -P "fo\\Ko" data')).toEqual({ out: '', err: "grep: option '-P' is not supported in the workbook\n", code: 2 });
    expect(await simulated('gnu', files).run('grep --perl-regexp x data')).toEqual({ out: '', err: "grep: option '--perl-regexp' is not supported in the workbook\n", code: 2 });
    expect(await simulated('gnu', files).run('grep --exclude-from=p x data')).toEqual({ out: '', err: "grep: option '--exclude-from' is not supported in the workbook\n", code: 2 });
  });

  it('takes an image binary (a sized stand-in) for a binary file', async () => {
    const sh = simulated('gnu', files, (fs) => {
      fs.writeFile('/w/prog', '# stand-in for prog\n');
      const node = fs.lstat('/w/prog');
      if (node.type === 'file') node.size = 40960;
    });
    expect(await sh.run('grep stand-in prog; grep -c stand-in prog; grep -a stand-in prog')).toEqual({ out: '1\n# stand-in for prog\n', err: 'grep: prog: binary file matches\n', code: 0 });
  });
});
