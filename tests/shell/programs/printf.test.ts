import { differential } from './cases.ts';

differential("printf", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "printf '%s-%s\\n' a b c",
  "printf '%5s|%-5s|%.2f|%x|%o|%c|%%|%X|%05d|%+d|%e|%g\\n' ab cd 3.14159 255 8 hello 255 42 5 1234.5 0.0001",
  "printf '%b\\n' 'a\\tb\\0101\\c' x",
  "printf 'a\\101\\x41\\n'",
  "printf '%d|%i\\n' 42 \"'A\"",
  "printf '%*d|%.*s\\n' 5 42 2 abcdef",
  "printf '%.3d|%#x|%#o\\n' 5 255 8",
  "printf '%s\\n'",
  "printf 'x\\cy'",
  {"cmd": "printf '%d\\n' abc; echo $?", "only": "gnu"},
  {"cmd": "printf '%d\\n' 3abc", "only": "gnu"},
  {"cmd": "printf", "only": "gnu"},
  "printf '%s %s\\n' 1 2 3 4 5",
]);
