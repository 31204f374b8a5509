import { differential } from './cases.ts';

differential("find", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "find d",
  "find d -maxdepth 1",
  "find . -name '*.x'",
  "find d -type f -name x -o -name y",
  "find nofile d -type d; echo $?",
  "find d -path '*e*'",
  "find d/ -mindepth 1 -type f",
  "find . -type d",
  "find d -iname 'Y'",
  "find d ! -type d",
  "find d -name x -print",
  {"cmd": "find d -bogus; echo $?", "only": "gnu"},
  {"cmd": "find d -type q; echo $?", "only": "gnu"},
  "find . -maxdepth 1 -type f",
], { sortLines: true });
