import { differential } from './cases.ts';

differential("ln", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "ln -s a l; stat -c %N l",
  "ln -s a b; echo $?",
  "ln nofile x; echo $?",
  "ln -sf n b; cat b",
  "ln a d/; cat d/a",
  "ln -s a a b; echo $?",
  {"cmd": "ln -s a; echo $?", "only": "gnu"},
  {"cmd": "ln; echo $?", "only": "gnu"},
  "ln d y; echo $?",
  "ln -s zz d/e/zz; ln -s yy d/e/zz; echo $?",
]);
