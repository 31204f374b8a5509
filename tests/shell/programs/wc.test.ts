import { differential } from './cases.ts';

differential("wc", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n", t: "a\tb\nlonger line here\n\tx\n" }, [
  "wc a b",
  "wc -l a",
  "wc -l a b",
  "wc -lw a",
  "wc -c a nofile; echo $?",
  "wc -m a",
  "cat a | wc",
  "cat a | wc -l",
  "wc d; echo $?",
  "wc -L a",
  "wc -L a b t",
  "wc -L t",
  "wc -lL a",
  "cat t | wc -L",
]);
