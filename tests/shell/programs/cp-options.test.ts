// cp's -u, -s, -P/-d/-L/-H, -t, -T, -x and GNU's backups, and mv's -u, -t, -T and backups, against
// coreutils 9.1 and busybox. Times are set with touch -d where -u compares them (the real files are made
// now, ours on the simulated clock); results are shown by name and content, never by time.
import { differential } from './cases.ts';

const files = { a: 'a\n', b: 'bb\n', 'd/x': 'x\n' };

differential('cp and mv options', files, [
  // -u: only over an older destination.
  'touch -d 2020-01-01 b; cp -uv a b; cat b',
  'touch -d 2030-01-01 b; cp -uv a b; cat b',
  'touch -d 2020-01-01 a b; cp -uv a b; cat b',
  'touch -d 2030-01-01 b; cp -u a nob; cat nob; cp -nu a b; cat b',
  'mkdir e; echo new > e/x; touch -d 2030-01-01 e/x; cp -ruvT d e; cat e/x',
  'mkdir e; echo old > e/x; touch -d 2020-01-01 e/x; cp -ruT d e; cat e/x',
  'ln -s a la; cp -u a la; echo $?; readlink la',
  { cmd: 'touch -d 2030-01-01 b; mv -u a b; ls; cat b; touch -d 2020-01-01 b; mv -uv a b; ls; cat b', only: 'gnu' },
  { cmd: 'touch -d 2030-01-01 d/a; mv -u -t d a; ls; mv -n -u a b; cat b', only: 'gnu' },
  // -s: symlinks to the sources; GNU makes relative ones only in the current directory.
  'cp -s a s; readlink s; cp -sv a s2',
  'cp -s a d/s; echo $?; ls d',
  'cp -s "$PWD/a" d/s; [ "$(readlink d/s)" = "$PWD/a" ] && echo absolute',
  'cp -s a b; echo $?; cat b',
  'cp -sf a b; echo $?; readlink b',
  'cp -s a s; cp -s a s; echo $?; cp -sf a s; echo $?; readlink s',
  'cp -s d e; echo $?',
  'cp -rs d e; echo $?; ls e',
  'cp -rs "$PWD/d" e; [ "$(readlink e/x)" = "$PWD/d/x" ] && echo absolute',
  'cp -s nofile x; echo $?; readlink x',
  { cmd: 'cp -s a ./d/../s; readlink s', only: 'gnu' },
  // -P and -d copy a symlink as one, -L follows every one, -H the operands'; -R copies links as links.
  'ln -s a la; cp -P la b; echo $?; readlink b; cat b',
  'ln -s a la; cp -fP la b; readlink b',
  'ln -s a la; cp -d la c; readlink c; cp la e; cat e',
  'ln -s a la; cp -r la c; readlink c; cp -a la e; readlink e',
  'ln -s d ld; cp -r ld x; readlink x; cp -rH ld y; ls y; cp -d ld z; readlink z',
  'ln -s d ld; cp ld x; echo $?',
  'ln -s nowhere dang; cp -P dang x; readlink x; cp -r dang y; readlink y; cp dang z; echo $?',
  'ln -s x d/lx; cp -rL d e; ls e; cat e/lx',
  'ln -s x d/lx; cp -r d e; readlink e/lx; cp -rH d f; readlink f/lx',
  { cmd: 'ln -s a la; cp -L -P la c; readlink c; cp -P -L la e; cat e', only: 'gnu' },
  { cmd: 'ln -s a la; cp -L -P la c; cat c; cp -P -L la e; cat e', only: 'busybox' },
  { cmd: 'ln -s x d/lx; cp -rL -P d e; readlink e/lx; cp -rP -L d f; cat f/lx', only: 'gnu' },
  // -n keeps what is there, inside a tree too (busybox keeps a whole directory).
  'mkdir e; echo n > e/x; echo y > d/y; cp -rnT d e; cat e/x; ls e',
  // A tree copied into an existing directory: only what is copied is named; `d/.` is what d holds.
  'mkdir e; cp -rv d/. e; ls e', 'mkdir -p e/d; cp -rv d e', 'mkdir e; cp -rv d/ e/', 'mkdir e; cp -rvT d e',
  // (GNU stops at its copy met as a source: what it copied before depends on the disk's order, not compared.)
  { cmd: 'cp -r d d >/dev/null; echo $?; ls d; cp -r d d/x; echo $?', only: 'gnu' },
  { cmd: 'cp -r d d; echo $?; ls d d/d', only: 'busybox' },
  { cmd: 'mkdir -p d/s; ln -s .. d/s/up; cp -rL d e; echo $?; ls e e/s', only: 'gnu' },
  'mkdir e; echo 1 > e/x; cp -rv d e; cp -v a d; ls d',
  // -t DIR.
  'cp -t d a b; ls d',
  'cp -vt d a b; cp --target-directory=d a; ls d',
  'mv -t d a b; ls; ls d',
  'mv -vt d a b',
  'cp -t nod a; echo $?',
  'mv -t nod a; echo $?',
  { cmd: 'cp -t a b; echo $?; mv -t a b; echo $?', only: 'gnu' },
  { cmd: 'cp -t d; echo $?; mv -t d; echo $?; cp -t d -t d a; echo $?', only: 'gnu' },
  { cmd: 'cp -t d 2>/dev/null; echo $?; mv -t d 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'cp -T -t d a; echo $?; mv -T -t d a; echo $?', only: 'gnu' },
  { cmd: 'cp -T -t d a; echo $?; ls d; mv -T -t d a 2>/dev/null; echo $?', only: 'busybox' },
  // -T: the last operand is the name to make.
  'cp -T a d; echo $?',
  'mv -T a d; echo $?; ls',
  'mkdir e; mv -T d e; echo $?; ls e',
  { cmd: 'cp -T a b c; echo $?; mv -T a b c; echo $?', only: 'gnu' },
  { cmd: 'cp -T a b c 2>/dev/null; echo $?; mv -T a b c 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'cp; echo $?; cp a; echo $?; mv; echo $?; mv a; echo $?', only: 'gnu' },
  // -x: one filesystem here.
  { cmd: 'cp -x a c; cat c; cp --one-file-system -r d e; ls e', only: 'gnu' },
  // mv: the last of -f, -i, -n decides.
  'mv -n -f a b; cat b',
  'mv -f -n a b; cat b',
  // A file copied onto itself.
  'cp a a; echo $?',
  { cmd: 'ln -s a la; cp a la; echo $?; cp -P la la; echo $?', only: 'gnu' },
  // GNU's backups: simple `~` (-S's suffix), numbered `.~N~`, numbered where such exist (the default).
  { cmd: 'cp -b a b; ls; cat b~; cp -b a b; ls', only: 'gnu' },
  { cmd: 'cp -bv a b; cp -S .bak a b; ls', only: 'gnu' },
  { cmd: 'cp --backup=numbered a b; cp --backup=t a b; cp -bv a b; ls', only: 'gnu' },
  { cmd: 'cp --backup=bogus a b; echo $?; cp --backup=n a b; echo $?; ls', only: 'gnu' },
  { cmd: 'cp -nb a b; echo $?; cp -bn a b; echo $?; mv -nb a b; echo $?; ls', only: 'gnu' },
  { cmd: 'cp -b a nob; ls; cp -b a a; echo $?; cp -bf a a; echo $?; ls', only: 'gnu' },
  { cmd: 'cp b b~; cp --backup=simple b~ b; echo $?; cat b', only: 'gnu' },
  { cmd: 'cp -r d e; cp -rbv d/. e; cp -rb d e; ls e; ls e/d', only: 'gnu' },
  { cmd: 'VERSION_CONTROL=t cp -b a b; SIMPLE_BACKUP_SUFFIX=.o cp -b a b; ls', only: 'gnu' },
  { cmd: 'mv -b a b; ls; cat b~', only: 'gnu' },
  { cmd: 'mv -bv a b; echo c > c; mv --backup=t c b; ls', only: 'gnu' },
  { cmd: 'mv -b a nob; ls; echo q > d/a; mv -bvt d b; ls d', only: 'gnu' },
  { cmd: 'echo q > d/a; mv -bv a d; ls d; cat d/a~', only: 'gnu' },
  { cmd: 'mkdir -p e f/e; touch e/z; mv -bT e f/e; ls f; ls f/e', only: 'gnu' },
  { cmd: 'mv --backup=bogus a b; echo $?; ls', only: 'gnu' },
]);
