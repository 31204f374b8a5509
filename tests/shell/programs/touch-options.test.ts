// touch -t STAMP and -f, compared with the real tools. Every time is named (or compared with the clock of
// the shell that ran it: `date +%Y`), so the comparison holds on any day; the oracle fixes TZ=UTC.
import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';

const files = { a: 'x\n' };
// Shows the time set only where touch succeeded (a refused stamp leaves no file to date).
const at = (stamp: string, fmt = '+%s') => `touch -t '${stamp}' t && date -r t ${fmt}; echo $?`;

differential('touch -t', files, [
  at('202001020304'),
  at('202001020304.05'),
  at('2001020304'),
  at('8001020304', '+%Y'),
  at('9901020304', '+%Y'),
  at('0001020304', '+%Y'),
  at('202001020304.60'),
  at('202002290000'),
  at('202012312359.59'),
  // YY: GNU's 69–99 are 19YY; busybox's are within fifty years of now (2070 for 70 here).
  at('7001020304', '+%Y'),
  at('6901020304', '+%Y'),
  // Refused by both.
  ...['1', '202013020304', '202001022504', '202001020360', '202001320304', '202001020304.61', 'x', '', '20200102030405', ' 202001020304', '202001020304.', '202001020304.5x', '1999010203', '2020010203.04'].map((s) => at(s)),
  // busybox lets mktime roll a day or month over, reads any seconds, and refuses mktime's -1.
  at('202002300304', '+%F'),
  at('201902290000', '+%F'),
  at('202001000304', '+%F'),
  at('202000020304', '+%F'),
  at('202001020304.5'),
  at('202001020304.005'),
  at('202001020304.+5'),
  at('196912312359.59'),
  // Without a year, this year; busybox takes shorter stamps too, the rest from now.
  "touch -t 01020304 t && date -r t +%m%d%H%M%S && [ $(date -r t +%Y) = $(date +%Y) ] && echo 'this year'",
  "touch -t 020304 t && date -r t +%d%H%M%S && [ $(date -r t +%Y%m) = $(date +%Y%m) ] && echo 'this month'; echo $?",
  "touch -t 0304.09 t && date -r t +%H%M%S && [ $(date -r t +%F) = $(date +%F) ] && echo today; echo $?",
  "touch -t 04 t && date -r t +%M%S; echo $?",
  'touch -c -t 202001020304 nofile; echo $?; [ -e nofile ] || echo none',
  'touch -ct 202001020304 a && date -r a +%s',
  'touch -t 202001020304 a t && date -r a +%s && date -r t +%s',
]);

differential('touch -t with -d and -r', files, [
  // GNU takes one source of times; busybox reads -d and -t alike (the last one counts) and refuses -t with -r.
  'touch -t 202001020304 -d 2019-01-01 t; echo $?; [ -e t ] && date -r t +%F',
  'touch -d 2019-01-01 -t 202001020304 t; echo $?; [ -e t ] && date -r t +%F',
  { cmd: 'touch -r a -t 202001020304 t; echo $?', only: 'gnu' },
  { cmd: 'touch -t 202001020304 --reference=a t; echo $?', only: 'gnu' },
  { cmd: 'touch -t bad -d x t; echo $?', only: 'gnu' },
  { cmd: 'touch -t 202001020304; echo $?', only: 'gnu' },
  { cmd: 'touch -t; echo $?', only: 'gnu' },
  { cmd: 'touch; echo $?', only: 'gnu' },
  { cmd: 'touch -r a -t 202001020304 t 2>/dev/null; echo $?; [ -e t ] || echo none', only: 'busybox' },
  { cmd: 'touch -t 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'touch 2>/dev/null; echo $?', only: 'busybox' },
  // busybox's -d reads the digits form too.
  { cmd: 'touch -d 202001020304.07 t && date -r t +%s', only: 'busybox' },
  // A date with -r: GNU's is relative to the reference's time, busybox's replaces it.
  "touch -d '2020-01-02 03:04:05' a; touch -r a -d 2019-03-04 t && date -r t +%F; touch -d 2019-03-04 -r a u && date -r u +%F",
  'touch -r nofile -d 2020-01-01 t; echo $?',
  { cmd: "touch -d '2020-01-02 03:04:05' a; touch -r a -d now t && date -r t +%s", only: 'gnu' },
]);

differential('touch -f', files, [
  'touch -f t; echo $?; ls t',
  'touch -cf n; echo $?; [ -e n ] || echo none',
  'touch -ft 202001020304 a && date -r a +%s',
  'touch -fd @5 a && date -r a +%s',
]);

// -h: the symlink's own time (a dangling one too); GNU creates nothing, busybox still makes a missing file;
// GNU reads a symlink reference as the link, busybox follows it.
differential('touch -h', files, [
  'ln -s a al; ln -s nowhere dang; touch -d @100 a; touch -h -d @5 al; stat -c "%n %Y" a al; touch -h -d @7 dang; echo $?; stat -c "%n %Y" dang; [ -e nowhere ] || echo none',
  'touch -h newfile; echo $?; ls newfile; touch -ch other; echo $?',
  'ln -s a al2; touch -d @100 a; touch -d @3 -h al2; touch -h -r al2 t; stat -c %Y t; touch -r al2 u; stat -c %Y u',
  'ln -s a al; touch -d @100 a; touch --no-dereference -d @8 al; stat -c "%n %Y" a al',
]);

describe('touch options the workbook words as musl does', () => {
  it('names a missing stamp and shows the usage, as Alpine does', async () => {
    const r = await simulated('busybox', files).run('touch -t');
    expect(r.err).toMatch(/^touch: option requires an argument: t\nBusyBox v[\d.]+ .*\n\nUsage: touch /);
    expect([r.out, r.code]).toEqual(['', 1]);
  });
  it('shows busybox’s usage for -t with -r, or no file', async () => {
    for (const cmd of ['touch -r a -t 202001020304 t', 'touch', 'touch -t 202001020304']) {
      const r = await simulated('busybox', files).run(cmd);
      expect(r.err).toMatch(/^BusyBox v[\d.]+ .*\n\nUsage: touch /);
      expect([r.out, r.code]).toEqual(['', 1]);
    }
  });
});
