import { differential } from './cases.ts';

differential("head", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "head -2 n",
  "head -n 1 a b",
  "head -c 3 n",
  "head -n -3 n",
  "head nofile n; echo $?",
  "head -q n b",
  "head -n x n; echo $?",
  {"cmd": "head -n 1", "stdin": "p\nq\n"},
  "cat n | head -3",
  "head -c 1k /dev/zero | wc -c; head -c 1b /dev/zero | wc -c; head -c 1m /dev/zero | wc -c",
  "head -c 1M /dev/zero | wc -c; head -c 2kB /dev/zero | wc -c; head -c 1KiB /dev/zero | wc -c; echo $?",
  "head -c 1x n; echo $?",
]);
