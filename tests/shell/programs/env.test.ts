import { differential } from './cases.ts';

differential("env", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "env -i A=1 B=2",
  "env -i A=1 env",
  "env -i nocmd; echo $?",
  "env -i X=1 printf '%s\\n' hi",
  {"cmd": "env -u; echo $?", "only": "gnu"},
]);
