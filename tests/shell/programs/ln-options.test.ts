// ln's -r, -t, -T, backups (-b, --backup=CONTROL, -S), GNU's -d/-F, and hard links to symlinks, against
// coreutils 9.1 and busybox. Results are shown by name (ls, readlink, cat), never by time.
import { differential } from './cases.ts';

const files = { a: 'a\n', b: 'bb\n', 'd/x': 'x\n', 'd/e/y': 'y\n' };

differential('ln options', files, [
  // -r: the target made relative to the link's directory, symlinks on the way resolved.
  { cmd: 'ln -sr a d/e/l1; readlink d/e/l1', only: 'gnu' },
  { cmd: 'ln -sr d/e/x l2; readlink l2; ln -sr a l4; readlink l4', only: 'gnu' },
  { cmd: 'ln -sr "$PWD/a" d/l3; readlink d/l3; ln -sr a "$PWD/d/e/l6"; readlink d/e/l6', only: 'gnu' },
  { cmd: 'ln -sr d/../a d/e/l5; readlink d/e/l5; ln -sr a d/e/; readlink d/e/a', only: 'gnu' },
  { cmd: 'ln -s d ld; ln -sr ld/x l8; readlink l8; ln -s e d/le; ln -sr a d/le/l9; readlink d/e/l9', only: 'gnu' },
  { cmd: 'ln -sr nosuch/x l10; readlink l10; ln -sr x/../a l11; readlink l11; ln -sr d/e d/e/l12; readlink d/e/l12', only: 'gnu' },
  { cmd: 'ln -s l12 l12; ln -sr l12 l13; readlink l13; ln -srv d d/e', only: 'gnu' },
  { cmd: 'ln -r a h; echo $?; ln -r; echo $?; ls', only: 'gnu' },
  // -t DIR, checked as it is met.
  { cmd: 'ln -st d a b; ls d; readlink d/a', only: 'gnu' },
  { cmd: 'ln -s -t d; echo $?; ln -t nod a; echo $?; ln -t a a; echo $?', only: 'gnu' },
  { cmd: 'ln -s -t d -T a; echo $?; ln -s -t d -t d a; echo $?', only: 'gnu' },
  { cmd: 'ln -sv -t d/ a; ln -sv --target-directory=d b', only: 'gnu' },
  // -T: LINK is the name to make, directory or not.
  'ln -sT a d; echo $?',
  'ln -sfT a d; echo $?',
  'ln -sT a e; readlink e',
  'ln -sT a b c; echo $?',
  'ln -sfTv a b; readlink b',
  { cmd: 'ln -sT a; echo $?', only: 'gnu' },
  // Backups.
  'ln -sb a b; ls; readlink b; cat b~',
  'ln -sbv a b',
  'ln -sb a b; ln -sb a b; ls',
  'ln -s -S .x a b; echo $?; ls',
  'ln -sbS .x a b; ln -sbS .x a b; ls; readlink b.x',
  'ln -sb a nob; ls',
  'ln -sfb a b; ls',
  'ln -sb a d; ls d',
  'ln -sb a a; echo $?; ls; readlink a',
  'ln -b a a; echo $?; ls',
  'ln -bv a b; cat b b~',
  { cmd: 'ln -sbf a a; echo $?; ls', only: 'gnu' },
  { cmd: 'ln -sf --backup=t a b; ln -sf --backup=t a b; ls', only: 'gnu' },
  { cmd: 'ln -s --backup=numbered a b; ln -sb a b; ln -s --backup=simple a b; ls', only: 'gnu' },
  { cmd: 'touch b.~3~ b.~10~ b.~05~ b.~x~; ln -sbv a b; ls', only: 'gnu' },
  { cmd: 'ln -s --backup=bogus a z; echo $?; ls', only: 'gnu' },
  { cmd: 'ln -s --backup=n a b; echo $?; ln -s --backup=ne a b; ln -s --backup=nu a b; ls', only: 'gnu' },
  { cmd: 'ln -sv --backup=none a b; ln -s --backup=off a b; echo $?', only: 'gnu' },
  { cmd: 'VERSION_CONTROL=numbered ln -sb a b; ls; VERSION_CONTROL=bad ln -sb a b; echo $?', only: 'gnu' },
  { cmd: 'SIMPLE_BACKUP_SUFFIX=.old ln -sb a b; ls; ln -sb -S x/y a b; ls', only: 'gnu' },
  { cmd: 'ln -sbv a d/x; readlink d/x; cat d/x~', only: 'gnu' },
  // The same file, replaced by itself.
  { cmd: 'ln -sf a a; echo $?; ln -f a a; echo $?; ln -s a la; ln -sf la a; echo $?', only: 'gnu' },
  { cmd: 'mkdir e; echo z > e/a; ln -f a e/a d; echo $?; cat d/a', only: 'gnu' },
  // A hard link to a symlink is another symlink.
  'ln -s a la; ln la h; readlink h',
  'ln -s nowhere la; ln la h; readlink h',
  { cmd: 'ln -s nowhere la; ln -f la d/; readlink d/la', only: 'gnu' },
  // Failures name the link, GNU the target too where the error is not the name's.
  { cmd: 'ln a nod/x; ln -s a nod/x; ln a b/x; ln -s a b/x; ln -s "" x; echo $?', only: 'gnu' },
  { cmd: 'ln a nod/x; ln -s a nod/x; ln a b/x; ln -s a b/x; echo $?', only: 'busybox' },
  // GNU -d/-F: the kernel refuses a directory's hard link to everyone.
  { cmd: 'ln -F d dd; echo $?; ln -d d dd; ln --directory d d/; echo $?', only: 'gnu' },
  { cmd: 'ln -dv a h1; cat h1; ln -sF d dd; readlink dd', only: 'gnu' },
  // -n: a symlink to a directory is not one.
  { cmd: 'ln -s d ld; ln -sn a b ld; echo $?; ln -sn -t ld a; echo $?; ls d', only: 'gnu' },
  'ln -s d ld; ln -sn a ld; echo $?; ls d',
  // One operand: the link is made here.
  { cmd: 'ln -sv a; echo $?; ln -v d/x; cat x', only: 'gnu' },
  { cmd: 'ln -s a; echo $?; ln -sv d/x; readlink x; ln 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'ln -sv a d/; readlink d/a; ln -sv b d//; readlink d/b', only: 'busybox' },
]);
