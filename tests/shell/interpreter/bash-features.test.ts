// Bash features a learner types, each run in the real bash, busybox ash and dash and in our shell in
// the same dialect: bash runs them; ash and dash run what they have and reject the rest with their
// own words and status.
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../../src/shell/messages.ts';
import { realShell, simulatedShell, SHELLS } from './dialects.ts';

const DIALECTS: Dialect[] = ['bash', 'ash', 'dash'];

const CASES: Record<string, string[]> = {
  functions: [
    'function f { echo "in f: $1"; }; f one',
    'function g() { echo g; }; g; type g | head -1',
    'function h\n{\n  echo multi\n}\nh',
    'f() { local x=inner; echo $x; }; x=outer; f; echo $x',
    'f() { local y; y=2; }; y=1; f; echo $y',
    'local z=1',
  ],
  arrays: [
    'a=(x "y z" w); echo ${a[1]}; echo ${#a[@]}; echo "${a[@]}"',
    'a=(x y); a+=(z); echo ${a[2]} ${a[-1]} $a',
    'a=(one two three); for e in "${a[@]}"; do echo "[$e]"; done',
    'a=("a b" c); for e in ${a[@]}; do echo "[$e]"; done; for e in "${a[*]}"; do echo "[$e]"; done',
    'a=(x y z); unset "a[1]"; echo ${#a[@]} ${!a[@]}; declare -p a',
    'a=(x y); i=1; echo ${a[i]} ${a[$i]} ${a[i-1]}; a[5]=f; echo ${!a[@]}',
    'x=(1)',
    'a[1]=2',
    'echo ${a[1]}',
    'echo "${#a[@]}"',
    'unset "a[1]"',
    'declare -A m; m[k]=v; m[j]="a b"; echo ${m[k]} ${m[j]}; echo ${#m[@]}; declare -p m',
    'declare -A m=([one]=1 [two]=2); for k in "${!m[@]}"; do echo "$k=${m[$k]}"; done',
    'declare -a a=(p q); declare -p a; declare -p nosuch; echo $?',
    'f() { local -a l=(1 2); echo ${l[1]}; }; f; echo "[${l[1]}]"',
    'a=(x y); a=scalar; echo ${a[@]}',
    'a=(/x/y.txt /z/w.txt); echo ${a[@]##*/} ${a[@]%.txt}',
    'declare -a l=1',
    's=abc; s+=def; echo $s',
  ],
  substrings: [
    'x=hello; echo ${x:1} ${x:1:2} ${x: -2} ${x:1:-1} ${x:10}x ${x:(-3):2} ${x::2}',
    'x=hello; i=1; echo ${x:i:i+1} ${x:$i}; y=${x:0:1}; echo "$y"',
    'set -- a b c d; echo ${@:2} ${@:2:1} ${*:3}',
  ],
  exec: ['exec nosuchprogram; echo not reached', 'exec echo replaced; echo not reached'],
  random: [
    'RANDOM=42; a=$RANDOM; b=$RANDOM; RANDOM=42; c=$RANDOM; [ "$a" = "$c" ] && [ "$a" != "$b" ] && echo repeats',
    'n=$RANDOM; [ "$n" -ge 0 ] && [ "$n" -le 32767 ] && echo in range',
  ],
  cond: [
    '[[ abc == a* ]] && echo glob; [[ abc == "a*" ]] || echo literal',
    '[[ abc != b* ]] && echo ne',
    '[[ hello =~ ^h(el)(lo)$ ]] && echo "${BASH_REMATCH[0]} ${BASH_REMATCH[1]} ${BASH_REMATCH[2]}"',
    're="^[0-9]+$"; [[ 123 =~ $re ]] && echo num; [[ 12a =~ $re ]] || echo notnum',
    '[[ a.c =~ "a.c" ]] && echo quoted; [[ abc =~ "a.c" ]] || echo literal dot',
    "[[ 1 =~ '(' ]]; echo $?; [[ '(' =~ '(' ]]; echo $?; [[ x =~ '[' ]]; echo $?",
    "re='('; [[ a =~ $re ]]; echo $?; [[ 'a(b' =~ a\\(b ]]; echo $?",
    "[ '(' = '(' ]; echo $?; test '(' != ')'; echo $?; [ ! = x ]; echo $?",
    '[[ -n x && ! -z x ]] && echo both; [[ -z x || -n "" ]] || echo neither',
    '[[ ( -n x ) && ( a < b ) ]] && echo paren; [[ b > a ]] && echo gt',
    'touch f; mkdir d; [[ -f f && -d d && -e f && ! -e nope ]] && echo files',
    'x="a b"; [[ $x == "a b" ]] && echo nosplit',
    '[[ 10 -gt 9 ]] && echo numeric; [[ 10 > 9 ]] || echo stringwise',
    '[[ -v x ]] || echo unset; x=; [[ -v x ]] && echo set',
    '[[ a b ]]',
    '[[ -f ]]',
  ],
  read: [
    'read -r a b <<< "1 2 3"; echo "[$a] [$b]"',
    'read a <<< "x\\\\y"; echo "$a"; read -r b <<< "x\\\\y"; echo "$b"',
    'IFS=: read -r u p rest <<< "root:x:0:0:root"; echo "$u|$p|$rest"',
    'read -r -a arr <<< "a  b   c"; echo ${#arr[@]} ${arr[2]}',
    'read -p "Name? " n <<< "Ada"; echo "hi $n"',
    'echo "  lead  trail  " | { read -r l; echo "[$l]"; }',
    'printf "a b\\nc d\\n" | while read -r x y; do echo "$y-$x"; done',
    'echo "1,2,3" | { IFS=, read -r a b; echo "$a|$b"; }',
    'echo x | { read -a arr; echo "[$arr]"; }',
    'read v < /dev/null; echo "$? [$v]"',
  ],
  printf: [
    'printf -v v "%03d-%s" 7 x; echo "$v"',
    'printf -v 1x %s a',
    'printf "%s|" a b; echo',
  ],
  herestrings: [
    'cat <<< "hello world"',
    'x=there; tr a-z A-Z <<< "hi $x"',
    'cat <<<',
    'wc -l <<< "$(printf "a\\nb")"',
  ],
  heredocs: [
    'cat <<EOF\nnever closed',
    'echo before\ncat <<-"E O"\n\tbody',
    'cat <<EOF\nok\nEOF\necho after',
  ],
  rejected: [
    'x; echo $?',
    'echo ( a )',
    'if true; then',
    'echo "unterminated',
    'cd /nope',
    'echo > /nope/file',
    'cat < /nope',
    'set -x; echo "a b" c',
    'echo -e "a\\tb"',
    'source /nope',
    '. /nope',
  ],
};

describe.runIf(SHELLS)('bash features, differential against bash, busybox ash and dash', () => {
  for (const [group, cases] of Object.entries(CASES)) {
    describe(group, () => {
      for (const script of cases) {
        for (const dialect of DIALECTS) {
          it(`${dialect}: ${script.replace(/\n/g, '\\n')}`, async () => {
            const real = realShell(dialect, script);
            const ours = await simulatedShell(dialect, script);
            expect(ours).toEqual(real);
          });
        }
      }
    });
  }
});
