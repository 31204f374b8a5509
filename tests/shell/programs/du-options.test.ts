// du's -S, -B SIZE, -t SIZE, -X/--exclude, -0, -D/-H/-L/-P, -l and -x against coreutils 9.1 and busybox, on
// the machine's ext4 (4 KiB blocks, a directory one block), the allocation our du models. Output is compared
// as a set of lines: the real du walks directories in on-disk order, ours in sorted order.
import { differential } from './cases.ts';

const files = { 'd/a': 'hi\n', 'd/sub/b': 'x'.repeat(5000), 'd/sub/deep/c': 'y'.repeat(9000), e: '' };

differential('du options', files, [
  // -S: a directory without its subdirectories.
  { cmd: 'du -S d; du -Sc d', only: 'gnu' },
  { cmd: 'du -Sa d; du -Ss d; du -Sd1 d', only: 'gnu' },
  { cmd: 'du --separate-dirs -b d', only: 'gnu' },
  // -0: each line ends in a NUL.
  { cmd: 'du -0 d | tr "\\0" "\\n"; du -0c d e | tr "\\0" "\\n"', only: 'gnu' },
  { cmd: 'du -0s d | od -c', only: 'gnu' },
  // -t SIZE: at least SIZE, or at most -SIZE.
  { cmd: 'du -t 9K d; du -t 13K -a d; du -t -12K -a d', only: 'gnu' },
  { cmd: 'du -t 0 d; du -t 1KB d; du -bt 5000 -a d; du -t 0x2000 d; du -t 020K d; du -ct 100K d', only: 'gnu' },
  { cmd: 'du -t -0 d; echo $?; du -t x d; echo $?; du -t 1x d; du --threshold=1Z d; du --thr=1.5K d; du -t 1e d; du -t 1g d; echo $?', only: 'gnu' },
  // -B SIZE: GNU's block sizes, their letters printed when given without a number.
  { cmd: 'du -BK d; du -BM d; du -BKB d; du -B1K d; du -B1 d', only: 'gnu' },
  { cmd: 'du -B512 d; du -B2K d; du -Bk d; du -B1k d; du -BKiB d; du -BMB d', only: 'gnu' },
  { cmd: 'du -BG d; du -BT d; du -BE d; du -B1KiB d; du -B"\'"K d; du -B"\'"1 d', only: 'gnu' },
  { cmd: 'du -Bhuman-readable d; du -Bsi d; du -Bh d; du -Bs d; du -Bhu d; du --block-size=K d; du --block=1M d', only: 'gnu' },
  { cmd: 'du -B0 d; echo $?; du -Bx d; du -B1x d; du -B-1 d; du -B1.5K d; du -B99999999999999999999999 d; echo $?', only: 'gnu' },
  { cmd: 'du -BZ d; du -BY d; du -BR d; du -B1e3 d; du -B3b d; du -Bb d; du -Bw d; du -Bc d; du -B0K d; du --block-size=x d; echo $?', only: 'gnu' },
  { cmd: 'du -BM -k d; du -k -BM d; du -BK -b d; du -b -BK d; du -h -B1 d; du -B1 -h d', only: 'gnu' },
  { cmd: 'du --si d; du --si -ab d; du -Bsi -b d; du -BKB -ab d; du -sBM --apparent-size d', only: 'gnu' },
  { cmd: 'DU_BLOCK_SIZE=M du d; BLOCK_SIZE=2K du d; BLOCKSIZE=512 du d; POSIXLY_CORRECT=1 du d', only: 'gnu' },
  { cmd: 'DU_BLOCK_SIZE=x du d; DU_BLOCK_SIZE=K BLOCK_SIZE=M du d; BLOCK_SIZE=KB du -k d', only: 'gnu' },
  // -X FILE and --exclude=PATTERN: the name, or its part after a slash, matched.
  { cmd: 'printf "sub\\n" > ex; du -X ex d; printf "*deep*  \\n\\n" > ex; du -X ex -a d', only: 'gnu' },
  { cmd: 'du -X nofile d; echo $?; echo sub | du -X - d; echo $?', only: 'gnu' },
  { cmd: 'du --exclude=d d; echo $?; du --exclude="s*" d; du --exclude="d/s*" d; du --exclude=/d d', only: 'gnu' },
  { cmd: 'du --exclude="*/c" -a d; du --exclude="*/c" --exclude=b -a d; echo b > ex; du --exclude-from=ex --exclude=c -a d', only: 'gnu' },
  // Symlinks: -P (the default) counts the link, -D/-H follows an operand, -L every link.
  { cmd: 'ln -s d ld; du ld; du -L ld; du -H ld; du -D ld; du -P -L ld; du -L -P ld', only: 'gnu' },
  { cmd: 'ln -s d ld; ln -s d/a la; du -H la ld; du -L d ld; du -Ls d ld; du -lL d ld', only: 'gnu' },
  { cmd: 'ln -s nowhere dangling; du -L dangling; echo $?; du -H dangling; echo $?; du dangling', only: 'gnu' },
  { cmd: 'mkdir -p lp/q; ln -s .. lp/q/up; du -L lp; du -lL lp; du -La lp', only: 'gnu' },
  { cmd: 'mkdir g; ln -s ../d g/l; ln -s g lg; du -H lg; du -L lg; du -SL g', only: 'gnu' },
  { cmd: 'ln -s nowhere dangling; du -L dangling; echo $?; du -H dangling; du dangling', only: 'busybox' },
  { cmd: 'ln -s d ld; du ld; du -L ld; du -H ld; du -L -H ld; du -H -L ld', only: 'busybox' },
  { cmd: 'ln -s d ld; ln -s d/a la; du -H la ld; du -L d ld; du -lL d ld', only: 'busybox' },
  { cmd: 'mkdir g; ln -s ../d g/l; ln -s g lg; du -H lg; du -L lg; du -H g', only: 'busybox' },
  { cmd: 'mkdir -p lp/q; ln -s .. lp/q/up; du -L lp; du -La lp', only: 'busybox' },
  // A file reached twice is counted once, unless -l.
  'du d d/sub', 'du -l d d/sub', 'du -c d d', 'du -lc d d', 'du d/sub d', 'du -a d d/a', 'du -c -l d d/sub',
  { cmd: 'du -s d d/sub; du -c d d/sub', only: 'gnu' },
  // -x: one filesystem here.
  'du -x d', { cmd: 'du --one-file-system -s d', only: 'gnu' },
  { cmd: 'du -sa d; echo $?', only: 'gnu' }, { cmd: 'du -sa d; echo $?', only: 'busybox' },
], { sortLines: true });
