// ls's order (-S, -t, -v, -X, -U, GNU's --sort=WORD; ties by name; -r) and GNU's --time-style / --full-time,
// busybox's -S/-t/-v/-X and --full-time, compared with the real tools. Times are set with touch -d so both
// sides list the same instants.
import { describe, expect, it } from 'vitest';
import { both, ORACLE, type Flavour } from './oracle.ts';

const files = { 'b.txt': 'xx\n', 'a.log': 'x'.repeat(5000), 'c': '', 'file10': 'yyy', 'file9': 'y', 'file1.2.tar.gz': '', 'z.md': 'zzzzzz' };
const dated = "touch -d '2020-01-02 03:04:05' a.log; touch -d '2026-11-20 10:00:00' b.txt; touch -d '2021-06-01 12:00:00' c file10 file9 file1.2.tar.gz; touch -d '2019-03-04 05:06:07' z.md; ";

const gnu = [
  'ls -S', 'ls -Sr', 'ls --sort=size', 'ls --sort=si', 'ls --sort size', 'ls -X', 'ls --sort=extension', 'ls -v', 'ls --sort=version',
  'ls --sort=width', 'ls -U -d c', 'ls -S --sort=none a.log b.txt', 'ls -t -S', 'ls -S -t', 'ls b.txt a.log c', 'ls -S c b.txt a.log',
  'ls --sort=x; echo $?', 'ls --sort=; echo $?', 'ls --sort; echo $?', 'ls --sort=bogus --sort=size; echo $?',
  'ls -t', 'ls -tr', 'ls --sort=time', 'ls -lt',
  'ls -l --time-style=full-iso', 'ls -l --time-style=long-iso', 'ls -l --time-style=iso', 'ls -l --time-style=locale', 'ls -l --time-style=full',
  "ls -l --time-style=+%Y/%m/%d", "ls -l --time-style='+%Y\n%H:%M' b.txt a.log", 'ls -l --time-style=posix-long-iso a.log', 'ls --full-time a.log',
  'ls --full-time --time-style=long-iso a.log', 'ls --time-style=long-iso --full-time a.log', 'TIME_STYLE=long-iso ls -l a.log',
  'ls -l --time-style=bogus; echo $?', 'ls -l --time-style=l; echo $?', 'ls --time-style=bogus a.log; echo $?',
  'ls --color=never c', 'ls --color=auto c', 'ls --color=bogus c; echo $?',
];
const busybox = ['ls -S', 'ls -Sr', 'ls -X', 'ls -v', 'ls -t', 'ls -tr', 'ls -t -S', 'ls b.txt a.log c', 'ls --full-time a.log b.txt', 'ls --color=never c'];

describe.runIf(ORACLE)('ls order and time style, differential', () => {
  for (const [flavour, cases] of [['gnu', gnu], ['busybox', busybox]] as [Flavour, string[]][]) {
    for (const cmd of cases) {
      it(`${flavour}: ${cmd}`, async () => {
        const [ours, real] = await both(flavour, files, dated + cmd);
        expect(ours).toEqual(real);
      });
    }
  }
});

// The Alpine busybox we imitate words getopt's refusals as musl does; the Debian busybox here as glibc does.
describe.runIf(ORACLE)('busybox ls refuses GNU-only long options', () => {
  for (const cmd of ['ls --sort=size', 'ls --time-style=iso', 'ls --all=x']) {
    it(cmd, async () => {
      const [ours, real] = await both('busybox', files, cmd);
      expect([ours.out, ours.code]).toEqual([real.out, real.code]);
      expect(ours.err).toMatch(/^ls: unrecognized option: /);
    });
  }
});
