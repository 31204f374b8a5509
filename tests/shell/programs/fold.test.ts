import { differential } from './cases.ts';

// Under LC_ALL=C both count bytes: é is two columns.
differential('fold', { f1: 'hello world foo bar baz\nabcdefghij\n\tab\tcd\nxx\b\byy\rzz\nhéllo wörld\n', f2: 'abcdefgh', sp: 'a b c d e f g h\n   \n' }, [
  'fold -w 5 f1',
  'fold -s -w 5 f1',
  'fold -b -w 5 f1',
  'fold -s -w 4 f1',
  'fold -bs -w 6 f1',
  'fold -w5 f2',
  'fold -3 f2',
  'fold -w 1 f1 | od -c',
  'fold -s -w 3 sp',
  'fold f1 f2',
  { cmd: 'fold -w 4', stdin: 'abcdefghij\n' },
  'fold nosuch f2; echo $?',
  { cmd: 'fold -w 0 f2; echo $?', only: 'gnu' },
  { cmd: 'fold -w x f2; echo $?', only: 'gnu' },
  { cmd: 'fold --width=3 --spaces sp', only: 'gnu' },
  { cmd: 'fold -w 0 f2; echo $?', only: 'busybox' },
  { cmd: 'fold -w 10001 f2; echo $?', only: 'busybox' },
  { cmd: 'fold -w x f2; echo $?', only: 'busybox' },
]);
