import { differential } from './cases.ts';

differential("xargs", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  {"cmd": "xargs nocmd; echo $?", "stdin": "a b c\n"},
  {"cmd": "xargs -n 2 echo x", "stdin": "a b c\n"},
  {"cmd": "xargs false; echo $?", "stdin": "a b\n"},
  {"cmd": "xargs echo hi"},
  {"cmd": "xargs -n1", "stdin": "'a b' c\n"},
  {"cmd": "xargs", "stdin": "one\ntwo three\n"},
  {"cmd": "xargs -I{} echo [{}]", "stdin": "a b\nc\n"},
  {"cmd": "xargs wc -l", "stdin": "n b\n"},
]);
