// Go's unicode.IsSpace / IsLetter / IsDigit, which BuildKit's lexer and parsers use to split words.

const LATIN1_SPACES = new Set(['\t', '\n', '\v', '\f', '\r', ' ', '\u0085', '\u00a0']);
const OTHER_SPACES = /^[\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]$/u;

/** unicode.IsSpace: the Latin-1 blanks plus the White_Space property above U+00FF. */
export function isGoSpace(ch: string): boolean {
  return LATIN1_SPACES.has(ch) || OTHER_SPACES.test(ch);
}

/** unicode.IsLetter (category L). */
export function isGoLetter(ch: string): boolean {
  return /^\p{L}$/u.test(ch);
}

/** unicode.IsDigit (category Nd). */
export function isGoDigit(ch: string): boolean {
  return /^\p{Nd}$/u.test(ch);
}

/** strings.TrimSpace with Go's notion of space. */
export function goTrimSpace(value: string): string {
  return goTrimRightSpace(goTrimLeftSpace(value));
}

/** strings.TrimLeftFunc(s, unicode.IsSpace). */
export function goTrimLeftSpace(value: string): string {
  const chars = Array.from(value);
  let i = 0;
  while (i < chars.length && isGoSpace(chars[i])) i++;
  return chars.slice(i).join('');
}

/** strings.TrimRightFunc(s, unicode.IsSpace). */
export function goTrimRightSpace(value: string): string {
  const chars = Array.from(value);
  let end = chars.length;
  while (end > 0 && isGoSpace(chars[end - 1])) end--;
  return chars.slice(0, end).join('');
}
