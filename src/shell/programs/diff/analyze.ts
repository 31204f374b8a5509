// GNU diff's analysis (analyze.c diff_2_files): common ends trimmed, confusing lines discarded, the rest
// compared by compareseq, each run of changes slid as GNU's shift_boundaries slides it, then paired into changes.
import { compareseq } from './compareseq.ts';
import { discards } from './discard.ts';

/** One change: `deleted` lines of file 0 from index line0 replaced by `inserted` lines of file 1 from line1 (0-based). */
export interface Change {
  line0: number;
  deleted: number;
  line1: number;
  inserted: number;
}

/** Whether line i of file 0 and line j of file 1 are byte for byte the same (newline included). */
export type Same = (i: number, j: number) => boolean;

/**
 * Which lines of each file are changed; `a` and `b` are the lines' equivalence classes (equal lines, equal
 * numbers). GNU works on the lines between the files' identical ends (io.c find_identical_ends), less
 * `horizon` lines it gives back to each end (the context length): runs of changes slide only within them.
 * The ends are found on the bytes (`same`), whatever -b, -w or -i make equal.
 */
function markChanges(a: Int32Array, b: Int32Array, classes: number, horizon: number, same: Same, minimal: boolean): [Uint8Array, Uint8Array] {
  let prefix = 0;
  while (prefix < a.length && prefix < b.length && same(prefix, prefix)) prefix++;
  let suffix = 0;
  while (suffix < a.length - prefix && suffix < b.length - prefix && same(a.length - 1 - suffix, b.length - 1 - suffix)) suffix++;
  prefix = Math.max(0, prefix - horizon);
  suffix = Math.max(0, suffix - horizon);
  const files = [a.subarray(prefix, a.length - suffix), b.subarray(prefix, b.length - suffix)];
  // changed[k + 1] is middle line k's mark: the sentinels at both ends stay 0, as GNU's do.
  const changed = files.map((f) => new Uint8Array(f.length + 2));
  const counts = files.map((f) => {
    const c = new Int32Array(classes);
    for (const e of f) c[e]++;
    return c;
  });
  const kept = files.map((f, k) => {
    // --minimal keeps every line in the comparison.
    const d = minimal ? new Uint8Array(f.length) : discards(f, counts[1 - k]);
    const real: number[] = [];
    for (let i = 0; i < f.length; i++) {
      if (d[i]) changed[k][i + 1] = 1;
      else real.push(i);
    }
    return real;
  });
  const [x, y] = kept;
  const [ma, mb] = files;
  compareseq(x.length, y.length, (i, j) => ma[x[i]] === mb[y[j]], (i) => void (changed[0][x[i] + 1] = 1), (j) => void (changed[1][y[j] + 1] = 1), minimal);
  shiftBoundaries(ma, changed[0], changed[1]);
  shiftBoundaries(mb, changed[1], changed[0]);
  // Back to whole-file marks (line k at k + 1).
  return [a, b].map((f, k) => {
    const whole = new Uint8Array(f.length + 2);
    whole.set(changed[k].subarray(1, files[k].length + 1), prefix + 1);
    return whole;
  }) as [Uint8Array, Uint8Array];
}

/** GNU's shift_boundaries for one file: each run of changes merged with its neighbours where it can slide, then moved as far down as it goes, or back to where it faces a run in the other file. */
function shiftBoundaries(equivs: Int32Array, changedS: Uint8Array, otherS: Uint8Array): void {
  // The views index lines from -1 (the sentinel) as GNU's pointers do.
  const changed = { get: (k: number) => changedS[k + 1], set: (k: number, v: number) => void (changedS[k + 1] = v) };
  const other = (k: number) => otherS[k + 1];
  const iEnd = equivs.length;
  let i = 0, j = 0;
  for (;;) {
    while (i < iEnd && !changed.get(i)) {
      while (other(j++));
      i++;
    }
    if (i === iEnd) break;
    let start = i;
    while (changed.get(++i));
    while (other(j)) j++;
    let runlength: number;
    let corresponding: number;
    do {
      runlength = i - start;
      while (start && equivs[start - 1] === equivs[i - 1]) {
        changed.set(--start, 1);
        changed.set(--i, 0);
        while (changed.get(start - 1)) start--;
        while (other(--j));
      }
      corresponding = other(j - 1) ? i : iEnd;
      while (i !== iEnd && equivs[start] === equivs[i]) {
        changed.set(start++, 0);
        changed.set(i++, 1);
        while (changed.get(i)) i++;
        while (other(++j)) corresponding = i;
      }
    } while (runlength !== i - start);
    while (corresponding < i) {
      changed.set(--start, 1);
      changed.set(--i, 0);
      while (other(--j));
    }
  }
}

/** The changes between two files' lines, given as equivalence classes below `classes`, in file order (GNU's build_script); `horizon` is the context length, `minimal` GNU's -d. */
export function diffLines(a: Int32Array, b: Int32Array, classes: number, horizon: number, same: Same, minimal = false): Change[] {
  const [c0, c1] = markChanges(a, b, classes, horizon, same, minimal);
  const out: Change[] = [];
  let i0 = 0, i1 = 0;
  while (i0 < a.length || i1 < b.length) {
    if (c0[i0 + 1] || c1[i1 + 1]) {
      const line0 = i0, line1 = i1;
      while (c0[i0 + 1]) i0++;
      while (c1[i1 + 1]) i1++;
      out.push({ line0, deleted: i0 - line0, line1, inserted: i1 - line1 });
    } else {
      i0++;
      i1++;
    }
  }
  return out;
}
