import { differential } from './cases.ts';

const pages = 'h\n\\:\\:\\:\nH\n\\:\\:\nB1\n\nB2\n\\:\nF\n';

differential('nl', { n1: 'a\n\nb\n  \nc', n2: pages, e: '\n\n\nx\n\n' }, [
  'nl n1',
  'nl -ba n1',
  'nl -bn n1',
  'nl -bt n1',
  'nl -s: -v5 -i2 n1',
  'nl -w3 -s" " n1',
  'nl n1 n1',
  { cmd: 'nl', stdin: 'x\ny\n' },
  'nl nosuch n1; echo $?',
  { cmd: 'nl n2', only: 'gnu' },
  { cmd: 'nl n2', only: 'busybox' },
  { cmd: 'nl -ha -fa n2; nl -p n2', only: 'gnu' },
  { cmd: 'nl -nln n1; nl -nrz -w3 n1; nl -nrz -v-5 -w4 -ba n1', only: 'gnu' },
  { cmd: "nl -bpb n1; nl -b'p^[ac]' n1", only: 'gnu' },
  { cmd: 'nl -l2 -ba e; nl -l3 -ba e', only: 'gnu' },
  { cmd: 'nl -dxy n1; nl -d@ n1', only: 'gnu' },
  { cmd: 'nl -bx n1; echo $?', only: 'gnu' },
  { cmd: 'nl -nx n1; echo $?', only: 'gnu' },
  { cmd: 'nl -w0 n1; echo $?', only: 'gnu' },
  { cmd: 'nl -ix n1; echo $?', only: 'gnu' },
  { cmd: 'nl -bx n1; echo $?', only: 'busybox' },
  { cmd: 'nl -w0 n1; echo $?', only: 'busybox' },
  { cmd: 'nl -nln n1 2>/dev/null; echo $?', only: 'busybox' },
]);
