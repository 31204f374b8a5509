import { differential } from './cases.ts';

const files = { notes: 'hello\nworld\n', big: 'abcdefgh'.repeat(2000) + '\n', 'plain.txt': 'x\n' };

differential('gzip', files, [
  'gzip notes && ls notes* && gunzip notes.gz && cat notes',
  'gzip -k notes && ls notes*',
  'gzip big && ls -l big.gz | cut -d" " -f5 | { read n; [ "$n" -lt 1000 ] && echo smaller; }',
  'gzip notes && zcat notes.gz',
  'gzip notes && gzip -dc notes.gz',
  'gzip nofile; echo $?',
  'gunzip plain.txt; echo $?',
  'gzip -c notes | gunzip',
  'gzip -c notes > n.gz && ls notes && zcat n.gz',
  'gzip < notes | gunzip -c',
  'cat big | gzip -9 | zcat | wc -c',
  'tar cf - notes plain.txt | gzip > a.tgz && tar tzf a.tgz',
  'gzip -c notes big > both.gz && zcat both.gz | wc -l',
  'zcat nofile.gz; echo $?',
  { cmd: 'gzip -k notes; gzip notes; echo $?', only: 'gnu' },
  { cmd: 'gzip notes && gzip notes.gz; echo $?', only: 'gnu' },
]);
