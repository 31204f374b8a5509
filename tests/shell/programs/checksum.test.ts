import { differential } from './cases.ts';

const files = { a: 'hello\n', b: '', 'sums': '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03  a\n0000000000000000000000000000000000000000000000000000000000000000  b\n' };

differential('sha256sum and friends', files, [
  'sha256sum a b',
  'md5sum a',
  'sha1sum a',
  'sha512sum b',
  'echo hi | sha256sum',
  'sha256sum a > good; sha256sum -c good; echo $?',
  'sha256sum -c sums; echo $?',
  'sha256sum nofile; echo $?',
]);
