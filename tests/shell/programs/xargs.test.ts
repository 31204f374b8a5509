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

// -0 and -t (#15): NUL-separated names keep their blanks and quotes; -t shows each run on stderr.
differential("xargs", { "a b": "1\n", c: "2\n" }, [
  { cmd: "printf 'a b\\0c\\0' | xargs -0 cat" },
  { cmd: "printf 'a\\0\\0b\\0' | xargs -0 -n1 echo | od -c" },
  { cmd: "printf 'a\\0b' | xargs -0 -I{} echo [{}]" },
  { cmd: "printf '' | xargs -0 echo x" },
  { cmd: "xargs -t -n1 echo x 2>&1", stdin: "a\nb c\n" },
  { cmd: "printf \"it's\\0a\\tb\\0\\0x\\n\\0\" | xargs -0 -t true 2>&1" },
  { cmd: "xargs -t echo 'x y' 2>&1", stdin: "a b\n" },
  { cmd: "xargs -0t echo 2>&1; echo $?", stdin: "q" },
]);
