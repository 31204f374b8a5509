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
  "find d -type f -exec cat {} \\;",
  "find d -name x -exec echo pre-{}-post \\;",
  "find d -name x -exec echo found {} +; echo $?",
  "find d -type f -exec echo {} + | wc -w; find d -exec nosuchcmd {} +; echo $?",
  "find d -type f -exec sh -c 'echo \"[$1]\"' _ {} \\;",
  "find d -name y -exec false \\; -o -print; echo $?",
  "find d -name x -exec nosuchcmd {} \\; ; echo $?",
  "find d -exec; echo $?",
  "find d -depth",
  "find d -user 0 -type f; find d ! -user root; find d -group 0 -name x; echo $?",
  "find d -user nope; echo $?; find d -group nope; echo $?",
  {"cmd": "cp -r d z; find z -type f -delete; find z; find z -delete; ls z; echo $?", "only": "gnu"},
  {"cmd": "mkdir -p q/r; touch q/r/s; find q -name r -delete; echo $?", "only": "gnu"},
], { sortLines: true });

// Size, age and NUL-separated output (#15): `find / -size +1M`, `-mtime -1`, `-newer`, `-print0 | xargs -0`.
differential("find", { e: "", s: "hi\n", "d/k1": "k".repeat(1024), "d/k1p": "k".repeat(1025), "d/big": "b".repeat(1_100_000), "d/sp ace.tmp": "x", "d/q.tmp": "" }, [
  "find . -type f -size +1k",
  "find . -type f -size -2k",
  "find . -type f -size 2k",
  "find . -type f -size +1",
  "find . -type f -size -1",
  "find . -type f -size 0",
  "find . -type f -size 3c",
  "find . -type f -size +2",
  { cmd: "find . -type f -size +1M; find . -type f -size -1M; find . -size 1G", only: "gnu" },
  "find . -size 1x; echo $?; find . -size abc; echo $?; find . -size +; echo $?; find . -size; echo $?",
  { cmd: "find . -size ''; echo $?; find . -size 1.5k; echo $?", only: "gnu" },
  "find . -type f -mtime -1; find . -mtime +0; find . -mtime 0 -name s",
  "find . -type f -mmin -5; find . -mmin +5",
  "touch -d @1 old; find . -name old -mmin +5; find . -name old -mmin -5; find . -mtime 1 -o -name old -mtime +2",
  "find . -mtime x; echo $?; find . -mmin; echo $?",
  "touch -d '2020-01-02 03:04:05' old; find . -newer old -type f; find . ! -newer old; find . -newer nofile; echo $?",
  "touch -d '2020-01-02 03:04:05' old; find . -mtime +1000; find . -mmin -60 -name old",
  "find . -name '*.tmp' -print0 | xargs -0 rm; ls d",
  "find d -name k1 -print0 | od -c",
  "find . -empty",
  "find . -maxdepth 1 -empty -o -name s -print0; echo",
], { sortLines: true });

// touch -d DATE / -r FILE set the times find's -newer and -mtime read (#15).
differential("touch", { a: "1\n" }, [
  "touch -d '2020-01-02 03:04:05' t; ls -l t; touch -r t u; ls -l u; touch -c -d 2021-05-06 a nofile; ls -l a; [ -e nofile ] || echo none",
  "touch -d xyz q; echo $?; touch -r nof q; echo $?; [ -e q ] || echo none",
  { cmd: "touch --date=2019-03-04 a; ls -l a; touch -d @86400 a; ls -l a; touch -d; echo $?", only: "gnu" },
]);
