// What `set` says of an option it does not know, in each shell's words, and whether the script goes
// on: bash returns 2 and goes on; busybox names the sign it was given and returns 1 for a name, ends
// the script for a letter; dash says "Illegal option" (capital I) and ends the script for either, so
// `set -o pipefail` (which dash 0.5.12 lacks) stops a Debian `sh -c` script.
import { describe, expect, it } from 'vitest';
import { realShell, simulatedShell, SHELLS } from './dialects.ts';
import type { Dialect } from '../../../src/shell/messages.ts';

const CASES = ['set -o bogus; echo ok $?', 'set +o bogus; echo ok $?', 'set -o pipefail; echo ok $?', 'set -q; echo ok $?', 'set +q; echo ok $?', 'jobs -q; echo ok $?', 'umask -q; echo ok $?'];

describe.runIf(SHELLS)('set with an option the shell does not have', () => {
  for (const dialect of ['bash', 'ash', 'dash'] as Dialect[]) {
    for (const script of CASES) {
      it(`${dialect}: ${script}`, async () => {
        expect(await simulatedShell(dialect, script)).toEqual(realShell(dialect, script));
      });
    }
  }
});
