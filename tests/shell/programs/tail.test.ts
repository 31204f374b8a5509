import { differential } from './cases.ts';

differential("tail", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "tail -n +4 n",
  "tail -2 n",
  "tail -n 1 a b",
  "tail -c 4 n",
  "tail nofile n; echo $?",
  {"cmd": "tail -n 1", "stdin": "a\nb"},
  {"cmd": "tail -2 n a; echo $?", "only": "gnu"},
  "tail nofile; echo $?",
]);
