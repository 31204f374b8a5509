// Go's fmt for template output: Sprint, Sprintln, Sprintf (verbs %v %s %d %q %x %X %o %b %c %t %e %f %g
// %T %%, flags - + # space 0, width, precision, `*`) and %v printing of slices, maps and nil.
import { goQuote } from '../../../engine/index.ts';
import { formatFloatE, formatFloatF, formatFloatG } from '../float.ts';
import { GoFloat, GoNilPointer, GoStruct, goTypeName, isMap, sortedKeys } from './values.ts';

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function quoteRune(cp: number): string {
  const ch = String.fromCodePoint(cp);
  if (ch === "'") return "'\\''";
  if (ch === '"') return `'"'`;
  const q = goQuote(ch);
  return "'" + q.slice(1, -1) + "'";
}

/** Go's %v of a value (`<nil>`, `[a b]`, `map[k:v]`, `1.5`, `1e+06`); `printed` is text/template's own
 *  print of an action's value, which indirects a pointer to a struct first. */
export function formatV(v: unknown, printed = false): string {
  if (v === undefined) return '<no value>';
  if (v === null || v instanceof GoNilPointer) return '<nil>';
  if (typeof v === 'string') return v;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (typeof v === 'number') return Number.isInteger(v) ? intString(v) : formatFloatG(v, -1);
  if (typeof v === 'bigint') return v.toString();
  if (v instanceof GoFloat) return formatFloatG(v.value, -1);
  if (Array.isArray(v)) return '[' + v.map((e) => formatV(e)).join(' ') + ']';
  if (v instanceof GoStruct) return (v.goKind === 'value' || (printed && v.goKind === 'pointer') ? '{' : '&{') + Object.values(v.methods).map((f) => formatV(f())).join(' ') + '}';
  if (isMap(v)) return 'map[' + sortedKeys(v).map((k) => `${k}:${formatV(v[k])}`).join(' ') + ']';
  return String(v);
}

function intString(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : BigInt(n).toString();
}

/** Go fmt.Sprint: operands printed with %v, a space between two operands when neither is a string. */
export function sprint(args: unknown[]): string {
  let out = '';
  for (let i = 0; i < args.length; i++) {
    if (i > 0 && typeof args[i] !== 'string' && typeof args[i - 1] !== 'string') out += ' ';
    out += formatV(args[i]);
  }
  return out;
}

/** Go fmt.Sprintln: operands with %v, always space-separated, then a newline. */
export function sprintln(args: unknown[]): string {
  return args.map((a) => formatV(a)).join(' ') + '\n';
}

interface Spec {
  minus: boolean;
  plus: boolean;
  sharp: boolean;
  space: boolean;
  zero: boolean;
  width: number | null;
  prec: number | null;
  verb: string;
}

function runeLen(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

function pad(s: string, spec: Spec, numeric: boolean): string {
  if (spec.width === null) return s;
  const n = runeLen(s);
  if (n >= spec.width) return s;
  const fill = spec.width - n;
  if (spec.minus) return s + ' '.repeat(fill);
  if (spec.zero) {
    if (numeric && (s.startsWith('-') || s.startsWith('+') || s.startsWith(' '))) return s[0] + '0'.repeat(fill) + s.slice(1);
    return '0'.repeat(fill) + s;
  }
  return ' '.repeat(fill) + s;
}

function badVerb(verb: string, v: unknown): string {
  if (v === null || v === undefined) return `%!${verb}(<nil>)`;
  return `%!${verb}(${goTypeName(v)}=${formatV(v)})`;
}

function signed(s: string, negative: boolean, spec: Spec): string {
  if (negative) return '-' + s;
  if (spec.plus) return '+' + s;
  if (spec.space) return ' ' + s;
  return s;
}

function fmtInteger(n: number, spec: Spec): string | null {
  const neg = n < 0;
  const abs = BigInt(Math.abs(n));
  let digits: string;
  let prefix = '';
  switch (spec.verb) {
    case 'd': case 'v': digits = abs.toString(); break;
    case 'x': digits = abs.toString(16); if (spec.sharp) prefix = '0x'; break;
    case 'X': digits = abs.toString(16).toUpperCase(); if (spec.sharp) prefix = '0X'; break;
    case 'o': digits = abs.toString(8); if (spec.sharp) prefix = '0'; break;
    case 'O': digits = abs.toString(8); prefix = '0o'; break;
    case 'b': digits = abs.toString(2); break;
    case 'c': return pad(String.fromCodePoint(Math.min(Math.max(n, 0), 0x10ffff)), spec, false);
    case 'q': return pad(quoteRune(Math.min(Math.max(n, 0), 0x10ffff)), spec, false);
    case 'U': return pad('U+' + abs.toString(16).toUpperCase().padStart(4, '0'), spec, false);
    default: return null;
  }
  if (spec.prec !== null) digits = digits.padStart(spec.prec, '0');
  return pad(signed(prefix + digits, neg, spec), spec, spec.prec === null);
}

function fmtFloat(x: number, spec: Spec): string | null {
  let s: string;
  const p = spec.prec ?? -1;
  switch (spec.verb) {
    case 'v': case 'g': s = formatFloatG(x, p); break;
    case 'G': s = formatFloatG(x, p, true); break;
    case 'e': s = formatFloatE(x, spec.prec ?? 6); break;
    case 'E': s = formatFloatE(x, spec.prec ?? 6, true); break;
    case 'f': case 'F': s = formatFloatF(x, spec.prec ?? 6); break;
    default: return null;
  }
  if (!s.startsWith('-') && (spec.plus || spec.space) && s !== 'NaN') s = (spec.plus ? '+' : ' ') + s;
  if (s.startsWith('+Inf') && !spec.plus) s = s.slice(1);
  return pad(s, spec, true);
}

function fmtString(s: string, spec: Spec): string | null {
  switch (spec.verb) {
    case 'v': case 's': {
      if (spec.prec !== null) s = [...s].slice(0, spec.prec).join('');
      return pad(s, spec, false);
    }
    case 'q': return pad(goQuote(spec.prec !== null ? [...s].slice(0, spec.prec).join('') : s), spec, false);
    case 'x': case 'X': {
      const bytes = new TextEncoder().encode(s);
      let out = Array.from(bytes, (b) => hex(b, 2)).join(spec.space ? ' ' : '');
      if (spec.verb === 'X') out = out.toUpperCase();
      return pad(out, spec, false);
    }
    default: return null;
  }
}

/** Formats one operand for one verb, as Go's fmt printArg does. */
function fmtArg(v: unknown, spec: Spec): string {
  if (spec.verb === 'T') return pad(v === null || v === undefined ? '<nil>' : goTypeName(v), spec, false);
  if (v === null || v === undefined) return spec.verb === 'v' ? pad('<nil>', spec, false) : badVerb(spec.verb, v);
  let out: string | null = null;
  if (typeof v === 'boolean') out = spec.verb === 't' || spec.verb === 'v' ? pad(String(v), spec, false) : null;
  else if (typeof v === 'number') out = Number.isInteger(v) ? fmtInteger(v, spec) : fmtFloat(v, spec);
  else if (v instanceof GoFloat) out = fmtFloat(v.value, spec);
  else if (typeof v === 'string') out = fmtString(v, spec);
  else if (Array.isArray(v)) {
    if (spec.verb === 'x' || spec.verb === 'X') out = null;
    const inner = { ...spec, width: null };
    return pad('[' + v.map((e) => fmtArg(e, inner)).join(' ') + ']', spec, false);
  } else if (isMap(v)) {
    const inner = { ...spec, width: null };
    return pad('map[' + sortedKeys(v).map((k) => `${fmtArg(k, inner)}:${fmtArg(v[k], inner)}`).join(' ') + ']', spec, false);
  } else if (v instanceof GoStruct) {
    out = spec.verb === 'v' || spec.verb === 's' ? pad(formatV(v), spec, false) : null;
  }
  return out ?? badVerb(spec.verb, v);
}

/** Go fmt.Sprintf, including its in-band errors (`%!d(string=x)`, `%!s(MISSING)`, `%!(EXTRA int=1)`). */
export function sprintf(format: string, args: unknown[]): string {
  let out = '';
  let argi = 0;
  let i = 0;
  const n = format.length;
  while (i < n) {
    const pct = format.indexOf('%', i);
    if (pct < 0) {
      out += format.slice(i);
      break;
    }
    out += format.slice(i, pct);
    i = pct + 1;
    const spec: Spec = { minus: false, plus: false, sharp: false, space: false, zero: false, width: null, prec: null, verb: '' };
    flags: while (i < n) {
      switch (format[i]) {
        case '-': spec.minus = true; spec.zero = false; break;
        case '+': spec.plus = true; break;
        case '#': spec.sharp = true; break;
        case ' ': spec.space = true; break;
        case '0': spec.zero = !spec.minus; break;
        default: break flags;
      }
      i++;
    }
    const readNum = (): number | null => {
      const m = /^\d+/.exec(format.slice(i));
      if (!m) return null;
      i += m[0].length;
      return Number(m[0]);
    };
    let badWidth = false;
    let badPrec = false;
    if (format[i] === '*') {
      i++;
      const a = args[argi++];
      if (typeof a === 'number' && Number.isInteger(a)) {
        spec.width = Math.abs(a);
        if (a < 0) { spec.minus = true; spec.zero = false; }
      } else badWidth = true;
    } else spec.width = readNum();
    if (format[i] === '.') {
      i++;
      if (format[i] === '*') {
        i++;
        const a = args[argi++];
        if (typeof a === 'number' && Number.isInteger(a) && a >= 0) spec.prec = a;
        else badPrec = true;
      } else spec.prec = readNum() ?? 0;
    }
    if (i >= n) {
      out += '%!(NOVERB)';
      break;
    }
    const verb = String.fromCodePoint(format.codePointAt(i)!);
    i += verb.length;
    spec.verb = verb;
    if (badWidth) out += '%!(BADWIDTH)';
    if (badPrec) out += '%!(BADPREC)';
    if (verb === '%') {
      out += '%';
      continue;
    }
    if (argi >= args.length) {
      out += `%!${verb}(MISSING)`;
      continue;
    }
    out += fmtArg(args[argi++], spec);
  }
  if (argi < args.length) {
    out += '%!(EXTRA ' + args.slice(argi).map((a) => (a === null || a === undefined ? '<nil>' : `${goTypeName(a)}=${formatV(a)}`)).join(', ') + ')';
  }
  return out;
}
