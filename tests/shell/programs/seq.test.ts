import { differential } from './cases.ts';

differential("seq", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "seq 3",
  "seq 2 0.5 4",
  "seq -s, 3",
  "seq -w 8 10",
  "seq 5 1",
  "seq 10 -3 1",
  {"cmd": "seq; echo $?", "only": "gnu"},
  {"cmd": "seq x; echo $?", "only": "gnu"},
  "seq 1 1",
]);
