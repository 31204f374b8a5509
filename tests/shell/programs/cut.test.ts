import { differential } from './cases.ts';

differential("cut", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "cut -d' ' -f2 s",
  "cut -c1-2,4 s",
  "cut -f1 -d: a",
  "cut -d' ' -f1,3- a",
  "cut -d' ' -f2- a",
  {"cmd": "cut s; echo $?", "only": "gnu"},
  "cut -c3- n",
  {"cmd": "cut -f2", "stdin": "a\tb\tc\nno tab\n"},
  "cut -s -f2 a; echo $?",
]);
