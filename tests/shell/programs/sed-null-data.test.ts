import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';

const files = {
  lines: 'one\ntwo\nthree\n',
  z: 'a\0b\0c\0',
  zt: 'a\0b\0c',
  mixed: 'x\ny\0z\n',
  nonl: 'p\nq',
  u: 'caf\u00e9\tx\n',
  esc: 'a\\b\x07\b\f\r\v\x1bx\x7f\n',
  long: '0'.repeat(150) + '\n',
  edge: '0'.repeat(67) + '\u00e9\n',
  s1: '$!N\nl\n',
};

// GNU's -z / --null-data: a line ends at NUL; N, G, H join with NUL and P, D look for it; `=`, i and c end in
// NUL, a's text keeps its newline; regexes are unchanged (`.` and \n match a newline, ^ and $ only at the
// ends). busybox has no -z, but its reader ends a line at a NUL as well as at a newline.
differential('sed -z', files, [
  { cmd: "sed -z 's/^/x/' z | od -c", only: 'gnu' },
  { cmd: "sed -z 's/\\n/,/g' lines", only: 'gnu' },
  { cmd: "sed -z 's/^/x/g;s/$/y/g' lines", only: 'gnu' },
  { cmd: "sed -z 's/one.two/X/;s/^two/Y/' lines", only: 'gnu' },
  { cmd: "sed --null-data '$s/^/L/' zt | od -c", only: 'gnu' },
  { cmd: "sed --zero-terminated -n '2p' z | od -c", only: 'gnu' },
  { cmd: "sed -nz '$p' zt | od -c", only: 'gnu' },
  { cmd: 'sed -z p zt | od -c', only: 'gnu' },
  { cmd: 'sed -z -n p zt | od -c', only: 'gnu' },
  { cmd: "sed -z 'N;N;s/\\n/-/g' z | od -c", only: 'gnu' },
  { cmd: "sed -z 'N;y/\\n/-/' z | od -c", only: 'gnu' },
  { cmd: "sed -z 'N;P;D' z | od -c", only: 'gnu' },
  { cmd: "sed -z '$!N;P;D' zt | od -c", only: 'gnu' },
  { cmd: "sed -z -n '$!N;P' z | od -c", only: 'gnu' },
  { cmd: 'sed -z G z | od -c', only: 'gnu' },
  { cmd: "sed -z 'H;$!d;x' z | od -c", only: 'gnu' },
  { cmd: "sed -z '1h;2G' z | od -c", only: 'gnu' },
  { cmd: 'sed -z = zt | od -c', only: 'gnu' },
  { cmd: "sed -z 'a foo' zt | od -c", only: 'gnu' },
  { cmd: "sed -z '1a foo' lines | od -c", only: 'gnu' },
  { cmd: "sed -z 'i foo' z | od -c", only: 'gnu' },
  { cmd: "sed -z '2c foo' zt | od -c", only: 'gnu' },
  { cmd: "sed -z 'n;d' z | od -c", only: 'gnu' },
  { cmd: "sed -z '2q' z | od -c", only: 'gnu' },
  { cmd: 'sed -z -s 1d z zt | od -c', only: 'gnu' },
  { cmd: "sed -z '$!d' zt z | od -c", only: 'gnu' },
  { cmd: "sed -z 's/^/-/' mixed | od -c", only: 'gnu' },
  { cmd: "sed -z -i 's/$/!/' z; od -c z", only: 'gnu' },
  { cmd: "sed -z -n 'N;N;l' z | od -c", only: 'gnu' },
  { cmd: "sed -z -n 'l 3' zt | od -c", only: 'gnu' },
  { cmd: "sed -zE 's/(a|b)/<\\1>/' z | od -c", only: 'gnu' },
  { cmd: 'sed -z p 2>/dev/null; echo $?', only: 'busybox' },
  // busybox: a NUL ends a line too, and the line is printed back with the NUL it ended with
  { cmd: "sed 's/^/x/' z | od -c", only: 'busybox' },
  { cmd: "sed 's/^/x/' mixed | od -c", only: 'busybox' },
  { cmd: 'sed = z | od -c', only: 'busybox' },
  { cmd: 'sed p z | od -c', only: 'busybox' },
  { cmd: "sed '$!d' z | od -c", only: 'busybox' },
  { cmd: "sed 'N;s/\\n/-/' z | od -c", only: 'busybox' },
  { cmd: "sed 'a foo' z | od -c", only: 'busybox' },
  { cmd: "sed 'x;G' zt | od -c", only: 'busybox' },
  { cmd: "sed -n '$p' zt | od -c", only: 'busybox' },
  // GNU reads a NUL as a character like any other
  { cmd: "sed 's/^/x/' z | od -c", only: 'gnu' },
  { cmd: "sed '$!d' z | od -c", only: 'gnu' },
]);

// Output of a last line without its newline: GNU holds the newline back until more output comes (so -n p
// leaves it off), the hold space keeps its own; busybox ends each p with a newline, G and x give one back.
differential('sed last line without newline', files, [
  'sed -n p nonl | od -c',
  'sed p nonl | od -c',
  "sed '$!d;h;G' nonl | od -c",
  "sed 'x;p;x' nonl | od -c",
  "sed -n '1p' nonl lines | od -c",
  "sed 's/p//' nonl lines | od -c",
  "sed '$a end' nonl | od -c",
  "sed '$i start' nonl | od -c",
  'sed = nonl lines | od -c',
  { cmd: 'sed -s n nonl lines', only: 'gnu' },
  { cmd: "sed -s 'N;N;s/\\n/+/g' nonl lines", only: 'gnu' },
]);

// The cycle's commands the delimiter goes through: D starts the script again on what is left, N past the
// last line prints and stops, n and N write the a texts queued before they read; `.` matches a newline.
// GNU -i's q leaves the files after it alone.
differential('sed N D n', files, [
  "printf 'a\\nb\\nc\\n' | sed 'N;P;D'",
  "printf 'a\\nb\\nc\\nd\\n' | sed '$!N;$!D'",
  "printf 'a\\nb\\nc\\n' | sed 'N;s/^/x/'",
  "printf 'a\\nb\\nc\\n' | sed -n 'N;l'",
  "printf 'a\\nb\\nc\\n' | sed '$!N;s/a.b/X/'",
  "printf 'a\\nb\\nc\\n' | sed '1a foo' -e N",
  "printf 'a\\nb\\n' | sed '1a foo' -e n",
  "printf 'a\\nb\\n' | sed 'n;n;s/^/x/'",
  "printf 'a\\r\\n' | sed 's/a./X/'",
  "printf 'a b\\n' | sed 's/ /\\n/;P;D'",
  { cmd: 'sed -i 1q lines s1; cat lines s1', only: 'gnu' },
]);

// y's escapes: \n for the newline N puts in, \t; GNU's \\ is a backslash where busybox keeps both, and
// busybox pairs the characters up to the shorter string's end where GNU refuses strings of different lengths.
differential('sed y escapes', files, [
  "sed 'N;y/\\n/-/' lines",
  "printf 'a\\\\b\\tc\\n' | sed 'y/\\\\\\t/|_/'",
  "sed 'y/o/\\n/' lines",
  "sed 'y/on/x/' lines; echo $?",
]);

// The l command: C escapes, octal for other bytes (the C locale), `\` line breaks so that no output line
// is longer than the width less one, `$` at the end. GNU's l takes a width (0: no wrapping), -l N sets the
// default (70; COLS less one from the environment); busybox parses l and does nothing with it.
differential('sed l', files, [
  "printf 'tab\\there\\n' | sed -n l",
  'sed -n l u',
  'sed -n l esc',
  'sed l nonl | od -c',
  "sed -n '$!N;l' lines",
  'sed -n l long',
  'sed -n l edge',
  "sed -n 'l;p' lines",
  "sed -n 'l;d' lines",
  "sed -n '{l}' lines",
  "sed -n 'l # c' lines",
  "sed -n '2l' lines",
  'sed -f s1 -n lines',
  "printf 'a' | sed -n 'l;p' | od -c",
  { cmd: "sed -n 'l 20' long", only: 'gnu' },
  { cmd: "sed -n 'l20' long", only: 'gnu' },
  { cmd: "sed -n 'l 0' long", only: 'gnu' },
  { cmd: "sed -n 'l 1' lines", only: 'gnu' },
  { cmd: "sed -n 'l 2' lines", only: 'gnu' },
  { cmd: "sed -n 'l 4' u", only: 'gnu' },
  { cmd: "sed -n 'l 5;p' lines", only: 'gnu' },
  { cmd: "sed -n '1,2l 3' lines", only: 'gnu' },
  { cmd: 'sed -l 20 -n l long', only: 'gnu' },
  { cmd: 'sed -l0 -n l long', only: 'gnu' },
  { cmd: 'sed --line-length=10 -n l long', only: 'gnu' },
  { cmd: "sed -l 10 -n 'l 30' long", only: 'gnu' },
  { cmd: 'sed -l abc -n l long', only: 'gnu' },
  { cmd: 'sed -l -5 -n l long', only: 'gnu' },
  { cmd: 'sed -l 1 -n l lines', only: 'gnu' },
  { cmd: 'COLS=30 sed -n l long', only: 'gnu' },
  { cmd: 'COLS=30 sed -l 50 -n l long', only: 'gnu' },
  { cmd: 'COLS=1 sed -n l long', only: 'gnu' },
  { cmd: "sed -n 'l x' lines; echo $?", only: 'gnu' },
  { cmd: "sed -n 'l 5x' lines; echo $?", only: 'gnu' },
  { cmd: "sed -n 'l 5' lines; echo $?", only: 'busybox' },
  { cmd: "sed -n 'l 5 ;p' lines; echo $?", only: 'busybox' },
  { cmd: "sed -n 'l 2x' lines; echo $?", only: 'busybox' },
]);

describe('sed -z in the workbook', () => {
  it('is no longer refused', async () => {
    expect(await simulated('gnu', files).run("sed -z 's/\\n/ /g' lines")).toEqual({ out: 'one two three ', err: '', code: 0 });
  });
});
