// umask: the mask each shell prints and takes (octal, symbolic, -S, bad modes), and the modes of
// what a redirect, touch, mkdir and cp create under it; a subshell's umask stays its own, a child
// shell inherits it. Each script runs in the real bash, busybox ash and dash and in our shell.
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../../src/shell/messages.ts';
import { realShell, simulatedShell, SHELLS } from './dialects.ts';

const DIALECTS: Dialect[] = ['bash', 'ash', 'dash'];

const CASES = [
  'umask 022; umask; umask 77; umask; umask -S; umask 0; umask -S',
  'umask 022; umask u=rwx,g=rx,o=; umask; umask a+w; umask; umask g-x; umask -S',
  'umask 022; umask 8; echo rc=$?; umask',
  'umask 022; umask 1777; echo rc=$?; umask; umask 12345; echo rc=$?; umask',
  'umask 022; umask u=rwq; echo rc=$?; umask x=r; echo rc=$?; umask',
  'umask 022; umask -x; echo rc=$?',
  'umask 027; echo x > f; echo y >> g; mkdir d; mkdir -p p/q; touch t; cp f c; stat -c "%a %n" f g d p p/q t c',
  'umask 077; umask +w; umask; umask =rx; umask; touch a; chmod +x a; umask 022; chmod +w a; stat -c %a a',
  'umask 022; (umask 0; umask); umask; umask 077; sh -c umask; umask 0 && touch u && stat -c %a u',
];

describe.runIf(SHELLS)('umask, differential', () => {
  for (const script of CASES) {
    for (const dialect of DIALECTS) {
      it(`${dialect}: ${script}`, async () => {
        const ours = await simulatedShell(dialect, script);
        expect(ours).toEqual(realShell(dialect, script));
      });
    }
  }
});
