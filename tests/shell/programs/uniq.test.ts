import { differential } from './cases.ts';

differential("uniq", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "sort s | uniq -c",
  "sort s | uniq -d",
  "uniq -u s",
  "sort s | uniq",
  "uniq nofile; echo $?",
  {"cmd": "uniq -c", "stdin": "a\na\nb\na\n"},
]);
