// sed's script: addresses, commands and their parser, with GNU's and busybox's error wording.
import { posixToJs, RegexError } from '../regex.ts';
import type { Flavour } from '../util.ts';

/** A line address: a number, `$`, or /re/. */
export type Addr = { kind: 'line'; n: number } | { kind: 'step'; first: number; step: number } | { kind: 'last' } | { kind: 're'; re: RegExp };

/** One parsed command with its addresses. */
export interface Command {
  a1?: Addr;
  a2?: Addr;
  negate: boolean;
  name: string;
  re?: RegExp;
  replacement?: string;
  /** GNU's \\U \\L \\u \\l \\E in the replacement (busybox takes them as plain letters). */
  caseConv?: boolean;
  global?: boolean;
  nth?: number;
  print?: boolean;
  text?: string;
  from?: string;
  to?: string;
  end?: number; // index of the matching `}` for `{`
  /** GNU's `l N`: the width of this listing (undefined for the default, 0 for no wrapping). */
  width?: number;
  inRange?: boolean;
}

/** A script error: GNU reports the expression number and character, busybox a short message. */
export class SedError extends Error {
  constructor(
    readonly gnu: string,
    readonly busybox: string,
    readonly at: number,
  ) {
    super(gnu);
  }
}

// Both seds' `.` matches any character of the pattern space, a newline (after N, or under -z) or a
// carriage return too: JS's `.` needs the s flag for those.
function compile(src: string, extended: boolean, icase: boolean): RegExp {
  try {
    return new RegExp(posixToJs(src, extended), icase ? 'gis' : 'gs');
  } catch (e) {
    const msg = e instanceof RegexError ? e.message : 'Invalid regular expression';
    throw new SedError(msg, `bad regex '${src}': ${msg}`, -1);
  }
}

/** Reads a delimited piece starting after the delimiter at `i`; `\delim` becomes delim, a `\n` becomes a newline. */
function delimited(s: string, i: number, delim: string, isRegex: boolean): { text: string; next: number } | null {
  let out = '';
  for (let j = i; j < s.length; j++) {
    const c = s[j];
    if (c === '\\' && j + 1 < s.length) {
      const n = s[j + 1];
      if (n === delim) out += delim === '&' && !isRegex ? '\\&' : delim;
      else if (n === 'n' && isRegex) out += '\\n';
      else out += c + n;
      j++;
      continue;
    }
    if (c === '[' && isRegex) {
      const close = s.indexOf(']', j + (s[j + 1] === '^' ? 3 : 2));
      if (close > 0) {
        out += s.slice(j, close + 1);
        j = close;
        continue;
      }
    }
    if (c === delim) return { text: out, next: j + 1 };
    out += c;
  }
  return null;
}

/**
 * GNU's `l` takes an optional width after blanks; then only blanks and the command's end may follow (a
 * newline, `;`, or a `}` or `#` left for the parser). Returns where the command ends. busybox's `l` takes
 * nothing: `l 5` is an `l` and an address.
 */
function listWidth(script: string, i: number, c: Command): number {
  const blanks = () => {
    while (script[i] === ' ' || script[i] === '\t') i++;
  };
  blanks();
  const digits = /^\d+/.exec(script.slice(i));
  if (digits) {
    c.width = Number(digits[0]);
    i += digits[0].length;
  }
  blanks();
  if (i < script.length && !'\n;}#'.includes(script[i])) throw new SedError('extra characters after command', 'extra characters after command', i + 1);
  return i;
}

// The escapes of a y string after its `\delim`s: GNU's normalize_text, which drops the backslash before
// any other character; busybox's copy_parsing_escapes, which leaves any other pair as it is (`\\` too).
const Y_ESCAPES: Record<Flavour, Record<string, string>> = {
  gnu: { n: '\n', t: '\t', r: '\r', a: '\x07', f: '\f', v: '\v', '\\': '\\' },
  busybox: { n: '\n', t: '\t', r: '\r' },
};

// A y string with its escapes taken (`\n` is the way to a newline, as -z and N need).
function yText(text: string, gnu: boolean): string {
  const known = Y_ESCAPES[gnu ? 'gnu' : 'busybox'];
  return text.replace(/\\(.)/gs, (all, c: string) => known[c] ?? (gnu ? c : all));
}

/** Parses a whole script (all -e parts joined by newlines). */
export function parse(script: string, extended: boolean, gnu = false): Command[] {
  const cmds: Command[] = [];
  const open: number[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < script.length && /[ \t]/.test(script[i])) i++;
  };
  const address = (): Addr | undefined => {
    const step = gnu ? /^(\d+)~(\d+)/.exec(script.slice(i)) : null;
    if (step) {
      i += step[0].length;
      return { kind: 'step', first: Number(step[1]), step: Number(step[2]) };
    }
    const m = /^\d+/.exec(script.slice(i));
    if (m) {
      i += m[0].length;
      return { kind: 'line', n: Number(m[0]) };
    }
    if (script[i] === '$') {
      i++;
      return { kind: 'last' };
    }
    if (script[i] === '/' || script[i] === '\\') {
      const delim = script[i] === '\\' ? script[i + 1] : '/';
      i += script[i] === '\\' ? 2 : 1;
      const r = delimited(script, i, delim, true);
      if (!r) throw new SedError('unterminated address regex', `unmatched '${delim}'`, script.length);
      i = r.next;
      let icase = false;
      if (script[i] === 'I') {
        icase = true;
        i++;
      }
      return { kind: 're', re: compile(r.text, extended, icase) };
    }
    return undefined;
  };
  while (i < script.length) {
    while (i < script.length && /[\s;]/.test(script[i])) i++;
    if (i >= script.length) break;
    const c: Command = { negate: false, name: '' };
    c.a1 = address();
    if (c.a1 && script[i] === ',') {
      i++;
      c.a2 = address();
      if (!c.a2) throw new SedError('unexpected `,\'', 'unexpected \',\'', i);
    }
    skipSpace();
    while (script[i] === '!') {
      c.negate = true;
      i++;
      skipSpace();
    }
    const name = script[i++];
    if (name === undefined) throw new SedError('missing command', 'missing command', i);
    c.name = name;
    switch (name) {
      case '{':
        open.push(cmds.length);
        break;
      case '}':
        if (open.length === 0) throw new SedError('unexpected `}\'', "unexpected '}'", i);
        cmds[open.pop()!].end = cmds.length;
        break;
      case 'p': case 'd': case 'q': case '=': case 'n': case 'N': case 'P': case 'D': case 'h': case 'H': case 'g': case 'G': case 'x':
        break;
      case 'l':
        if (gnu) i = listWidth(script, i, c);
        break;
      case 's': {
        const delim = script[i];
        if (delim === undefined || delim === '\n' || delim === '\\') throw new SedError("unterminated `s' command", "unmatched 's'", i);
        const re = delimited(script, i + 1, delim, true);
        const rep = re && delimited(script, re.next, delim, false);
        if (!re || !rep) throw new SedError("unterminated `s' command", `unmatched '${delim}'`, script.length);
        i = rep.next;
        let icase = false;
        c.global = false;
        for (; i < script.length && !/[\s;}]/.test(script[i]); i++) {
          const f = script[i];
          if (f === 'g') c.global = true;
          else if (f === 'p') c.print = true;
          else if (f === 'i' || f === 'I') icase = true;
          else if (/\d/.test(f)) {
            const m = /^\d+/.exec(script.slice(i))![0];
            c.nth = Number(m);
            i += m.length - 1;
          } else throw new SedError("unknown option to `s'", 'bad option in substitution expression', i + 1);
        }
        c.re = compile(re.text, extended, icase);
        c.replacement = rep.text;
        c.caseConv = gnu;
        break;
      }
      case 'y': {
        const delim = script[i];
        const a = delimited(script, i + 1, delim, false);
        const b = a && delimited(script, a.next, delim, false);
        if (!a || !b) throw new SedError("unterminated `y' command", `unmatched '${delim}'`, script.length);
        const from = [...yText(a.text, gnu)];
        const to = [...yText(b.text, gnu)];
        if (gnu && from.length !== to.length) throw new SedError("strings for `y' command are different lengths", 'strings for y must be the same length', b.next);
        // busybox pairs the characters up to the shorter string's end.
        c.from = from.slice(0, to.length).join('');
        c.to = to.slice(0, from.length).join('');
        i = b.next;
        break;
      }
      case 'a': case 'i': case 'c': {
        if (script[i] === '\\') i++;
        if (script[i] === '\n') i++;
        else skipSpace();
        const nl = script.indexOf('\n', i);
        c.text = script.slice(i, nl < 0 ? script.length : nl).replace(/\\(.)/g, '$1');
        i = nl < 0 ? script.length : nl;
        break;
      }
      default:
        throw new SedError(`unknown command: \`${name}'`, `unsupported command ${name}`, i);
    }
    cmds.push(c);
  }
  if (open.length) throw new SedError("unmatched `{'", "missing '}'", 0);
  return cmds;
}

