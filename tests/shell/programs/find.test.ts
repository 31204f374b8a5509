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

// Permission bits (#17): `find / -perm -4000` for setuid binaries, `-perm /u+s,g+s`, `-perm 644`, and each find's refusals.
const perms = "chmod 644 a; chmod 4755 b; chmod 2711 c; chmod 600 d/x; chmod 1777 d; ";
differential("find", { a: "", b: "", c: "", "d/x": "" }, [
  perms + "find . -type f -perm 644; find . -perm -4000; find . -perm /u+s,g+s; find . -perm /6000",
  perms + "find . -type f -perm -u+x; find . -perm u=rw,go=r; find . -type f -perm -644; find . -perm -0 -type f",
  perms + "find . -perm -1000; find . -perm -o+t; find . -type f -perm /o+w; find . ! -perm -g+r -type f",
  perms + "find . -perm 00644; find . -type f -perm -=r; find . -perm /a+w -type f; find . -type f -perm +x; find . -perm 1777",
  perms + "find . -perm -g+s; find . -perm /u+s; find . -perm a+r; find . -perm g-w",
  perms + "find . -perm 999; echo $?; find . -perm u+q; echo $?; find . -perm abc; echo $?; find . -perm -abc; echo $?",
  perms + "find . -perm 017777; echo $?; find . -perm 08; echo $?; find . -perm; echo $?",
  // GNU: a symbolic clause naming no one ignores the umask, `+` is no prefix, and empty clauses are refused.
  { cmd: perms + "find . -type f -perm -+w; find . -perm +4000; echo $?; find . -perm ''; echo $?; find . -perm u+r,; echo $?", only: "gnu" },
  { cmd: perms + "find . -type f -perm /0 | wc -l", only: "gnu" },
  // busybox: the umask applies to such a clause, `+` is the old `/`, empty clauses are skipped and /0 matches nothing.
  { cmd: perms + "find . -type f -perm -+w; find . -perm +4000; echo $?; find . -perm ''; echo $?; find . -perm ,u+r -type f; find . -perm /0; echo $?", only: "busybox" },
], { sortLines: true });

// Access and change times (#17): a write changes all three; chmod, chown and touch change the ctime only (to now).
differential("find", { s: "hi\n", "d/k": "k\n" }, [
  "find . -type f -atime -1; find . -type f -ctime 0; find . -type f -amin -5; find . -type f -cmin -5; find . -cmin +5",
  "touch -d '2020-01-02 03:04:05' old; find . -atime +1000; find . -ctime +1000; find . -ctime -1 -name old; find . -amin +60",
  "touch -d '2020-01-02 03:04:05' old; chmod 600 old; find . -mtime +1000; find . -ctime +1000; find . -cmin -1 -name old",
  "touch -d @1 old; chown 0 old; find . -mmin +5 -cmin -5",
  "find . -atime x; echo $?; find . -cmin; echo $?; find . -ctime 1.5x; echo $?; find . -amin -; echo $?",
], { sortLines: true });
