// Whether a command's addresses select the current line: one address, or a range that opens on its first
// and closes on its second. GNU (match_address_p) works a line-number end out when the range opens (N,
// +N, ~N; one line if that is not past the current line) and, once open, selects no line past it; busybox
// closes its range on the first line at or past it. GNU's `0,/re/` is open before the first line.
import type { Addr, Command } from './command.ts';

/** The line the addresses look at: its number, whether it is the last, and the pattern space. */
export interface Here {
  no: number;
  last: boolean;
  ps: string;
  gnu: boolean;
  /** The regex to run for one written (an empty one is the last one used); `end` for a range's second address. */
  regex(re: RegExp, end: boolean): RegExp;
}

/** Whether one address matches the line. */
export function matches(a: Addr, h: Here, end = false): boolean {
  if (a.kind === 'line') return a.n === h.no;
  if (a.kind === 'last') return h.last;
  // GNU first~step: every step-th line from first (step 0 is the line itself).
  if (a.kind === 'step') return a.step > 0 ? h.no >= a.first && (h.no - a.first) % a.step === 0 : h.no === a.first;
  if (a.kind === 're') {
    const re = h.regex(a.re, end);
    re.lastIndex = 0;
    return re.test(h.ps);
  }
  return false;
}

/** Readies a command's range for a new run: GNU's 0,/re/ starts open. */
export function resetRange(c: Command, gnu: boolean): void {
  c.inRange = gnu && c.a1?.kind === 'line' && c.a1.n === 0;
  c.rangeEnd = undefined;
}

/** Whether the command's addresses (and !) select the line; a range opens and closes here. */
export function selected(c: Command, h: Here): boolean {
  let sel = true;
  if (c.a1 && !c.a2) sel = matches(c.a1, h);
  else if (c.a1 && c.a2) sel = c.inRange ? inRange(c, c.a2, h) : opens(c, c.a2, h);
  return c.negate ? !sel : sel;
}

// A range not open yet: its first address opens it, for this line only if its end is no later.
function opens(c: Command, a2: Addr, h: Here): boolean {
  if (!matches(c.a1!, h)) return false;
  const end = a2.kind === 'line' ? a2.n : a2.kind === 'plus' ? h.no + a2.n : a2.kind === 'multiple' ? nextMultiple(h.no, a2.n) : undefined;
  c.rangeEnd = end;
  c.inRange = end === undefined || end > h.no;
  return true;
}

// GNU's ~N end: the next multiple of N after the line's number (after, even when the line's is one); ~0
// ends at once.
function nextMultiple(no: number, n: number): number {
  return n <= 0 ? no : (Math.floor(no / n) + 1) * n;
}

// An open range: a line-number end closes it at or past that line (GNU selects no line past it), a
// regex or `$` on the line that matches.
function inRange(c: Command, a2: Addr, h: Here): boolean {
  if (c.rangeEnd !== undefined) {
    if (h.no >= c.rangeEnd) c.inRange = false;
    return !h.gnu || h.no <= c.rangeEnd;
  }
  if (matches(a2, h, true)) c.inRange = false;
  return true;
}
