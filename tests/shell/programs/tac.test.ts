import { differential } from './cases.ts';

differential('tac', { t1: 'a\nb', t2: 'a\nb\n\nc\n', t3: 'x,y,z', e: '' }, [
  'tac t1',
  'tac t2 t1',
  'tac t1 t2 e',
  'tac - t1 < t2',
  { cmd: 'tac - -', stdin: 'a\nb\n' },
  { cmd: 'tac', stdin: 'one\ntwo\nthree\n' },
  'tac nosuch t1; echo $?',
  { cmd: 'tac .; echo $?', only: 'gnu' },
  { cmd: 'tac .; echo $?', only: 'busybox' },
  { cmd: 'tac -b t2', only: 'gnu' },
  { cmd: 'tac -s , t3; tac --separator=, t3', only: 'gnu' },
  { cmd: 'tac -b -s , t3; tac --before -s, t3', only: 'gnu' },
  { cmd: "tac -s ab t3; tac -s ',y' t3; tac -s '' t1", only: 'gnu' },
  { cmd: 'tac -s; echo $?', only: 'gnu' },
  { cmd: 'tac -x; echo $?', only: 'gnu' },
  { cmd: 'tac -b t2 2>/dev/null; echo $?', only: 'busybox' },
]);
