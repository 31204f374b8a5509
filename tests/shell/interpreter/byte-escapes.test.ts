// Octal and hex escapes are bytes: `printf '\303\251'` writes é (2 bytes), a lone `\377` one byte, in bash, busybox
// ash and dash alike, whether the escape comes from printf's format, %b, echo -e, dash's echo or `$'…'`.
// Compared through od/wc/base64/sha256sum, as the bytes are what a file or a pipe receives.
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../../src/shell/messages.ts';
import { realShell, simulatedShell, SHELLS } from './dialects.ts';

const ALL: Dialect[] = ['bash', 'ash', 'dash'];

const CASES: [string, Dialect[]][] = [
  ["printf '\\303\\251' | od -c", ALL],
  ["printf '\\303\\251' > f; wc -c < f; od -An -tx1 f", ALL],
  ["printf '\\377' | wc -c", ALL],
  ["printf '\\377\\303\\251\\303' | od -c", ALL],
  ["printf 'caf\\303\\251\\n' | sha256sum", ALL],
  ["printf '\\xe2\\x82\\xac' | od -c", ['bash', 'ash']],
  ["printf '\\xe2\\x82\\xac' | base64", ['bash', 'ash']],
  ["printf '%b' '\\0303\\0251\\n' | od -c", ALL],
  ["printf '%s|%b\\n' '\\303' '\\342\\202\\254' | od -c", ALL],
  ["printf '%3s|%.1s|%c|%d\\n' é é é \"'é\" | od -c", ['bash', 'ash']],
  ["echo -e '\\xe2\\x82\\xac\\0303' | od -c", ['bash', 'ash']],
  ["echo '\\0303\\0251' | od -c", ['dash']],
  ["env echo -e '\\0342\\0202\\0254' | od -c", ALL],
  ["echo $'\\303\\251 \\xff it\\'s \\t\\101' | od -c", ALL],
  ["x=$'a\\nb'; echo \"$x\" | wc -l", ALL],
  ["awk 'BEGIN { printf \"\\303\\251\\n\" }' | od -c", ['bash', 'ash']],
  ["printf '%s' $'\\e[1m\\cA\\u00e9\\U41\\?' | od -c", ['bash', 'ash']],
];

describe.runIf(SHELLS)('byte escapes, differential against bash, busybox ash and dash', () => {
  for (const [script, dialects] of CASES) {
    for (const dialect of dialects) {
      it(`${dialect}: ${script}`, async () => {
        expect(await simulatedShell(dialect, script)).toEqual(realShell(dialect, script));
      });
    }
  }
});
