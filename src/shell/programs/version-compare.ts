// Version order of names: gnulib's filevercmp (coreutils 9.1's `ls -v`: hidden names first, file suffixes
// such as `.tar.gz` compared only to break a tie, runs of digits as numbers, `~` before everything) and
// musl's strverscmp (busybox's `ls -v`).

const isDigit = (c: string) => c >= '0' && c <= '9';
const isAlpha = (c: string) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');

/** Length of `s` without its suffix, the trailing run of `.` + letter or `~` + letters, digits, `~`. */
function prefixLength(s: string): number {
  let prefix = 0;
  let i = 0;
  while (i < s.length) {
    i++;
    prefix = i;
    while (i + 1 < s.length && s[i] === '.' && (isAlpha(s[i + 1]) || s[i + 1] === '~')) {
      for (i += 2; i < s.length && (isAlpha(s[i]) || isDigit(s[i]) || s[i] === '~'); i++) continue;
    }
  }
  return prefix;
}

// A character's weight outside digits: the end first, then `~`, digits, letters, everything else.
function order(s: string, pos: number, len: number): number {
  if (pos === len) return -1;
  const c = s[pos];
  if (isDigit(c)) return 0;
  if (isAlpha(c)) return c.charCodeAt(0);
  if (c === '~') return -2;
  return c.charCodeAt(0) + 256;
}

function verrevcmp(a: string, alen: number, b: string, blen: number): number {
  let i = 0;
  let j = 0;
  while (i < alen || j < blen) {
    let firstDiff = 0;
    while ((i < alen && !isDigit(a[i])) || (j < blen && !isDigit(b[j]))) {
      const x = order(a, i, alen);
      const y = order(b, j, blen);
      if (x !== y) return x - y;
      i++;
      j++;
    }
    while (i < alen && a[i] === '0') i++;
    while (j < blen && b[j] === '0') j++;
    while (i < alen && j < blen && isDigit(a[i]) && isDigit(b[j])) {
      if (!firstDiff) firstDiff = a.charCodeAt(i) - b.charCodeAt(j);
      i++;
      j++;
    }
    if (i < alen && isDigit(a[i])) return 1;
    if (j < blen && isDigit(b[j])) return -1;
    if (firstDiff) return firstDiff;
  }
  return 0;
}

/** Compares two file names as versions (negative: `a` first). */
export function filevercmp(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return -1;
  if (b === '') return 1;
  if (a[0] === '.') {
    if (b[0] !== '.') return -1;
    if (a === '.') return -1;
    if (b === '.') return 1;
    if (a === '..') return -1;
    if (b === '..') return 1;
    a = a.slice(1);
    b = b.slice(1);
  } else if (b[0] === '.') return 1;
  const ap = prefixLength(a);
  const bp = prefixLength(b);
  const onePass = ap === a.length && bp === b.length;
  const r = verrevcmp(a, ap, b, bp);
  return r || onePass ? r : verrevcmp(a, a.length, b, b.length);
}

/** musl's strverscmp: digit runs after the longest common prefix compare by length, leading zeros as fractions. */
export function strverscmp(l: string, r: string): number {
  const at = (s: string, k: number) => (k < s.length ? s.charCodeAt(k) : 0);
  const digit = (c: number) => c >= 48 && c <= 57;
  let i = 0;
  let dp = 0;
  let zeros = true;
  for (; at(l, i) === at(r, i); i++) {
    const c = at(l, i);
    if (c === 0) return 0;
    if (!digit(c)) {
      dp = i + 1;
      zeros = true;
    } else if (c !== 48) zeros = false;
  }
  if (at(l, dp) >= 49 && at(l, dp) <= 57 && at(r, dp) >= 49 && at(r, dp) <= 57) {
    let j = i;
    for (; digit(at(l, j)); j++) if (!digit(at(r, j))) return 1;
    if (digit(at(r, j))) return -1;
  } else if (zeros && dp < i && (digit(at(l, i)) || digit(at(r, i)))) {
    return ((at(l, i) - 48) & 255) - ((at(r, i) - 48) & 255);
  }
  return at(l, i) - at(r, i);
}
