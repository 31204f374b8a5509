// Shared table-driven differential test: each command runs in both flavours and must match the real tool.
import { describe, expect, it } from 'vitest';
import { both, ORACLE, type Files, type Flavour, type Outcome } from './oracle.ts';

/** One row: a command line, optionally with stdin, restricted to one flavour, or compared as a set of lines. */
export type Case = string | { cmd: string; stdin?: string; only?: Flavour; sortLines?: boolean };

const sorted = (o: Outcome): Outcome => ({ ...o, out: o.out.split('\n').sort().join('\n') });

/**
 * Declares a differential test per case and flavour (skipped, with a note, where the real tools are absent).
 * `sortLines` compares output as a set of lines: real find and grep -r walk directories in on-disk order,
 * ours in sorted order.
 */
export function differential(program: string, files: Files, cases: Case[], opts: { sortLines?: boolean } = {}): void {
  for (const flavour of ['gnu', 'busybox'] as Flavour[]) {
    if (cases.every((c) => typeof c !== 'string' && c.only !== undefined && c.only !== flavour)) continue;
    describe(`${program} (${flavour}) matches the real tool`, () => {
      for (const c of cases) {
        const k = typeof c === 'string' ? { cmd: c } : c;
        if (k.only && k.only !== flavour) continue;
        it.skipIf(!ORACLE)(k.cmd, async () => {
          const [ours, real] = await both(flavour, files, k.cmd, k.stdin ?? '');
          if (opts.sortLines || k.sortLines) expect(sorted(ours)).toEqual(sorted(real));
          else expect(ours).toEqual(real);
        });
      }
    });
  }
}
