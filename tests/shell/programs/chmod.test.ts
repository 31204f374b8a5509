import { differential } from './cases.ts';

differential("chmod", { a: "hello world\nfoo bar baz\n", b: "x\n", n: "1\n2\n3\n4\n5\n", s: "b 2\na 10\nc 1\na 10\n", "d/x": "foo\nbar\n", "d/e/y": "Foo food\n" }, [
  "chmod 640 a; stat -c %a a",
  "chmod u+x,go-w a; stat -c %a a",
  "chmod a=r a; stat -c %a a",
  "chmod 0 a; chmod o+t a; stat -c %a a; chmod u+t,g+t a; stat -c %a a; chmod +t a; stat -c %a a",
  "chmod +x a; stat -c %a a",
  "chmod -R 700 d; stat -c %a d/e d/e/y",
  "chmod g=u a; stat -c %a a",
  "chmod 644 nofile; echo $?",
  {"cmd": "chmod xyz a; echo $?", "only": "busybox"},
  {"cmd": "chmod xyz a; echo $?", "only": "gnu"},
  {"cmd": "chmod 644; echo $?", "only": "gnu"},
  "chmod o-rwx,u=rw a; stat -c %A a",
]);
