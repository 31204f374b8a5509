import { differential } from './cases.ts';

// Only busybox has rev here (the images hold util-linux's nowhere); under LC_ALL=C it reverses bytes.
differential('rev', { r1: 'héllo\nab', r2: 'ab\n\ncd\n' }, [
  { cmd: 'rev r1 | od -c', only: 'busybox' },
  { cmd: 'rev r2; rev nosuch r2; echo $?', only: 'busybox' },
  { cmd: 'rev', stdin: 'a\tb\nxyz', only: 'busybox' },
  { cmd: 'rev .; echo $?', only: 'busybox' },
  { cmd: 'rev -x 2>/dev/null; echo $?', only: 'busybox' },
]);
