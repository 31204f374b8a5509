import { differential } from './cases.ts';

// Paths are made relative to the working directory's name so the temp dir and /w compare equal.
differential("readlink", { a: "hello\n", "d/x": "x\n" }, [
  "ln -s a l1; readlink l1",
  "readlink a; echo $?",
  "ln -s a l1; ln -s d l3; readlink -f l1 | sed 's|.*/||'; readlink -f l3/x | sed 's|.*/\\(.*/.*\\)$|\\1|'",
  "ln -s nope l2; readlink -f l2 | sed 's|.*/||'; readlink -f nope/x; echo $?",
  "ln -s a l1; readlink -n l1; echo; readlink -f . | grep -c /",
  {"cmd": "readlink; echo $?", "only": "gnu"},
  {"cmd": "ln -s nope l2; readlink -e l2; echo $?; readlink -m nope/x/y | sed 's|.*/\\(.*/.*/.*\\)$|\\1|'", "only": "gnu"},
  {"cmd": "ln -s a l1; readlink l1 a; echo $?", "only": "gnu"},
]);
