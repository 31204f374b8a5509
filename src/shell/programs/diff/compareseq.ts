// gnulib's diffseq.h (GNU diff's compareseq and diag): Myers' O(ND) algorithm, splitting each range at
// the middle snake found from both ends. Kept step for step, as GNU diff runs it without
// --speed-large-files, because which of several equally short diffs comes out depends on these exact steps.
// That includes its cut-off: unless --minimal, a search that has gone `tooExpensive` steps without
// meeting stops at the furthest point either end reached (so two 60,000-line shuffles take a second,
// not a minute, and the diff is GNU's, no longer the shortest).

/** GNU diff's cost cut-off for `lines` lines left to compare: about their square root, at least 4096. */
export function tooExpensiveFor(lines: number): number {
  let cost = 1;
  for (let d = lines + 3; d !== 0; d = Math.floor(d / 4)) cost *= 2;
  return Math.max(4096, cost);
}

/** Reports (`deleted`, `inserted`) the elements of sequences of lengths n and m outside the common subsequence it finds; `eq(x, y)` compares their x-th and y-th; `minimal` never cuts a search short. */
export function compareseq(n: number, m: number, eq: (x: number, y: number) => boolean, deleted: (x: number) => void, inserted: (y: number) => void, minimal = true): void {
  const tooExpensive = tooExpensiveFor(n + m);
  // Diagonals run from -m-1 to n+1; offset them so they index arrays.
  const off = m + 1;
  const fd = new Int32Array(n + m + 3);
  const bd = new Int32Array(n + m + 3);

  /** The middle snake's point of [xoff, xlim) × [yoff, ylim), and whether each half must be minimal. */
  const diag = (xoff: number, xlim: number, yoff: number, ylim: number, findMinimal: boolean): [number, number, boolean, boolean] => {
    const dmin = xoff - ylim;
    const dmax = xlim - yoff;
    const fmid = xoff - yoff;
    const bmid = xlim - ylim;
    let fmin = fmid, fmax = fmid, bmin = bmid, bmax = bmid;
    const odd = ((fmid - bmid) & 1) !== 0;
    fd[off + fmid] = xoff;
    bd[off + bmid] = xlim;
    for (let cost = 1; ; cost++) {
      if (fmin > dmin) fd[off + --fmin - 1] = -1;
      else ++fmin;
      if (fmax < dmax) fd[off + ++fmax + 1] = -1;
      else --fmax;
      for (let d = fmax; d >= fmin; d -= 2) {
        const tlo = fd[off + d - 1], thi = fd[off + d + 1];
        const x0 = tlo < thi ? thi : tlo + 1;
        let x = x0, y = x0 - d;
        while (x < xlim && y < ylim && eq(x, y)) {
          x++;
          y++;
        }
        fd[off + d] = x;
        if (odd && bmin <= d && d <= bmax && bd[off + d] <= x) return [x, y, true, true];
      }
      if (bmin > dmin) bd[off + --bmin - 1] = 0x7fffffff;
      else ++bmin;
      if (bmax < dmax) bd[off + ++bmax + 1] = 0x7fffffff;
      else --bmax;
      for (let d = bmax; d >= bmin; d -= 2) {
        const tlo = bd[off + d - 1], thi = bd[off + d + 1];
        const x0 = tlo < thi ? tlo : thi - 1;
        let x = x0, y = x0 - d;
        while (xoff < x && yoff < y && eq(x - 1, y - 1)) {
          x--;
          y--;
        }
        bd[off + d] = x;
        if (!odd && fmin <= d && d <= fmax && x <= fd[off + d]) return [x, y, true, true];
      }
      if (findMinimal || cost < tooExpensive) continue;
      // Gone too far: split at the forward path that got furthest (greatest x + y) or the backward one
      // that did (least x + y), whichever went further from its own corner.
      let fxy = -1, fx = 0;
      for (let d = fmax; d >= fmin; d -= 2) {
        let x = Math.min(fd[off + d], xlim), y = x - d;
        if (ylim < y) [x, y] = [ylim + d, ylim];
        if (fxy < x + y) [fxy, fx] = [x + y, x];
      }
      let bxy = Number.MAX_SAFE_INTEGER, bx = 0;
      for (let d = bmax; d >= bmin; d -= 2) {
        let x = Math.max(xoff, bd[off + d]), y = x - d;
        if (y < yoff) [x, y] = [yoff + d, yoff];
        if (x + y < bxy) [bxy, bx] = [x + y, x];
      }
      return xlim + ylim - bxy < fxy - (xoff + yoff) ? [fx, fxy - fx, true, false] : [bx, bxy - bx, false, true];
    }
  };

  const seq = (xoff: number, xlim: number, yoff: number, ylim: number, findMinimal: boolean): void => {
    while (xoff < xlim && yoff < ylim && eq(xoff, yoff)) {
      xoff++;
      yoff++;
    }
    while (xoff < xlim && yoff < ylim && eq(xlim - 1, ylim - 1)) {
      xlim--;
      ylim--;
    }
    if (xoff === xlim) while (yoff < ylim) inserted(yoff++);
    else if (yoff === ylim) while (xoff < xlim) deleted(xoff++);
    else {
      const [xmid, ymid, loMinimal, hiMinimal] = diag(xoff, xlim, yoff, ylim, findMinimal);
      seq(xoff, xmid, yoff, ymid, loMinimal);
      seq(xmid, xlim, ymid, ylim, hiMinimal);
    }
  };
  seq(0, n, 0, m, minimal);
}
