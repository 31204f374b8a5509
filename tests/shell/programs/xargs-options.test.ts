import { describe, expect, it } from 'vitest';
import { differential } from './cases.ts';
import { simulated } from './oracle.ts';

// -L, -l and --max-lines (GNU): a line that ends in a blank goes on into the next; blank lines do not count;
// with -0 or -d every item is a line. -L, -n and -I cancel each other, with a warning.
differential('xargs -L', {}, [
  { cmd: 'xargs -L1 echo', stdin: 'a b\nc\n', only: 'gnu' },
  { cmd: 'xargs -L 1 echo', stdin: 'a b \nc\nd\n\ne f\n', only: 'gnu' },
  { cmd: 'xargs -L 2 echo', stdin: 'a b \nc\nd\n\ne f\n', only: 'gnu' },
  { cmd: 'xargs -L1 echo x', stdin: ' a\n\t\nb \t\nc\\\\ \nd\n', only: 'gnu' },
  { cmd: 'xargs -L1 echo x', stdin: "''\n\nb\n", only: 'gnu' },
  { cmd: 'xargs -l echo', stdin: 'a b\nc\n', only: 'gnu' },
  { cmd: 'xargs -l2 echo', stdin: 'a b\nc\nd\n', only: 'gnu' },
  { cmd: 'xargs -l 2 echo; echo $?', stdin: 'a b\n', only: 'gnu' },
  { cmd: 'xargs --max-lines echo', stdin: 'a b\nc\nd\n', only: 'gnu' },
  { cmd: 'xargs --max-lines=2 echo', stdin: 'a b\nc\nd\n', only: 'gnu' },
  { cmd: 'xargs --max-l=2 echo', stdin: 'a b\nc\nd\n', only: 'gnu' },
  { cmd: 'xargs -tL1 echo', stdin: 'a b\nc', only: 'gnu' },
  { cmd: "printf 'a\\0b\\0c' | xargs -0 -L2 echo", only: 'gnu' },
  { cmd: "printf 'a,b,c,' | xargs -d, -L2 echo", only: 'gnu' },
  { cmd: 'xargs -L 0 echo; echo $?', only: 'gnu' },
  { cmd: 'xargs -L x echo; echo $?', only: 'gnu' },
  { cmd: 'xargs -L; echo $?', only: 'gnu' },
  { cmd: 'xargs --max-lines=-1 echo; echo $?', only: 'gnu' },
  { cmd: 'xargs -L1 -n2 echo', stdin: 'a b\nc\nd\n', only: 'gnu' },
  { cmd: 'xargs -n2 -L1 echo', stdin: 'a b\nc\nd\n', only: 'gnu' },
  { cmd: 'xargs -I{} -L1 echo {}', stdin: 'a b\nc\n', only: 'gnu' },
  { cmd: 'xargs -L1 -I{} echo {}', stdin: 'a b\nc\n', only: 'gnu' },
  { cmd: 'xargs -L1 -l echo', stdin: 'a b\nc\n', only: 'gnu' },
  // -L implies -x: a line over -s is fatal, and bad input runs nothing pending
  { cmd: 'xargs -L1 -s 9 echo; echo $?', stdin: 'a b c\nd\n', only: 'gnu' },
  { cmd: 'xargs -L2 -s 12 echo; echo $?', stdin: 'a\nb c\nd\n', only: 'gnu' },
  { cmd: 'xargs -L2 echo; echo $?', stdin: "a\nb 'c\n", only: 'gnu' },
  { cmd: 'xargs -L1 echo; echo $?', stdin: "a\nb 'c\n", only: 'gnu' },
  { cmd: 'xargs -L 1 -E stop echo', stdin: 'a \nstop\nc\n', only: 'gnu' },
  { cmd: 'xargs -L 1 -E stop echo', stdin: 'a stop\nc\n', only: 'gnu' },
  { cmd: 'xargs -L 1 -E stop echo', stdin: 'a\nstop\nc\n', only: 'gnu' },
  { cmd: 'xargs -rL1 echo', stdin: '\n \n', only: 'gnu' },
  // busybox has no -L
  { cmd: 'xargs -L1 echo 2>/dev/null; echo $?', stdin: 'a\n', only: 'busybox' },
]);

// -d (GNU): items end at one character or a C escape; quotes, backslashes and -E mean nothing.
differential('xargs -d', {}, [
  { cmd: 'xargs -d , echo', stdin: 'a,b c,"d"\\e\n', only: 'gnu' },
  { cmd: 'xargs -d , -n1 echo', stdin: 'a,,b,', only: 'gnu' },
  { cmd: "xargs -d '\\n' -n1 echo", stdin: "a b\n'c\n\nd", only: 'gnu' },
  { cmd: "xargs -d '\\t' -n1 echo", stdin: 'a\tb', only: 'gnu' },
  { cmd: "printf 'a\\0b' | xargs -d '\\0' -n1 echo", only: 'gnu' },
  { cmd: "xargs -d '\\\\' -n1 echo", stdin: 'a\\\\b', only: 'gnu' },
  { cmd: "xargs -d '\\x41' -n1 echo", stdin: 'xAyAz', only: 'gnu' },
  { cmd: "xargs -d '\\101' -n1 echo", stdin: 'xAyAz', only: 'gnu' },
  { cmd: "xargs -d '\\x0x2c' -n1 echo", stdin: 'x,y', only: 'gnu' },
  { cmd: "xargs -d '\\x' -n1 echo | od -c", stdin: 'x,y', only: 'gnu' },
  { cmd: "xargs -d '\\a' -n1 echo | od -c", stdin: 'x\x07y\bz', only: 'gnu' },
  { cmd: 'xargs -d ab echo; echo $?', stdin: 'x', only: 'gnu' },
  { cmd: "xargs -d '' echo; echo $?", stdin: 'x', only: 'gnu' },
  { cmd: 'xargs -d é echo; echo $?', stdin: 'x', only: 'gnu' },
  { cmd: "xargs -d '\\q' echo; echo $?", stdin: 'x', only: 'gnu' },
  { cmd: "xargs -d '\\e' echo; echo $?", stdin: 'x', only: 'gnu' },
  { cmd: "xargs -d '\\x100' echo; echo $?", stdin: 'x', only: 'gnu' },
  { cmd: "xargs -d '\\400' echo; echo $?", stdin: 'x', only: 'gnu' },
  { cmd: "xargs -d '\\x-1' echo; echo $?", stdin: 'x', only: 'gnu' },
  { cmd: "xargs -d '\\x4g' echo; echo $?", stdin: 'x', only: 'gnu' },
  { cmd: "xargs -d '\\08' echo; echo $?", stdin: 'x', only: 'gnu' },
  { cmd: 'xargs --delimiter=, echo; xargs --delimiter , echo', stdin: 'a,b', only: 'gnu' },
  { cmd: 'xargs -d; echo $?; xargs --delimiter; echo $?', only: 'gnu' },
  { cmd: 'xargs -d ab -L x; echo $?', only: 'gnu' },
  { cmd: 'xargs -L x -d ab; echo $?', only: 'gnu' },
  { cmd: 'xargs -d, -E b echo', stdin: 'a,b,c', only: 'gnu' },
  { cmd: 'xargs -d, -I{} echo [{}]', stdin: 'a,, b c ,', only: 'gnu' },
  { cmd: "printf 'a\\0\\0 b c \\0' | xargs -0 -I{} echo [{}]", only: 'gnu' },
  { cmd: 'xargs -d , echo 2>/dev/null; echo $?', stdin: 'a', only: 'busybox' },
]);

// -a FILE: the input comes from FILE. GNU then gives the command xargs's own stdin (not /dev/null);
// busybox's commands read the file, which xargs has read to its end.
differential('xargs -a', { list: 'x y\nz\n', dash: '-\n-\n', 'd/f': '' }, [
  'xargs -a list echo',
  'xargs -alist -n1 echo',
  'xargs -a nosuch echo; echo $?',
  'xargs -a d echo; echo $?',
  'xargs -a nosuch -s 0 echo; echo $?',
  'echo in | xargs -a dash cat',
  'echo in | xargs -a dash -n1 cat',
  'echo in | { xargs -a list echo; cat; }',
  { cmd: 'xargs -a - echo; echo $?', stdin: 'a b\n' },
  { cmd: 'xargs --arg-file=list echo; xargs --arg-file nosuch echo; echo $?', only: 'gnu' },
  { cmd: 'xargs -a nosuch -E x -0; echo $?', only: 'gnu' },
  { cmd: 'xargs -a list -s 2 echo; echo $?', only: 'gnu' },
  { cmd: 'xargs -a 2>/dev/null; echo $?', only: 'busybox' },
]);

// -E and -e: input ends at the word (GNU: with -I, at the line); GNU takes a last word that is not first
// on its line and has no newline; busybox's -e alone keeps an -E before it.
differential('xargs -E', {}, [
  { cmd: 'xargs -E stop echo', stdin: 'a b\nc stop d\ne\n' },
  { cmd: 'xargs -Estop echo', stdin: 'a b\nc stop d\ne\n' },
  { cmd: 'xargs -estop echo', stdin: 'a b\nc stop d\ne\n' },
  { cmd: 'xargs -e echo', stdin: 'a stop b\n' },
  { cmd: "xargs -E '' echo", stdin: 'a stop b\n' },
  { cmd: 'xargs -e stop echo; echo $?', stdin: 'a stop b\n' },
  { cmd: "xargs -E stop -E '' echo", stdin: 'a stop b\n' },
  { cmd: 'xargs -E stop -e echo', stdin: 'a stop b\n' },
  { cmd: 'xargs -E stop echo', stdin: 'stop b\nc\n' },
  { cmd: 'xargs -E stop -r echo', stdin: 'stop b\nc\n' },
  { cmd: 'xargs -E stop -n1 echo', stdin: 'a stop\nc\n' },
  { cmd: 'xargs -E stop -I{} echo [{}]', stdin: 'a stop\nstop\nc\n' },
  { cmd: 'xargs -E stop -0 echo', stdin: 'a\0stop\0c\0' },
  { cmd: 'xargs -E stop echo', stdin: "a 'stop' st\\op\n" },
  { cmd: 'xargs -E stop echo', stdin: 'a stop' },
  { cmd: 'xargs -E stop echo', stdin: 'a\nstop' },
  { cmd: 'xargs -E stop -I{} echo [{}]', stdin: 'a\n stop' },
  { cmd: 'xargs --eof=stop echo; xargs --eof echo', stdin: 'a stop b\n', only: 'gnu' },
  { cmd: 'xargs --eof= echo', stdin: 'a stop b\n', only: 'gnu' },
  { cmd: 'xargs -E; echo $?', only: 'gnu' },
  { cmd: 'xargs -E 2>/dev/null; echo $?', only: 'busybox' },
]);

// -s: a command line's bytes, each word (the command's too) with its NUL. -x exits where one would not fit
// (GNU: beside -n or -L; busybox takes -x and does nothing). Errors go to a file: the real GNU xargs dies
// while its last command may still be writing.
differential('xargs -s and -x', {}, [
  { cmd: 'xargs -s 10 echo; echo $?', stdin: 'a b\nc\n' },
  { cmd: 'xargs -s 9 echo; echo $?', stdin: 'a b\nc\n' },
  { cmd: 'xargs -s 8 echo; echo $?', stdin: 'a b\nc\n' },
  { cmd: 'xargs -s 7 echo; echo $?', stdin: 'a b\nc\n' },
  { cmd: 'xargs -s 6 echo; echo $?', stdin: 'a b\nc\n' },
  { cmd: 'xargs -s 5 echo; echo $?', stdin: 'a b\nc\n' },
  { cmd: 'xargs -s 4 echo; echo $?', stdin: 'a b\nc\n' },
  { cmd: 'xargs -s 0 echo; echo $?', stdin: 'a\n' },
  { cmd: 'xargs -s -1 echo; echo $?', stdin: 'a\n' },
  { cmd: 'xargs -s x echo; echo $?', stdin: 'a\n' },
  { cmd: 'xargs -s 0x10 echo; echo $?', stdin: 'a\n' },
  { cmd: "xargs -s ' +12' echo; echo $?", stdin: 'a\n' },
  { cmd: 'xargs -s 3000000000 echo; echo $?', stdin: 'a\n', only: 'busybox' },
  { cmd: 'xargs -s 11 echo; echo $?', stdin: 'a b c defgh i\n' },
  { cmd: 'xargs -s 9 echo 2>e; echo $?; cat e', stdin: 'a b c defgh i\n' },
  { cmd: 'xargs -x -s 9 echo 2>e; echo $?; cat e', stdin: 'a b c defgh i\n' },
  { cmd: 'xargs -s 9 -x echo; echo $?', stdin: 'a b\nc\n' },
  { cmd: 'xargs -s 9 -x -n 5 echo; echo $?', stdin: 'a b\nc\n' },
  { cmd: 'xargs -s 9 -n 5 echo; echo $?', stdin: 'a b\nc\n' },
  { cmd: 'xargs -n2 -x -s 9 echo; echo $?', stdin: 'a b c d e\n' },
  { cmd: 'xargs -n3 --exit -s 9 echo; echo $?', stdin: 'a b c d e\n', only: 'gnu' },
  { cmd: 'xargs -s 6 -x -n 5 echo; echo $?', stdin: 'a b\n' },
  { cmd: 'xargs -s 9 -n1 echo; echo $?', stdin: 'a b c\n' },
  { cmd: 'xargs -s 9 echo; echo $?', stdin: "a 'b" },
  { cmd: 'xargs -s 8 -n 5 echo 2>e; echo $?; cat e', stdin: "a b 'cd" },
  { cmd: 'xargs -s 12 echo x; echo $?', stdin: 'abcd abcde\n' },
  { cmd: "printf 'a\\0b\\0\\0cdefgh\\0' | xargs -0 -s 9 echo 2>e; echo $?; cat e" },
  { cmd: 'xargs -I{} -s 12 echo {}; echo $?', stdin: 'abc\nabcdef\nabcde\n' },
  { cmd: 'xargs -I{} -s 12 echo {}; echo $?', stdin: 'abcdefghijk\n' },
  { cmd: 'xargs -I{} -s 12 echo {}; echo $?', stdin: 'abcdefghij\n' },
  { cmd: 'xargs -I{} -s 12 echo {}; echo $?', stdin: 'a\nabcdefg\n' },
  { cmd: 'xargs -I{} -s 12 echo x{}; echo $?', stdin: 'abcdef\n' },
  { cmd: 'xargs -I{} -s 12 echo x{}; echo $?', stdin: 'abcde\n' },
  { cmd: 'xargs -I{} -s 12 echo x{} y; echo $?', stdin: 'abc\n' },
  { cmd: 'xargs -I{} -s 3 echo {}; echo $?', stdin: 'ab\n', only: 'gnu' },
  { cmd: 'xargs -s 100000 echo; echo $?', stdin: 'a\n' },
  { cmd: 'xargs --max-chars=9 echo; echo $?', stdin: 'a b\nc\n', only: 'gnu' },
  { cmd: 'xargs -s 2>/dev/null; echo $?', only: 'busybox' },
]);

// -P: the workbook runs the commands one after another, one order the real parallel runs may print in
// (compared as sets of lines); the number is checked as each tool does.
differential('xargs -P', {}, [
  { cmd: 'xargs -P 0 -n1 echo; echo $?', stdin: 'a b\n', sortLines: true },
  { cmd: 'xargs -P4 -n1 echo; echo $?', stdin: 'a b c\n', sortLines: true },
  { cmd: 'xargs -P 2147483647 -n1 echo; echo $?', stdin: 'a b\n', sortLines: true },
  { cmd: 'xargs -P -1 -n1 echo; echo $?', stdin: 'a b\n' },
  { cmd: 'xargs -P x -n1 echo; echo $?', stdin: 'a b\n' },
  { cmd: 'xargs -P 2147483648 -n1 echo; echo $?', stdin: 'a b\n' },
  { cmd: 'xargs -P 99999999999 -n1 echo; echo $?', stdin: 'a b\n' },
  { cmd: 'xargs -P2 -n1 sh -c \'exit $0\'; echo $?', stdin: '0 1 0\n' },
  { cmd: 'xargs --max-procs=2 -n1 echo; echo $?', stdin: 'a b\n', only: 'gnu', sortLines: true },
  { cmd: 'xargs -I{} --process-slot-var=N printenv N', stdin: 'a\nb\n', only: 'gnu' },
  { cmd: 'xargs --process-slot-var=N=1 echo; echo $?', stdin: 'a\n', only: 'gnu' },
]);

// -i (GNU's deprecated -I {}; busybox takes it too): lines keep their inner and trailing blanks; GNU still
// reads quotes and backslashes in them, busybox does not, and busybox replaces in the command's name too.
differential('xargs -i and -I', {}, [
  { cmd: 'xargs -i echo [{}]; echo $?', stdin: " a  b \n\n  c\\\\ d 'e  f'  \n" },
  { cmd: 'xargs -iX echo [X] {}', stdin: ' a  b \nc\n' },
  { cmd: 'xargs -i -n1 echo [{}]', stdin: 'a b\nc\n' },
  { cmd: 'xargs -i -n2 echo [{}]', stdin: 'a b\nc d\ne\n' },
  { cmd: 'xargs -n2 -i echo [{}]', stdin: 'a b\nc d\ne\n' },
  { cmd: 'xargs -I{} -n1 echo [{}]', stdin: 'a b\nc\n' },
  { cmd: 'xargs -n1 -I{} echo [{}]', stdin: 'a b\nc\n' },
  { cmd: 'xargs -I {} echo [{}] {}{}', stdin: ' a  b \nc\n' },
  { cmd: 'xargs -I{} -t echo [{}]', stdin: 'a  b \n' },
  { cmd: 'xargs -I{} echo [{}]', stdin: "it's\n" },
  { cmd: 'xargs -I{} echo [{}]', stdin: "''\n\n" },
  { cmd: 'echo echo | xargs -I{} {} hi; echo $?' },
  { cmd: 'xargs -i -L2 echo [{}]', stdin: 'a\nb\nc\n', only: 'gnu' },
  { cmd: "xargs -I '' echo x; echo $?; echo a | xargs -I '' echo ''", stdin: 'a\n', only: 'gnu' },
  { cmd: 'xargs --replace echo [{}]; xargs --replace=X echo [X]', stdin: ' a b \n', only: 'gnu' },
  { cmd: 'xargs --replace X echo [X]; echo $?', stdin: 'a\n', only: 'gnu' },
  { cmd: 'xargs -I X -i echo [X] [{}]', stdin: 'a\n', only: 'busybox' },
  { cmd: "printf ' a\\0\\0\\n b \\0' | xargs -0 -I{} echo [{}]", only: 'busybox' },
]);

// Words: GNU separates at blanks and newlines only (\v \f \r are part of a word) and keeps '' as an empty
// argument; busybox splits at all white space and drops words made of quotes alone. A NUL ends a word.
differential('xargs words', {}, [
  { cmd: 'xargs -n1 echo x | od -c', stdin: 'a\vb\fc\rd e\n' },
  { cmd: 'xargs -n1 echo x', stdin: "'' a \"\" b\n\"\"\n" },
  { cmd: 'xargs echo; echo $?', stdin: "a '" },
  { cmd: 'xargs echo; echo $?', stdin: "a 'b" },
  { cmd: 'xargs -n1 echo; echo $?', stdin: "a b 'c\nd'\n" },
  { cmd: 'xargs echo', stdin: "a ''" },
  { cmd: 'xargs echo', stdin: 'a \\' },
  { cmd: 'xargs -n1 echo x', stdin: 'a\\\nb c\n' },
  { cmd: 'xargs -t echo; echo $?', stdin: "a 'b\n" },
  { cmd: "printf 'a\\0b c\\0d\\n' | xargs -n1 echo x" },
]);

// getopt: clustered letters, an attached argument, `--`, GNU's long options (abbreviated, ambiguous,
// misused) and busybox's one, --no-run-if-empty; -n's number as each tool reads it.
differential('xargs options', {}, [
  { cmd: 'xargs -it echo [t] [{}]', stdin: 'a\n' },
  { cmd: 'xargs -ti echo [{}]', stdin: 'a\n' },
  { cmd: 'xargs -rtn1 echo', stdin: 'a b\n' },
  { cmd: 'xargs -- echo -n x', stdin: 'a\n' },
  { cmd: 'xargs -n1 -- -x; echo $?', stdin: 'a\n' },
  { cmd: 'xargs --no-run-if-empty echo; echo $?; xargs --no-r echo; echo $?' },
  { cmd: 'xargs --max echo; echo $?', only: 'gnu' },
  { cmd: 'xargs --max-a=1 --verb echo', stdin: 'a b\n', only: 'gnu' },
  { cmd: 'xargs --max-args 1 echo', stdin: 'a b\n', only: 'gnu' },
  { cmd: 'xargs --null -n1 echo', stdin: 'a b\0c', only: 'gnu' },
  { cmd: 'xargs --null=x echo; echo $?', only: 'gnu' },
  { cmd: 'xargs --max-args; echo $?', only: 'gnu' },
  { cmd: 'xargs --foo echo; echo $?', only: 'gnu' },
  { cmd: 'xargs -q echo; echo $?', only: 'gnu' },
  { cmd: 'xargs -q echo 2>/dev/null; echo $?', only: 'busybox' },
  { cmd: 'xargs -n 0 echo; echo $?', stdin: 'a\n' },
  { cmd: 'xargs -n -5 echo; echo $?', stdin: 'a\n' },
  { cmd: 'xargs -n 1x echo; echo $?', stdin: 'a\n' },
  { cmd: "xargs -n '' echo; echo $?", stdin: 'a\n' },
  { cmd: "xargs -n ' 2' echo; echo $?", stdin: 'a b c\n' },
  { cmd: 'xargs -n +2 echo; echo $?', stdin: 'a b c\n' },
  { cmd: 'xargs -n 010 echo; echo $?', stdin: 'a b c d e f g h i j k l\n' },
  { cmd: 'xargs -n 99999999999 echo; echo $?', stdin: 'a b\n' },
  { cmd: 'xargs -n 3000000000 echo; echo $?', stdin: 'a b\n', only: 'busybox' },
]);

// GNU -t shows each word as gnulib's shell-escape quoting does in the C locale (bytes above 127 escaped).
differential('xargs -t quoting', {}, [
  { cmd: 'xargs -0 -n1 -t true 2>&1', stdin: ['a=b', '{}', '{', '}', '#x', 'x#', '~x', 'x~', '?', '*', '%', '@', ']', '[', '^', '!', 'a b', ' ', ''].join('\0'), only: 'gnu' },
  { cmd: 'xargs -0 -n1 -t true 2>&1', stdin: ['é', 'aé', "é'", "it's", "''", "#it's", "it's#", 'a\'b"c', 'a$b', 'x\ty', '\tx', 'x\t', '\t\t', 'é\tb', 'a\x1bb\x7f', '\x01', "it's\tx"].join('\0'), only: 'gnu' },
]);

describe('xargs refuses what needs a terminal, and words getopt errors as musl does', () => {
  it('refuses -p and -o (and --interactive, --open-tty) in both flavours where the real tool has them', async () => {
    const gnu = simulated('gnu', {});
    expect(await gnu.run('xargs -p echo', 'a\n')).toEqual({ out: '', err: "xargs: option '-p' is not supported in the workbook\n", code: 1 });
    expect(await gnu.run('xargs -o echo', 'a\n')).toEqual({ out: '', err: "xargs: option '-o' is not supported in the workbook\n", code: 1 });
    expect((await gnu.run('xargs --interactive echo')).err).toBe("xargs: option '--interactive' is not supported in the workbook\n");
    expect((await gnu.run('xargs --open-tty echo')).err).toBe("xargs: option '--open-tty' is not supported in the workbook\n");
    expect((await gnu.run('xargs --show-limits echo')).err).toBe("xargs: option '--show-limits' is not supported in the workbook\n");
    const bb = simulated('busybox', {});
    expect(await bb.run('xargs -p echo', 'a\n')).toEqual({ out: '', err: "xargs: option '-p' is not supported in the workbook\n", code: 1 });
    // Alpine's busybox (1.36 on) has -o, though the recorded 1.35 help does not list it.
    expect(await bb.run('xargs -o echo', 'a\n')).toEqual({ out: '', err: "xargs: option '-o' is not supported in the workbook\n", code: 1 });
  });

  it("words busybox's getopt errors as musl does, its usage after them", async () => {
    const bb = simulated('busybox', {});
    for (const [cmd, first] of [
      ['xargs -L1 echo', 'xargs: unrecognized option: L'],
      ['xargs -d , echo', 'xargs: unrecognized option: d'],
      ['xargs -E', 'xargs: option requires an argument: E'],
      ['xargs -s', 'xargs: option requires an argument: s'],
      ['xargs -a', 'xargs: option requires an argument: a'],
      ['xargs --max-args=1 echo', 'xargs: unrecognized option: max-args'],
    ]) {
      const r = await bb.run(cmd, 'a\n');
      expect(r.err.split('\n')[0]).toBe(first);
      expect(r.err).toContain('Usage: xargs [OPTIONS] [PROG ARGS]');
      expect(r.code).toBe(1);
    }
    expect(await bb.run('xargs --no-run echo', '')).toEqual({ out: '', err: '', code: 0 });
  });

  it('warns when -s is over the limit of the environment, and uses the limit', async () => {
    const r = await simulated('gnu', {}).run('xargs -s 99999999 echo', 'a b\n');
    expect(r.out).toBe('a b\n');
    expect(r.err).toMatch(/^xargs: value 99999999 for -s option should be <= \d+\n$/);
  });
});
