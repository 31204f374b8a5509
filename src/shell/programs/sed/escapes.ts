// GNU sed's escapes (normalize_text): \a \f \n \r \t \v, and a character by its number, \dNNN (decimal),
// \oNNN (octal), \xHH (hex), or as a control character, \cX. GNU takes them in regexes, replacements, y
// strings and a, i, c texts; busybox knows only \n, \t and \r, and only in texts and replacements.

const CONTROLS: Record<string, string> = { a: '\x07', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v' };

// Each numeric escape's base, its most digits and what a digit is.
const NUMBERS: Record<string, [number, number, RegExp]> = { d: [10, 3, /[0-9]/], o: [8, 3, /[0-7]/], x: [16, 2, /[0-9a-fA-F]/] };

/** The character a numeric or \c escape stands for (`s[i]` is the letter after the backslash) and where it ends; null if it is none. */
export function numericEscape(s: string, i: number): { ch: string; next: number } | null {
  const k = s[i];
  if (k === 'c') {
    if (i + 1 >= s.length) return null;
    // `\c\\` is control-backslash: the escaped backslash is one character.
    const next = s[i + 1] === '\\' && s[i + 2] === '\\' ? i + 3 : i + 2;
    return { ch: String.fromCharCode(s[i + 1].toUpperCase().charCodeAt(0) ^ 0x40), next };
  }
  const number = NUMBERS[k];
  if (!number) return null;
  const [base, most, digit] = number;
  let j = i + 1;
  let n = 0;
  while (j < s.length && j - i - 1 < most && digit.test(s[j])) n = n * base + parseInt(s[j++], base);
  return j === i + 1 ? null : { ch: String.fromCharCode(n & 0xff), next: j };
}

// Walks the backslash pairs of `s`; `pair` gives what an escape becomes, or null to keep it as it is.
function walk(s: string, pair: (s: string, i: number) => { text: string; next: number } | null): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\' || i + 1 >= s.length) {
      out += s[i];
      continue;
    }
    const p = pair(s, i + 1);
    if (p) {
      out += p.text;
      i = p.next - 1;
    } else out += s[i] + s[++i];
  }
  return out;
}

/** GNU's escapes in a regex: the character goes in as it is, so `\x5e` is an anchor and `\x2e` any character, as in GNU. */
export function gnuRegexEscapes(re: string): string {
  return walk(re, (s, i) => {
    if (CONTROLS[s[i]]) return { text: CONTROLS[s[i]], next: i + 1 };
    const n = numericEscape(s, i);
    return n && { text: n.ch, next: n.next };
  });
}

/** GNU's escapes in a replacement: a `&` or `\` given by number stays literal. */
export function gnuReplacementEscapes(rep: string): string {
  return walk(rep, (s, i) => {
    if (CONTROLS[s[i]]) return { text: CONTROLS[s[i]], next: i + 1 };
    const n = numericEscape(s, i);
    return n && { text: n.ch === '&' || n.ch === '\\' ? '\\' + n.ch : n.ch, next: n.next };
  });
}

/** GNU's a, i, c text: escapes taken, a backslash before a newline or any other character dropped. */
export function gnuTextEscapes(text: string): string {
  return walk(text, (s, i) => {
    if (CONTROLS[s[i]]) return { text: CONTROLS[s[i]], next: i + 1 };
    const n = numericEscape(s, i);
    return n ? { text: n.ch, next: n.next } : { text: s[i], next: i + 1 };
  });
}

const BUSYBOX: Record<string, string> = { n: '\n', t: '\t', r: '\r' };

/** busybox's a, i, c text (copy_parsing_escapes, then parse_escapes): \n \t \r, and `\X` is X. */
export function busyboxTextEscapes(text: string): string {
  return walk(text, (s, i) => ({ text: BUSYBOX[s[i]] ?? s[i], next: i + 1 }));
}
