import { differential } from './cases.ts';

differential("basename", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "basename /a/b.txt .txt",
  "basename -s .c x.c y.c",
  "basename -a a/b c/d",
  "basename /",
  "basename a/b/",
  {"cmd": "basename", "only": "gnu"},
  {"cmd": "dirname a/b c", "only": "gnu"},
  "dirname a/b",
  "dirname /a",
  "dirname a",
  "dirname /",
  {"cmd": "dirname", "only": "gnu"},
]);
