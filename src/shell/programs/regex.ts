// POSIX regular expressions (basic for grep and sed, extended for -E / -r) translated to JS RegExp source.

const CLASSES: Record<string, string> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: '0-9A-Za-z',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  print: ' -~',
  graph: '!-~',
  cntrl: '\\x00-\\x1f\\x7f',
  xdigit: '0-9A-Fa-f',
};

/** A pattern the translator rejects, with GNU's wording (`Unmatched [, [^, [:, [., or [=`). */
export class RegexError extends Error {}

/** Translates a bracket expression starting at `re[i]` (`[`); returns the JS class and the index after `]`. */
function bracket(re: string, i: number): { src: string; next: number } {
  let j = i + 1;
  let out = '[';
  if (re[j] === '^') {
    out += '^';
    j++;
  }
  let first = true;
  for (; j < re.length; j++) {
    const c = re[j];
    if (c === ']' && !first) return { src: out + ']', next: j + 1 };
    first = false;
    if (c === '[' && re[j + 1] === ':') {
      const end = re.indexOf(':]', j + 2);
      if (end < 0) throw new RegexError('Unmatched [, [^, [:, [., or [=');
      const name = re.slice(j + 2, end);
      const cls = CLASSES[name];
      if (cls === undefined) throw new RegexError('Invalid character class name');
      out += cls;
      j = end + 1;
      continue;
    }
    if (c === '\\' || c === ']' || c === '[' || (c === '^' && out.length > 1)) out += '\\' + c;
    else out += c;
  }
  throw new RegexError('Unmatched [, [^, [:, [., or [=');
}

/** JS RegExp source for a POSIX basic (`extended` false) or extended regular expression. */
export function posixToJs(re: string, extended: boolean): string {
  let out = '';
  let groups = 0;
  let open = 0;
  const atStart = () => out === '' || out.endsWith('(') || out.endsWith('|') || out.endsWith('^');
  for (let i = 0; i < re.length; i++) {
    const c = re[i];
    if (c === '[') {
      const b = bracket(re, i);
      out += b.src;
      i = b.next - 1;
      continue;
    }
    if (c === '\\') {
      const n = re[++i];
      if (n === undefined) throw new RegexError('Trailing backslash');
      if (!extended && '(){}|+?'.includes(n)) {
        if (n === '(') {
          groups++;
          open++;
        }
        if (n === ')') {
          if (open === 0) throw new RegexError('Unmatched ) or \\)');
          open--;
        }
        out += n;
      } else if (n === '<' || n === '>') out += '\\b';
      else if (/[1-9]/.test(n)) {
        if (Number(n) > groups) throw new RegexError('Invalid back reference');
        out += '\\' + n;
      } else if ('wWsSbB'.includes(n)) out += '\\' + n;
      else if (n === 'n') out += '\\n';
      else if (n === 't') out += '\\t';
      else out += /[A-Za-z0-9]/.test(n) ? n : '\\' + n;
      continue;
    }
    if (c === '*' && atStart()) {
      out += '\\*';
      continue;
    }
    if (c === '^') {
      out += extended || atStart() ? '^' : '\\^';
      continue;
    }
    if (c === '$') {
      const rest = re.slice(i + 1);
      const end = rest === '' || (extended ? /^[|)]/.test(rest) : /^\\[|)]/.test(rest));
      out += extended || end ? '$' : '\\$';
      continue;
    }
    if ('(){}|+?'.includes(c)) {
      if (!extended) {
        out += '\\' + c;
        continue;
      }
      if (c === '(') {
        groups++;
        open++;
      } else if (c === ')') {
        if (open === 0) {
          out += '\\)';
          continue;
        }
        open--;
      } else if ((c === '+' || c === '?') && atStart()) {
        out += '\\' + c;
        continue;
      } else if (c === '{' && !/^\{\d+(,\d*)?\}/.test(re.slice(i))) {
        out += '\\{';
        continue;
      } else if (c === '}') {
        out += /\{\d+(,\d*)?$/.test(out) ? '}' : '\\}';
        continue;
      }
      out += c;
      continue;
    }
    out += '/.'.includes(c) ? (c === '.' ? '.' : '\\/') : c;
  }
  if (open > 0) throw new RegexError(extended ? 'Unmatched ( or \\(' : 'Unmatched ( or \\(');
  return out;
}

/** Escapes a fixed string (grep -F) for a RegExp. */
export function escapeFixed(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}
