import { differential } from './cases.ts';

differential("sort", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "sort s",
  "sort -r s",
  "sort -n -k2 s",
  "sort -u s",
  "sort -k2,2n -t' ' s",
  "sort -n n -r",
  "sort nofile; echo $?",
  {"cmd": "sort -k x s; echo $?", "only": "busybox"},
  {"cmd": "sort", "stdin": "b\nB\na\n"},
]);
