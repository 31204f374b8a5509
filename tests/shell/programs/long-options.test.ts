// GNU long options (#15): getopt_long's lookup — the exact name or an unambiguous prefix, mapped to its letter —
// and its refusals (`unrecognized option '--bogus'`, `option '--xx' is ambiguous; possibilities: …`) with each
// program's failure status, compared with the real coreutils.
import { describe, expect, it } from 'vitest';
import { both, ORACLE, simulated } from './oracle.ts';
import type { Vfs } from '../../../src/vfs/vfs.ts';

const files = { 'a.txt': 'one\ntwo two\n\nthree\nthree\n', 'sub/inner': 'x\n', '.hidden': '' };

const cases = [
  'rm --recursive --force sub; ls', 'rm --rec --fo sub; ls', 'rm --bogus a.txt; ls',
  'ls --all', 'ls --almost-all', 'ls --al', 'ls --bogus', 'ls --bogus=3', 'ls --co', 'ls nosuch',
  'wc --lines a.txt', 'wc --words --bytes a.txt', 'wc --bogus a.txt',
  'echo x > b; tee --append b < a.txt > /dev/null; cat b', 'tee --bogus < a.txt',
  'ln --symbolic --force a.txt l; readlink l', 'ln --bogus a.txt l',
  'uniq --count a.txt', 'uniq --repeated a.txt', 'uniq --bogus a.txt',
  'mkdir --parents x/y; ls x', 'mkdir --bogus x',
  'id --user', 'id --bogus',
  'tr --delete o < a.txt', 'tr --squeeze-repeats e < a.txt', 'tr --bogus a b < a.txt',
  'cat --number a.txt', 'cat --show-ends --squeeze-blank a.txt', 'cat --num a.txt', 'cat --bogus a.txt',
  'readlink --canonicalize sub/../a.txt | sed "s|.*/||"', 'readlink --bogus a.txt',
  'touch --no-create new; ls', 'touch --bogus new',
  'rmdir --parents sub 2>&1; echo $?', 'rmdir --bogus sub',
  'cp --recursive sub s2; ls s2', 'cp --bogus a.txt b', 'mv --bogus a.txt b',
  'dirname --bogus a/b',
  'uname --kernel-name', 'uname --bogus',
  'id --user --name', 'mv --verbose a.txt b', 'dirname --zero a/b | od -c', 'which --bogus ls', 'which -x ls',
  // getopt_long's argument checks: `=value` on an option without one, a required one missing at the end.
  'ls --all=x; echo $?', 'ls --al=x', 'ls --all=', 'rm --force=1 a.txt; echo $?', 'cat --number=2 a.txt; echo $?', 'wc --lines=3 a.txt; echo $?',
  'mkdir --parents=x y; echo $?', 'uname --all=1; echo $?', 'ls --sort; echo $?', 'ls --so; echo $?', 'cp a.txt --target-directory; echo $?',
  'uniq --skip-fields; echo $?', 'ls --sort size a.txt', 'ls --color=never a.txt',
  // cp and mv: -v, -n, -T.
  'mv -v a.txt sub', 'cp -v a.txt b', 'cp --verbose -r sub s2', 'mv -n a.txt sub/inner; cat sub/inner', 'cp -n a.txt sub/inner; cat sub/inner',
  'cp -T a.txt sub; echo $?', 'echo z > z; mv -T z sub; echo $?', 'mkdir e; echo y > e/f; mv -T sub e; echo $?',
  'mkdir -v x', 'mkdir -pv x/y/z sub/n', 'mkdir --verbose sub; echo $?',
  // Options with a value that programs take apart themselves go through the same lookup.
  'du --max-d=0 sub', 'du --max-depth 0 sub', 'du --max-depth; echo $?', 'du -- -x; echo $?',
  "touch --da='2020-01-02 03:04:05' a.txt; ls -l --time-style=long-iso a.txt", "touch -d '2020-01-02 03:04:05' a.txt; touch --ref a.txt sub; ls -ld --time-style=iso sub", 'touch --date; echo $?', 'touch --reference=; echo $?',
  'date --da=@0', 'date --date @86400', 'date --date; echo $?', 'date --d=@0 --utc',
];

// The machine's own account entries, which id reads outside the temp dir.
const accounts = (fs: Vfs) => {
  fs.mkdir('/etc', { recursive: true });
  fs.writeFile('/etc/passwd', 'root:x:0:0:root:/root:/bin/bash\n');
  fs.writeFile('/etc/group', 'root:x:0:\n');
};

describe.runIf(ORACLE)('GNU long options, differential', () => {
  for (const cmd of cases) {
    it(cmd, async () => {
      const [ours, real] = await both('gnu', files, cmd, '', accounts);
      expect(ours).toEqual(real);
    });
  }
});

// busybox's cp, mv and mkdir act on -v and -n as well; its long options are only those busybox has.
describe.runIf(ORACLE)('busybox flavour, differential', () => {
  const bb = ['mv -v a.txt b', 'cp -v a.txt b', 'cp -rv sub s2', 'mv -n a.txt sub/inner; cat sub/inner', 'cp -n a.txt sub/inner; cat sub/inner', 'mkdir -v x', 'mkdir -pv x/y', 'mv --verbose a.txt b', 'cp --recursive sub s2; ls s2', 'mkdir --parents x/y; ls x'];
  for (const cmd of bb) {
    it(cmd, async () => {
      const [ours, real] = await both('busybox', files, cmd);
      expect(ours).toEqual(real);
    });
  }
  // Alpine's busybox words getopt's refusals as musl does, the Debian busybox here as glibc: compare what stays.
  for (const cmd of ['cp --backup a.txt b', 'mv --bogus a.txt b', 'ls --all=x', 'cp --force=1 a.txt b']) {
    it(cmd, async () => {
      const [ours, real] = await both('busybox', files, cmd);
      expect([ours.out, ours.code]).toEqual([real.out, real.code]);
      expect(ours.err).toMatch(/^(cp|mv|ls): (unrecognized option|option does not take an argument): /);
    });
  }
});

describe.runIf(ORACLE)('ls statuses by flavour', () => {
  it('GNU ls refuses --bogus and a missing file with 2', async () => {
    const [ours] = await both('gnu', files, 'ls --bogus; echo $?; ls nosuch 2>/dev/null; echo $?');
    expect(ours.out).toBe('2\n2\n');
  });
});

// Options the real program has and the workbook does not act on are refused, never ignored.
const refused: [string, string][] = [
  ['ls --author', "ls: option '--author' is not supported in the workbook"],
  ['ls --dereference', "ls: option '--dereference' is not supported in the workbook"],
  ['ls -L', "ls: option '-L' is not supported in the workbook"],
  ['ls -lQ', "ls: option '-Q' is not supported in the workbook"],
  ['ls --color=always', "ls: option '--color=always' is not supported in the workbook"],
  ['cp --link a.txt b', "cp: option '--link' is not supported in the workbook"],
  ['cp --sparse=never a.txt b', "cp: option '--sparse' is not supported in the workbook"],
  ['mv --strip-trailing-slashes a.txt b', "mv: option '--strip-trailing-slashes' is not supported in the workbook"],
  ['du --inodes', "du: option '--inodes' is not supported in the workbook"],
  ['du --time .', "du: option '--time' is not supported in the workbook"],
  ['wc --files0-from=x', "wc: option '--files0-from' is not supported in the workbook"],
  ['mkdir --context x', "mkdir: option '--context' is not supported in the workbook"],
  ['tr --truncate-set1 a b', "tr: option '--truncate-set1' is not supported in the workbook"],
  ['cp --parents a.txt sub', "cp: option '--parents' is not supported in the workbook"],
  ['rm -i a.txt', "rm: option '-i' is not supported in the workbook"],
  ['mv --interactive a.txt b', "mv: option '--interactive' is not supported in the workbook"],
  ['du --files0-from=x', "du: option '--files0-from' is not supported in the workbook"],
  ['stat -t a.txt', "stat: option '-t' is not supported in the workbook"],
  ['mktemp -u', "mktemp: option '-u' is not supported in the workbook"],
  ['gzip -t a.txt', "gzip: option '-t' is not supported in the workbook"],
];

describe('long options the workbook leaves out', () => {
  for (const [cmd, message] of refused) {
    it(cmd, async () => {
      const r = await simulated('gnu', files).run(cmd);
      expect(r).toEqual({ out: '', err: message + '\n', code: cmd.startsWith('ls') ? 2 : 1 });
    });
  }
  it('busybox refuses the long options it has but the workbook does not act on', async () => {
    expect(await simulated('busybox', files).run('ls --group-directories-first')).toEqual({ out: '', err: "ls: option '--group-directories-first' is not supported in the workbook\n", code: 1 });
  });
  it('busybox refuses the letters it has but the workbook does not act on, and words getopt errors as musl does', async () => {
    expect(await simulated('busybox', files).run('ls -L')).toEqual({ out: '', err: "ls: option '-L' is not supported in the workbook\n", code: 1 });
    const missing = await simulated('busybox', files).run('ls -w');
    expect(missing.err).toMatch(/^ls: option requires an argument: w\nBusyBox v[\d.]+ .*\n\nUsage: ls \[-1AaCxdLHRFplinshrSXvctu\] \[-w WIDTH\]/);
    expect(missing.code).toBe(1);
  });
});
