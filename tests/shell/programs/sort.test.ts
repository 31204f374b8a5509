import { expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';

it('sorts human sizes in Alpine too (busybox 1.37 sort -h: the suffix first, then the number)', async () => {
  const r = await simulated('busybox', { sizes: '4.0K\tetc\n1.2M\tusr\n512\tbin\n20K\tlib\n3G\tvar\n' }).run('sort -h sizes');
  expect(r).toEqual({ out: '512\tbin\n4.0K\tetc\n20K\tlib\n1.2M\tusr\n3G\tvar\n', err: '', code: 0 });
});

differential("sort", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n", sizes: "4.0K\tetc\n1.2M\tusr\n512\tbin\n20K\tlib\n3G\tvar\n", vers: "app-1.10.2\napp-1.9.0\napp-1.2.10\napp-1.2.9\n", csv: "name,age\nbob,25\nalice,30\ndave,25\n", words: "b\na\nc\n", months: "Mar 3\nJan 1\nDec 9\nfeb 2\n", g: "1e3\n-2.5\nabc\n10\n" }, [
  "sort s",
  "sort -r s",
  "sort -n -k2 s",
  "sort -u s",
  "sort -k2,2n -t' ' s",
  "sort -n n -r",
  "sort nofile; echo $?",
  {"cmd": "sort -k x s; echo $?", "only": "busybox"},
  {"cmd": "sort", "stdin": "b\nB\na\n"},
  // busybox has -h since 1.36 (Alpine 3.21 ships 1.37); this machine's 1.35 lacks it: compared with GNU only, and below.
  {"cmd": "sort -h sizes", "only": "gnu"},
  {"cmd": "sort -rh sizes | head -n 2", "only": "gnu"},
  {"cmd": "sort -k1,1h sizes", "only": "gnu"},
  "sort -V vers",
  "sort -t, -k2,2n -k1,1r csv",
  "sort -t, -k2nr csv",
  "sort -c words; echo $?",
  "sort -c s; echo $?",
  "sort -cu n; echo $?",
  "sort -M months",
  "sort -g g",
  "sort -fr a d/x",
  "sort -b -k2 s",
  {"cmd": "sort --numeric-sort --reverse n", "only": "gnu"},
  {"cmd": "sort --human-numeric-sort sizes", "only": "gnu"},
  {"cmd": "sort --key=2 --field-separator=, csv", "only": "gnu"},
  {"cmd": "sort -C words; echo $?", "only": "gnu"},
  {"cmd": "sort --check=quiet n; echo $?", "only": "gnu"},
  {"cmd": "sort -c", "stdin": "b\na\n", "only": "gnu"},
]);
