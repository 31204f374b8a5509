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
  'du -d 1 d',
  'du -d1 -a d',
  'du -d 0 d',
  'du -h d/sub/deep',
  'du -ah d',
  'du -d x d; echo $?',
  { cmd: 'du -h --max-depth=1 d', only: 'gnu' },
  { cmd: 'du -hd1 d', only: 'gnu' },
  { cmd: 'du --max-depth 0 --summarize d; echo $?', only: 'gnu' },
  { cmd: 'du -s -d1 d; echo $?', only: 'gnu' },
  { cmd: 'du --summarize --human-readable --total d e', only: 'gnu' },
  // Apparent sizes: -b in bytes, then the last of -b/-k/-m/-h is the unit (GNU rounds up, busybox to the nearest).
  'du -b d', 'du -ab d', 'du -bh d', 'du -bs d', 'du -b -k d', 'du -k -b d', 'du -bm d', 'du -hm d', 'du -mh d', 'ln -s d/a l; du -ab l d/a',
  { cmd: 'du --apparent-size d', only: 'gnu' }, { cmd: 'du --apparent-size -ah d', only: 'gnu' }, { cmd: 'du --bytes -c d e', only: 'gnu' },
  { cmd: 'du --app d; du --apparent-size=1 d; echo $?', only: 'gnu' },
], { sortLines: true });
