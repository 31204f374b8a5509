// od against the real GNU and busybox od: the types, address radixes, -N/-j, duplicate lines (*),
// the several-types layout (GNU aligns the columns, busybox does not), stdin and errors.
import { differential } from './cases.ts';

const files = { t: 'Hello, world!\n\u0000\u0001\u00ff\tabcdefghijklmnopqrstuvwxyz', z: '\u0000'.repeat(64) + 'end', odd: 'abcde' };

differential('od', files, [
  'od t', 'od -c t', 'od -x t', 'od -b t', 'od -d t', 'od -o t', 'od -s t', 'od -a t', 'od -i t', 'od -l t',
  'od -A x -t x1 t', 'od -A d -t d1 t', 'od -A n -t u4 t', 'od -An -tx2 odd', 'od -t c t', 'od -t d2 t', 'od -t u1 t', 'od -t o4 t', 'od -t x8 t', 'od -t xC t', 'od -t dI t',
  'od -A o -N 5 -c t', 'od -j 3 -N 6 -t x1 t', 'od -j 0x10 -N 4 -c t', 'od -N 1k -c odd', 'od -w8 -t x1 t',
  'od -t x1 -t c t', 'od -c -t d1 t', 'od z', 'od -v -t x1 z', { cmd: 'od -c', stdin: 'from stdin\n' }, { cmd: 'od -An -c -', stdin: 'ab' }, 'od -t x1 t nofile; echo "status $?"',
  { cmd: 'od -t q t; echo "status $?"', only: 'busybox' },
  'od -A q t; echo "status $?"',
]);
