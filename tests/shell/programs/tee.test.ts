import { differential } from './cases.ts';

differential("tee", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  {"cmd": "tee out; cat out", "stdin": "hi\n"},
  {"cmd": "tee -a b; cat b", "stdin": "more\n"},
  {"cmd": "tee d; echo $?", "stdin": "x\n"},
  {"cmd": "tee o1 o2 >/dev/null; cat o1 o2", "stdin": "z\n"},
]);
