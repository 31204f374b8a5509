// Changes grouped into hunks as GNU's find_hunk groups them: changes closer than twice the context (plus
// one) share a hunk; under -B a hunk whose changed lines are all blank is not printed.
import type { Change } from './analyze.ts';
import type { Text } from './lines.ts';

/** Consecutive changes printed together. */
export type Hunk = Change[];

/** Whether every line `c` deletes or inserts is empty (what -B ignores). */
function blankOnly(c: Change, a: Text, b: Text): boolean {
  for (let k = 0; k < c.deleted; k++) if (a.lines[c.line0 + k] !== '') return false;
  for (let k = 0; k < c.inserted; k++) if (b.lines[c.line1 + k] !== '') return false;
  return true;
}

/** The hunks to print for `changes` with `context` lines around each. */
export function hunks(changes: Change[], context: number, a: Text, b: Text, ignoreBlank: boolean): Hunk[] {
  const ignorable = changes.map((c) => ignoreBlank && blankOnly(c, a, b));
  const out: Hunk[] = [];
  for (let k = 0; k < changes.length; ) {
    const start = k;
    let all = ignorable[k];
    for (;;) {
      const top0 = changes[k].line0 + changes[k].deleted;
      k++;
      if (k >= changes.length) break;
      const thresh = ignorable[k] ? context : 2 * context + 1;
      if (changes[k].line0 - top0 >= thresh) break;
      all &&= ignorable[k];
    }
    if (!all) out.push(changes.slice(start, k));
  }
  return out;
}

/** The lines `[first, last)` a hunk covers in each file with `context` lines around it. */
export function span(h: Hunk, context: number, a: Text, b: Text): { first0: number; last0: number; first1: number; last1: number } {
  const head = h[0];
  const tail = h[h.length - 1];
  const first0 = Math.max(0, head.line0 - context);
  const first1 = head.line1 - (head.line0 - first0);
  const last0 = Math.min(a.lines.length, tail.line0 + tail.deleted + context);
  const last1 = tail.line1 + tail.inserted + (last0 - tail.line0 - tail.deleted);
  return { first0, last0, first1: Math.max(first1, 0), last1: Math.min(last1, b.lines.length) };
}
