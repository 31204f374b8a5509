// BuildKit's util/suggest: " (did you mean RUN?)" after an unknown instruction, flag or mount key.

/** Levenshtein distance over code points. */
export function levenshtein(a: string, b: string): number {
  const s = Array.from(a);
  const t = Array.from(b);
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length];
}

/** The closest option within distance 2 (none on an exact match); upper-cased when the typed value was. */
export function suggest(value: string, options: readonly string[], caseSensitive: boolean): string | null {
  const val = caseSensitive ? value : value.toLowerCase();
  let match: string | null = null;
  let minDist = 3;
  for (const raw of options) {
    const opt = caseSensitive ? raw : raw.toLowerCase();
    if (opt === val) return null;
    const dist = levenshtein(val, opt);
    if (dist < minDist) {
      minDist = dist;
      match = opt;
    }
  }
  if (match !== null && !caseSensitive && value !== val) match = match.toUpperCase();
  return match;
}

/** `msg (did you mean x?)` when a close option exists, else `msg`. */
export function withSuggestion(message: string, value: string, options: readonly string[], caseSensitive: boolean): string {
  const match = suggest(value, options, caseSensitive);
  return match === null ? message : `${message} (did you mean ${match}?)`;
}
