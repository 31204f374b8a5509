// Template functions: Go's builtins (and or not len index slice print printf println eq ne lt le gt ge
// html js urlquery call) and docker's (json join split upper lower title pad truncate), with the
// argument types Go checks before calling them.
import { goJson, UnsupportedJsonValue } from './gojson.ts';
import { formatV, sprint, sprintf, sprintln } from './gofmt.ts';
import { basicKind, goTypeName, isMap, isTrue, numberOf, GoStruct } from './values.ts';

/** Go parameter types that matter for argument checking; `value` is a builtin's reflect.Value. */
export type ParamType = 'any' | 'value' | 'string' | 'int' | 'bool' | '[]string';

/** A function failure, reported as `error calling NAME: MESSAGE`. */
export class FuncError extends Error {}

/** A callable template function with its Go signature. */
export interface TemplateFunc {
  params: ParamType[];
  variadic?: ParamType;
  fn: (...args: unknown[]) => unknown;
}

/** A set of functions by name, as template.FuncMap. */
export type FuncMap = Readonly<Record<string, TemplateFunc>>;

const utf8 = new TextEncoder();
const utf8dec = new TextDecoder();

function indexArg(index: unknown, cap: number): number {
  if (index === undefined || index === null) throw new FuncError('cannot index slice/array with nil');
  if (typeof index !== 'number' || !Number.isInteger(index)) throw new FuncError(`cannot index slice/array with type ${goTypeName(index)}`);
  if (index < 0 || index > cap) throw new FuncError(`index out of range: ${index}`);
  return index;
}

function index(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) throw new FuncError('index of untyped nil');
  for (const ix of indexes) {
    if (item === null) throw new FuncError('index of nil pointer');
    if (typeof item === 'string' || Array.isArray(item)) {
      const seq = typeof item === 'string' ? utf8.encode(item) : item;
      const x = indexArg(ix, seq.length);
      if (x >= seq.length) throw new FuncError(`index out of range: ${x}`);
      item = seq[x];
    } else if (isMap(item)) {
      if (typeof ix !== 'string') throw new FuncError(`value has type ${ix === undefined || ix === null ? 'nil' : goTypeName(ix)}; should be string`);
      const stringMap = goTypeName(item) === 'map[string]string';
      item = Object.prototype.hasOwnProperty.call(item, ix) ? item[ix] : stringMap ? '' : null;
    } else {
      throw new FuncError(`can't index item of type ${goTypeName(item)}`);
    }
  }
  return item;
}

function slice(item: unknown, ...indexes: unknown[]): unknown {
  if (item === undefined || item === null) throw new FuncError('slice of untyped nil');
  if (indexes.length > 3) throw new FuncError(`too many slice indexes: ${indexes.length}`);
  let seq: Uint8Array | unknown[];
  if (typeof item === 'string') {
    if (indexes.length === 3) throw new FuncError('cannot 3-index slice a string');
    seq = utf8.encode(item);
  } else if (Array.isArray(item)) seq = item;
  else throw new FuncError(`can't slice item of type ${goTypeName(item)}`);
  const idx = [0, seq.length, seq.length];
  indexes.forEach((ix, i) => (idx[i] = indexArg(ix, seq.length)));
  if (idx[0]! > idx[1]!) throw new FuncError(`invalid slice index: ${idx[0]} > ${idx[1]}`);
  if (indexes.length === 3 && idx[1]! > idx[2]!) throw new FuncError(`invalid slice index: ${idx[1]} > ${idx[2]}`);
  const part = seq.slice(idx[0], idx[1]);
  return part instanceof Uint8Array ? utf8dec.decode(part) : part;
}

function length(item: unknown): number {
  if (item === undefined || item === null) throw new FuncError('len of nil pointer');
  if (typeof item === 'string') return utf8.encode(item).length;
  if (Array.isArray(item)) return item.length;
  if (isMap(item)) return Object.keys(item).length;
  throw new FuncError(`len of type ${goTypeName(item)}`);
}

const errBadComparisonType = 'invalid type for comparison';
const errBadComparison = 'incompatible types for comparison';

function eq(arg1: unknown, ...arg2: unknown[]): boolean {
  if (arg2.length === 0) throw new FuncError('missing argument for comparison');
  const k1 = basicKind(arg1);
  for (const arg of arg2) {
    const k2 = basicKind(arg);
    let truth = false;
    if (k1 !== k2) {
      if (k1 !== 'invalid' && k2 !== 'invalid') throw new FuncError(errBadComparison);
    } else if (k1 === 'int' || k1 === 'float') truth = numberOf(arg1) === numberOf(arg);
    else if (k1 === 'bool' || k1 === 'string') truth = arg1 === arg;
    else if (k1 === 'invalid') truth = true;
    else if (arg1 instanceof GoStruct || arg instanceof GoStruct) truth = arg1 === arg;
    else throw new FuncError(`non-comparable type ${formatV(arg)}: ${goTypeName(arg)}`);
    if (truth) return true;
  }
  return false;
}

function lt(a: unknown, b: unknown): boolean {
  const k1 = basicKind(a);
  const k2 = basicKind(b);
  if (k1 === 'invalid' || k1 === 'other' || k2 === 'invalid' || k2 === 'other') throw new FuncError(errBadComparisonType);
  if (k1 !== k2) throw new FuncError(errBadComparison);
  if (k1 === 'bool') throw new FuncError(errBadComparisonType);
  if (k1 === 'string') return (a as string) < (b as string);
  return numberOf(a) < numberOf(b);
}

function htmlEscape(s: string): string {
  return s.replace(/[<>&'"\0]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&#34;', '\0': '\uFFFD' })[c]!);
}

function jsEscape(s: string): string {
  let out = '';
  for (const ch of s) {
    const cp = ch.codePointAt(0)!;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '"') out += '\\"';
    else if (ch === '<') out += '\\u003C';
    else if (ch === '>') out += '\\u003E';
    else if (ch === '&') out += '\\u0026';
    else if (ch === '=') out += '\\u003D';
    else if (cp < 0x20) out += '\\u' + cp.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out;
}

function queryEscape(s: string): string {
  return Array.from(utf8.encode(s), (b) => {
    const c = String.fromCharCode(b);
    if (/[A-Za-z0-9\-_.~]/.test(c)) return c;
    if (c === ' ') return '+';
    return '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }).join('');
}

/** Go's evalArgs for html/js/urlquery: a single string argument is used as is. */
function argsString(args: unknown[]): string {
  if (args.length === 1 && typeof args[0] === 'string') return args[0];
  return sprint(args);
}

function repeatSpaces(n: number): string {
  if (n < 0) throw new FuncError('strings: negative Repeat count');
  return ' '.repeat(n);
}

function goTitle(s: string): string {
  let prev = ' ';
  let out = '';
  for (const ch of s) {
    const sep = !/^[\p{L}\p{Nd}_]$/u.test(prev);
    out += sep ? ch.toUpperCase() : ch;
    prev = ch;
  }
  return out;
}

function goSplit(s: string, sep: string): string[] {
  if (sep === '') return [...s];
  return s.split(sep);
}

/** Go text/template's builtin functions. */
export const builtinFuncs: FuncMap = {
  and: { params: ['value'], variadic: 'value', fn: () => undefined }, // short-circuits: handled by exec
  or: { params: ['value'], variadic: 'value', fn: () => undefined },
  not: { params: ['value'], fn: (a) => !isTrue(a) },
  len: { params: ['value'], fn: length },
  index: { params: ['value'], variadic: 'value', fn: index },
  slice: { params: ['value'], variadic: 'value', fn: slice },
  print: { params: [], variadic: 'any', fn: (...a) => sprint(a) },
  printf: { params: ['string'], variadic: 'any', fn: (f, ...a) => sprintf(f as string, a) },
  println: { params: [], variadic: 'any', fn: (...a) => sprintln(a) },
  eq: { params: ['value'], variadic: 'value', fn: eq },
  ne: { params: ['value', 'value'], fn: (a, b) => !eq(a, b) },
  lt: { params: ['value', 'value'], fn: lt },
  le: { params: ['value', 'value'], fn: (a, b) => lt(a, b) || eq(a, b) },
  gt: { params: ['value', 'value'], fn: (a, b) => !(lt(a, b) || eq(a, b)) },
  ge: { params: ['value', 'value'], fn: (a, b) => !lt(a, b) },
  html: { params: [], variadic: 'any', fn: (...a) => htmlEscape(argsString(a)) },
  js: { params: [], variadic: 'any', fn: (...a) => jsEscape(argsString(a)) },
  urlquery: { params: [], variadic: 'any', fn: (...a) => queryEscape(argsString(a)) },
  call: {
    params: ['value'],
    variadic: 'value',
    fn: (f) => {
      throw new FuncError(f === undefined || f === null ? 'call of nil' : `non-function of type ${goTypeName(f)}`);
    },
  },
};

/** docker/cli templates.basicFunctions: what `--format` templates may call. */
export const dockerFuncs: FuncMap = {
  json: {
    params: ['any'],
    fn: (v) => {
      try {
        return goJson(v, false);
      } catch (e) {
        if (e instanceof UnsupportedJsonValue) return '';
        throw e;
      }
    },
  },
  split: { params: ['string', 'string'], fn: (s, sep) => goSplit(s as string, sep as string) },
  join: { params: ['[]string', 'string'], fn: (a, sep) => ((a as string[] | null) ?? []).join(sep as string) },
  title: { params: ['string'], fn: (s) => goTitle(s as string) },
  lower: { params: ['string'], fn: (s) => (s as string).toLowerCase() },
  upper: { params: ['string'], fn: (s) => (s as string).toUpperCase() },
  pad: { params: ['string', 'int', 'int'], fn: (s, b, a) => repeatSpaces(b as number) + (s as string) + repeatSpaces(a as number) },
  truncate: {
    params: ['string', 'int'],
    fn: (s, n) => {
      const bytes = utf8.encode(s as string);
      const len = n as number;
      if (bytes.length < len) return s;
      if (len < 0) throw new FuncError(`runtime error: slice bounds out of range [:${len}]`);
      return utf8dec.decode(bytes.slice(0, len));
    },
  },
};

/** docker/cli templates.HeaderFunctions: the same names, returning their first argument, for table headers. */
export const dockerHeaderFuncs: FuncMap = {
  json: { params: ['string'], fn: (v) => v },
  split: { params: ['string', 'string'], fn: (v) => v },
  join: { params: ['string', 'string'], fn: (v) => v },
  title: { params: ['string'], fn: (v) => v },
  lower: { params: ['string'], fn: (v) => v },
  upper: { params: ['string'], fn: (v) => v },
  pad: { params: ['string', 'int', 'int'], fn: (v) => v },
  truncate: { params: ['string', 'int'], fn: (v) => v },
};
