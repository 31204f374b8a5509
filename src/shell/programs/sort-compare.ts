// sort's orderings: byte order, -n numbers, -g floats, -h human sizes (2K < 1M), -M months, -V versions,
// each with -f (fold case), -b (skip leading blanks) and -r; a key may carry its own (sort -k2,2hr).

/** The ordering options of the whole command or of one key (`-k 2,2nr`). */
export interface Ordering {
  type: '' | 'n' | 'g' | 'h' | 'M' | 'V';
  fold: boolean;
  blanks: boolean;
  reverse: boolean;
}

/** Reads ordering letters (`n`, `h`, `r` …) over a base ordering (default: byte order). */
export function orderingOf(letters: string, base?: Ordering): Ordering {
  const o: Ordering = base ? { ...base } : { type: '', fold: false, blanks: false, reverse: false };
  for (const c of letters) {
    if ('nghMV'.includes(c)) o.type = c as Ordering['type'];
    else if (c === 'f') o.fold = true;
    else if (c === 'b') o.blanks = true;
    else if (c === 'r') o.reverse = true;
  }
  return o;
}

const bytes = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

// -n: leading blanks, an optional minus, digits with one decimal point; anything else counts as 0.
function numeric(s: string): number {
  const m = /^\s*(-?(?:\d+\.?\d*|\.\d+))/.exec(s);
  return m ? Number(m[1]) : 0;
}

// -g: strtod's reading, with text that is not a number sorting before every number.
function general(s: string): number {
  const m = /^\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?|[-+]?inf(?:inity)?|nan)/i.exec(s);
  if (!m) return -Infinity;
  const v = m[1].toLowerCase().replace(/^([-+]?)inf(inity)?$/, '$1Infinity');
  return v === 'nan' ? -Infinity : Number(v);
}

// -h: the suffix decides first (none < K < M < G …), then the number, as GNU and busybox do.
function human(s: string): [number, number] {
  const m = /^\s*(-?(?:\d+\.?\d*|\.\d+))([kKMGTPEZY]?)/.exec(s);
  if (!m) return [-1, 0];
  const rank = m[2] ? 'KMGTPEZY'.indexOf(m[2].toUpperCase()) + 1 : 0;
  const n = Number(m[1]);
  return [n < 0 ? -rank : rank, n];
}

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const month = (s: string) => MONTHS.indexOf(s.trimStart().slice(0, 3).toUpperCase()) + 1;

// -V: runs of digits compare as numbers, the rest byte by byte (GNU's filevercmp for ordinary names).
function version(a: string, b: string): number {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    const dx = /^\d/.test(x);
    const dy = /^\d/.test(y);
    if (dx && dy) {
      const c = Number(x) - Number(y);
      if (c) return c;
    } else if (x !== y) return bytes(x, y);
  }
  return pa.length - pb.length;
}

/** Compares two keys under an ordering (without its -r, which the caller applies). */
export function compareBy(o: Ordering, a: string, b: string): number {
  if (o.blanks) {
    a = a.trimStart();
    b = b.trimStart();
  }
  switch (o.type) {
    case 'n':
      return Math.sign(numeric(a) - numeric(b));
    case 'g': {
      const x = general(a);
      const y = general(b);
      return x === y ? 0 : x < y ? -1 : 1;
    }
    case 'h': {
      const [ra, na] = human(a);
      const [rb, nb] = human(b);
      return Math.sign(ra - rb) || Math.sign(na - nb);
    }
    case 'M':
      return Math.sign(month(a) - month(b));
    case 'V':
      return Math.sign(version(a, b));
    default:
      return o.fold ? bytes(a.toUpperCase(), b.toUpperCase()) : bytes(a, b);
  }
}
