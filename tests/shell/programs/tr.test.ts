import { differential } from './cases.ts';

differential("tr", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  {"cmd": "tr a-z A-Z", "stdin": "hello\n"},
  {"cmd": "tr -d lo", "stdin": "hello\n"},
  {"cmd": "tr -s ' '", "stdin": "a   b  c\n"},
  {"cmd": "tr '[:lower:]' '[:upper:]'", "stdin": "abc\n"},
  {"cmd": "tr abc x", "stdin": "aabbcc\n"},
  {"cmd": "tr -d '\\n'", "stdin": "a\nb\n"},
  {"cmd": "tr -cd 'a-z\\n'", "stdin": "a1b2\n"},
  {"cmd": "tr -s 'a-z' 'A-Z'", "stdin": "aabb\n"},
  {"cmd": "tr; echo $?", "only": "gnu"},
]);
