// GNU diff's discard_confusing_lines (analyze.c): lines with no match in the other file, and runs of
// lines matched too often, are left out of the comparison and marked changed beforehand. The diff stays
// minimal, but which of several equally short diffs GNU prints depends on it, so it is kept as GNU has it.

/** For each line of `equivs` (its equivalence class), 0 to keep, 1 to discard, given how often each class occurs in the other file. */
export function discards(equivs: Int32Array, otherCounts: Int32Array): Uint8Array {
  const end = equivs.length;
  const out = new Uint8Array(end);
  // MANY is 5 times the approximate square root of the number of lines / 64: lines matched more often are provisionally discardable.
  let many = 5;
  for (let tem = Math.floor(end / 64); (tem >>= 2) > 0; ) many *= 2;
  for (let i = 0; i < end; i++) {
    const nmatch = otherCounts[equivs[i]];
    if (nmatch === 0) out[i] = 1;
    else if (nmatch > many) out[i] = 2;
  }
  for (let i = 0; i < end; i++) {
    // Provisional discards stand only inside a run of discards with nonprovisional ones at both ends.
    if (out[i] === 2) out[i] = 0;
    else if (out[i] !== 0) {
      let j = i;
      let provisional = 0;
      for (; j < end && out[j] !== 0; j++) if (out[j] === 2) ++provisional;
      while (j > i && out[j - 1] === 2) {
        out[--j] = 0;
        --provisional;
      }
      const length = j - i;
      if (provisional * 4 > length) {
        while (j > i) if (out[--j] === 2) out[j] = 0;
      } else {
        let minimum = 1;
        for (let tem = length >> 2; (tem >>= 2) > 0; ) minimum <<= 1;
        minimum++;
        // Cancel any subrun of MINIMUM or more provisionals.
        for (let k = 0, consec = 0; k < length; k++) {
          if (out[i + k] !== 2) consec = 0;
          else if (minimum === ++consec) k -= consec;
          else if (minimum < consec) out[i + k] = 0;
        }
        // From each end of the run, cancel provisionals until 3 nonprovisionals in a row, or one 8 lines in.
        for (let k = 0, consec = 0; k < length; k++) {
          if (k >= 8 && out[i + k] === 1) break;
          if (out[i + k] === 2) {
            consec = 0;
            out[i + k] = 0;
          }
          else if (out[i + k] === 0) consec = 0;
          else consec++;
          if (consec === 3) break;
        }
        i += length - 1;
        for (let k = 0, consec = 0; k < length; k++) {
          if (k >= 8 && out[i - k] === 1) break;
          if (out[i - k] === 2) {
            consec = 0;
            out[i - k] = 0;
          }
          else if (out[i - k] === 0) consec = 0;
          else consec++;
          if (consec === 3) break;
        }
      }
    }
  }
  return out;
}
