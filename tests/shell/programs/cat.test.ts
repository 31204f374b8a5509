// cat's viewing options against the real GNU cat and busybox cat (a CRLF file is what learners check with cat -A).
import { differential } from './cases.ts';

const files = { crlf: 'FROM alpine\r\nRUN echo hi\r\n', tabs: 'a\tb\n\n\n\nc\n', ctl: 'x\x01y\x7fz\nnoeol', utf: 'café\n' };

differential('cat', files, [
  'cat -A crlf',
  'cat -A tabs ctl',
  'cat -e crlf',
  'cat -t tabs',
  'cat -v ctl',
  'cat -n tabs',
  'cat -b tabs',
  'cat -vt utf',
  'cat -n tabs crlf',
  { cmd: 'cat -s tabs', only: 'gnu' },
  { cmd: 'cat -E tabs', only: 'gnu' },
  { cmd: 'cat -T tabs', only: 'gnu' },
  { cmd: 'cat --show-all crlf', only: 'gnu' },
  { cmd: 'cat --number --squeeze-blank tabs', only: 'gnu' },
]);
