// GNU long options (#15): getopt_long's lookup — the exact name or an unambiguous prefix, mapped to its letter —
// and its refusals (`unrecognized option '--bogus'`, `option '--xx' is ambiguous; possibilities: …`) with each
// program's failure status, compared with the real coreutils.
import { describe, expect, it } from 'vitest';
import { both, ORACLE } from './oracle.ts';

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
];

describe.runIf(ORACLE)('GNU long options, differential', () => {
  for (const cmd of cases) {
    it(cmd, async () => {
      const [ours, real] = await both('gnu', files, cmd);
      expect(ours).toEqual(real);
    });
  }
});

describe.runIf(ORACLE)('ls statuses by flavour', () => {
  it('GNU ls refuses --bogus and a missing file with 2', async () => {
    const [ours] = await both('gnu', files, 'ls --bogus; echo $?; ls nosuch 2>/dev/null; echo $?');
    expect(ours.out).toBe('2\n2\n');
  });
});
