import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';

const files = {
  in: 'abc\nbcd\n',
  s1: 's/a/A/\np\n',
  sn: '#n\np\n',
  sn2: '#nope\n2p\n',
  sn3: '#n\np',
  sn4: '  #n\np\n',
  sc: '1d\n# a comment\ns/b/B/ # trailing\n',
  sblock: '1{ # open\n  p # again\n}\n',
  sbad: 's/x/y/\nk\n',
  sbad2: 's/x/y/\ns/a/b\n',
  sbad3: '1{\np\n',
  m1: '1\n',
  m3: 'p\n\n\nk\n',
  m8: 'p\n}\n',
  m9: 's/a/b/x\n',
  empty: '',
  'd/x': 'p\n',
};

// -f SCRIPT-FILE: in order with -e for GNU, after every -e for busybox; `#n` first; a missing file.
differential('sed -f', files, [
  'sed -f s1 in',
  'sed --file=s1 in',
  'sed -fs1 in',
  'sed -f sc in',
  'sed -f sblock in',
  'sed -f empty in',
  'sed -f d in',
  "sed -e 's/c/C/' -f s1 in",
  "sed -f s1 -e 's/c/C/' in",
  'sed -f s1 -f sn in',
  'sed -f sn -f s1 in',
  'sed -f - in < s1',
  { cmd: 'sed -f - in', stdin: 'p\n' },
  { cmd: 'sed -f -; echo $?', stdin: 'p\n' },
  'sed -f nofile in; echo $?',
  'sed -f sbad in; echo $?',
  'sed -f sbad2 in; echo $?',
  'sed -f m3 in; echo $?',
  'sed -f m9 in; echo $?',
  'sed -f s1 -e k in; echo $?',
  // the usage that follows names the real busybox's build: the musl wording has its own it() below
  'sed -f 2>/dev/null; echo $?',
  { cmd: 'sed -f sbad3 in; echo $?', only: 'gnu' },
  { cmd: 'sed -f m8 in; echo $?', only: 'gnu' },
  // busybox's "missing command" for an address before a newline is the parser's own business
  { cmd: 'sed -f m1 in; echo $?', only: 'gnu' },
]);

// `#n` is -n only as the first two characters of the first piece for GNU (not through a pipe on -f -),
// any comment starting with n for busybox; comments everywhere else are skipped.
differential('sed #n and comments', files, [
  'sed -f sn in',
  'sed -f sn2 in',
  'sed -f sn3 in',
  'sed -f sn4 in',
  "sed -e '#n' -e p in",
  "sed '#n;p' in",
  'sed -n -f sn in',
  'sed -e p -f sn in',
  "sed -e p -e '#n' in",
  "sed 'p;#n' in",
  { cmd: 'sed -f - in', stdin: '#n\np\n' },
  "sed 's/a/b/ # c' in",
  "sed 's/a/b/#c' in",
  "sed -n '/b/p # print' in",
  "sed 'y/a/x/;# c' in",
  "sed '$!d # last' in",
  "sed '1#c' in; echo $?",
]);

// GNU's -u, -l N (the `l` command's wrap, which this sed has no `l` for), -b, -s; GNU compiles an -e under
// the -E given before it. busybox has none of these letters.
differential('sed -u -l -s', files, [
  "echo a | sed -e 's/(a)/b/' -E",
  "echo a | sed -E -e 's/(a)/b/'",
  'sed -s p in 2>/dev/null; echo $?',
  'sed -u p in 2>/dev/null; echo $?',
  'sed -l 5 p in 2>/dev/null; echo $?',
  'echo | sed -i p; echo $?',
  { cmd: 'sed -u p in', only: 'gnu' },
  { cmd: 'sed --unbuffered -n p in', only: 'gnu' },
  { cmd: 'sed -l 5 p in', only: 'gnu' },
  { cmd: 'sed -l abc -n p in', only: 'gnu' },
  { cmd: 'sed -l5 -n p in', only: 'gnu' },
  { cmd: 'sed --line-length=1 p in', only: 'gnu' },
  { cmd: 'sed -l 2>&1 | head -2', only: 'gnu' },
  { cmd: 'sed -b p in', only: 'gnu' },
  { cmd: 'sed -s 1d in in', only: 'gnu' },
  { cmd: 'sed --separate 1d in in', only: 'gnu' },
  { cmd: 'sed --s p in 2>&1 | head -2', only: 'gnu' },
  { cmd: 'sed --qu p in', only: 'gnu' },
  { cmd: 'sed --expression p in', only: 'gnu' },
  { cmd: 'sed --nosuch p in 2>&1 | head -2', only: 'gnu' },
  { cmd: 'sed --quiet=x p in 2>&1 | head -2', only: 'gnu' },
  { cmd: 'sed --expression 2>&1 | head -2', only: 'gnu' },
  { cmd: 'sed --quiet --expression=p in', only: 'busybox' },
]);

describe('sed options the workbook words its own way', () => {
  it('busybox words getopt errors as musl does, its usage after', async () => {
    const missing = await simulated('busybox', files).run('sed -f');
    expect(missing.err).toMatch(/^sed: option requires an argument: f\nBusyBox v[\d.]+ .*\n\nUsage: sed /);
    expect(missing.code).toBe(1);
    expect((await simulated('busybox', files).run('sed -s p in')).err).toMatch(/^sed: unrecognized option: s\nBusyBox/);
    expect((await simulated('busybox', files).run('sed --posix p in')).err).toMatch(/^sed: unrecognized option: posix\nBusyBox/);
    expect((await simulated('busybox', files).run('sed --expression')).err).toMatch(/^sed: option requires an argument: expression\nBusyBox/);
  });

  it('refuses the long options it does not act on', async () => {
    expect(await simulated('gnu', files).run('sed --posix p in')).toEqual({ out: '', err: "sed: option '--posix' is not supported in the workbook\n", code: 1 });
  });
});
