import { differential } from './cases.ts';

// Differential on the machine's ext4 (4 KiB blocks), the allocation our du models.
const files = { 'd/a': 'hi\n', 'd/sub/b': 'x'.repeat(5000), 'd/sub/deep/c': 'y'.repeat(9000), 'e': '' };

differential('du', files, [
  'du d',
  'du -s d',
  'du -a d',
  'du -sh d',
  'du -c d e',
  'du -k d/sub',
  'du nofile; echo $?',
  { cmd: 'du -sm d', only: 'gnu' },
], { sortLines: true });
