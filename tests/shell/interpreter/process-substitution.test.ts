// Process substitution, `<(list)` and `>(list)`, compared with the real shells: bash, and busybox ash
// (built with bash compatibility, as Debian's and Alpine's are); dash has none and says so.
import { describe, expect, it } from 'vitest';
import { realShell, simulatedShell, SHELLS } from './dialects.ts';
import type { Dialect } from '../../../src/shell/messages.ts';

// Reading two substitutions at once is a race in busybox 1.35 (under load `paste <(seq 3) <(seq 4 6)` has
// printed `1\t2\t3\t`: both descriptors read from one pipe), so those cases are bash's only.
const BOTH_AT_ONCE = new Set(['paste <(seq 3) <(seq 4 6)', 'sort -m <(printf "1\\n3\\n") <(printf "2\\n4\\n")']);

const CASES = [
  'cat <(echo hi) <(echo there)',
  'echo <(true) <(true); echo a<(true)',
  'x=<(true); echo $x; echo "<(true)" \'<(true)\'',
  'wc -l < <(printf "a\\nb\\n")',
  'while read l; do echo "got $l"; done < <(printf "1\\n2\\n"); echo after',
  'paste <(seq 3) <(seq 4 6)',
  'sort -m <(printf "1\\n3\\n") <(printf "2\\n4\\n")',
  'cat <(cat <(echo nested)) <(echo $((2+3)))',
  'echo $(( 1<(2) )) $(( 3>(2) ))',
  'tee >(tr a-z A-Z) <<EOF >/dev/null\nhello\nEOF\nsleep 0.1',
  'cat <(echo out; echo err >&2) 2>/dev/null',
  'cat <(exit 3); echo st=$?',
  'cat <(ls /nonexistent-dir 2>&1 | head -c 3); echo',
  '. <(echo y=5); echo y=$y',
  'echo x > <(true); echo st=$?',
  // bash closes a loop's descriptors after it (the next is 63 again); busybox keeps them open (66).
  'for x in <(echo a) <(echo b); do cat $x; done; echo <(true)',
  'for x in a <foo; do :; done',
  'for x in a 2>foo; do :; done',
];

describe.runIf(SHELLS)('process substitution as the real shells run it', () => {
  for (const dialect of ['bash', 'ash', 'dash'] as Dialect[]) {
    for (const script of CASES.filter((c) => dialect === 'bash' || !BOTH_AT_ONCE.has(c))) {
      it(`${dialect}: ${script.split('\n')[0]}`, async () => {
        expect(await simulatedShell(dialect, script)).toEqual(realShell(dialect, script));
      });
    }
  }
});
