// Syntax errors in text a shell reads as it runs — an `eval` argument, a file read by `.`, a script —
// each run in the real bash, busybox ash and dash and in our shell in the same dialect: the whole
// commands before the error run (shells read a command at a time), the error is told in the
// builtin's words, and bash goes on where ash and dash stop the script.
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../../src/shell/messages.ts';
import { realShell, simulatedShell, SHELLS } from './dialects.ts';

const DIALECTS: Dialect[] = ['bash', 'ash', 'dash'];

const CASES = [
  'eval "&"; echo rc=$?',
  'eval "echo a\n&"; echo rc=$?',
  'echo x\neval "echo a\n&"; echo rc=$?',
  'echo x\n\n\neval "&"\necho rc=$?',
  'eval "echo \\"open"; echo rc=$?',
  'eval "if true; then"; echo rc=$?',
  'f() { eval "a |"; }; f; echo after=$?',
  "printf 'echo one\\n&\\necho two\\n' > f.sh; . ./f.sh; echo rc=$?",
  "printf 'echo \"open\\n' > g.sh; . ./g.sh; echo rc=$?",
  'echo one\n&\necho two',
  'echo one\nif true; then\n&\nfi',
  'echo one\necho two; &',
  'echo one\necho "open',
];

describe.runIf(SHELLS)('syntax errors in eval, sourced files and scripts, differential', () => {
  for (const script of CASES) {
    for (const dialect of DIALECTS) {
      it(`${dialect}: ${script.replace(/\n/g, '\\n')}`, async () => {
        const ours = await simulatedShell(dialect, script);
        expect(ours).toEqual(realShell(dialect, script));
      });
    }
  }
});
