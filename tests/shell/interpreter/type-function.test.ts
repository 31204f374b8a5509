// `type f` for a function: bash prints the function back in its own layout (print_cmd.c: four-space
// indents, `;` after each command of a list, `elif` nested as `else if`, heredoc bodies after their
// line, `$(…)` reprinted on one line), as do `command -V f` and `declare -f`; dash says `f is a shell
// function`, busybox ash `f is a function`. Each case runs in the real shell and in ours.
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../../src/shell/messages.ts';
import { realShell, simulatedShell, SHELLS } from './dialects.ts';

const FUNCTIONS = [
  'f() { a; b; c; }',
  'f() { a && b || c; ! a | b | c; }',
  'f() { if a; then b; c; elif d; then e; else g; fi; }',
  'f() { for i in 1 2 "3 4"; do echo $i; done; for j; do :; done; }',
  'f() { while a; do b; done < file; until c; do d; done 2>&1; }',
  'f() { case $1 in a|b) echo ab;; c) ;; *) echo x; y;; esac; }',
  'f() { ( cd /; ls ) > out 2>&1; { a; b; } < in; }',
  'f() { x=1 y=2 cmd "arg one" \'q\' >>f 2>/dev/null; local z=3 arr=(1  2); a[2]=3; x+=1; }',
  'f() { cat <<EOT\nhello $x\nEOT\necho after; echo b; }',
  'f() { cat <<-\'E\'\n\tx\n\tE\n}',
  'f() { cat <<A <<"B" | wc -l\na\nA\nb\nB\na && cat <<F\ny\nF\n}',
  'f() { cat <<< "$x" >&2; exec 3>&-; echo 2>&1 >/dev/null; cat 0<in 3<>rw 1>|o; }',
  'f() { [[ -n $x && $y == z ]]; [[ ( a ) && ! ( -z b || c ) ]]; }',
  'f() { echo $(date;pwd) `pwd` "it\'s $(a|b)" \'$(x;y)\' $((1+2)); v=$(if a; then b; fi); }',
  'f() { g() { echo inner; }; g; }',
  'f() (echo sub)',
  'function f { time a; a & b; c & }',
  'f() { { a; } > log 2>&1; }',
];

describe.runIf(SHELLS)('type of a function, differential', () => {
  for (const fn of FUNCTIONS) {
    it(`bash: ${fn.replace(/\n/g, '\\n')}`, async () => {
      const script = `${fn}\ntype f; command -V f; declare -f f; declare -F; type -t f`;
      expect(await simulatedShell('bash', script)).toEqual(realShell('bash', script));
    });
  }
  for (const dialect of ['ash', 'dash'] as Dialect[]) {
    it(`${dialect}: type f, command -V f`, async () => {
      const script = 'f() { echo hi; }\ntype f; command -V f; command -v f; type nope; echo rc=$?';
      expect(await simulatedShell(dialect, script)).toEqual(realShell(dialect, script));
    });
  }
});
