// sort -R: a shuffle that keeps equal keys together. GNU hashes each key (MD5, salted with random bytes
// read once per run) and orders by the hash, then by the key where two hashes meet; here a 53-bit hash
// salted from the session clock and a count of runs, so each run shuffles anew and equal keys stay adjacent.

let runs = 0;

/** A salt for one run of sort -R: different for each run, even within one second of the clock. */
export function randomSalt(clockMs: number): number {
  runs++;
  return (Math.imul(runs, 0x9e3779b1) ^ clockMs ^ Math.floor(clockMs / 2 ** 32)) >>> 0;
}

// cyrb53: two 32-bit multiply-xorshift lanes over the UTF-16 units, folded into 53 bits.
function hash(s: string, salt: number): number {
  let h1 = 0xdeadbeef ^ salt;
  let h2 = 0x41c6ce57 ^ salt;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** Compares keys by their salted hash, then (two keys sharing a hash) byte by byte: only equal keys compare equal. */
export function randomCompare(salt: number): (a: string, b: string) => number {
  const memo = new Map<string, number>();
  const of = (s: string) => {
    let h = memo.get(s);
    if (h === undefined) memo.set(s, (h = hash(s, salt)));
    return h;
  };
  return (a, b) => {
    if (a === b) return 0;
    const d = of(a) - of(b);
    return d ? Math.sign(d) : a < b ? -1 : 1;
  };
}
