// `$(…)` nested 250 deep: real shells have no limit but their stack and time (bash needs ~9 s here,
// busybox well under one), and ours answers the same as busybox's ash does (the limit is 1,000).
import { describe, expect, it } from 'vitest';
import type { Dialect } from '../../../src/shell/messages.ts';
import { realShell, simulatedShell, SHELLS } from './dialects.ts';

const deep = (n: number) => 'echo ' + '$(echo '.repeat(n) + 'x' + ')'.repeat(n) + '; echo rc=$?';

describe.runIf(SHELLS)('deeply nested command substitution', () => {
  it('250 levels print what busybox ash prints', async () => {
    const real = realShell('ash', deep(250));
    expect(real).toEqual({ out: 'x\nrc=0\n', err: '', code: 0 });
    for (const dialect of ['ash', 'dash', 'bash'] as Dialect[]) expect(await simulatedShell(dialect, deep(250))).toEqual(real);
  });
});
