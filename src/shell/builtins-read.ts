// `read` with the options a learner types (-r raw, -p PROMPT, -a ARRAY in bash, -d DELIM, -n N, -s),
// splitting the line on IFS as POSIX says, and bash's `printf -v VAR` (the text goes to a variable).
import { newArray } from './arrays.ts';
import { BufferWriter, type ExecIo } from './io.ts';
import type { ShellState } from './state.ts';

type BuiltinFn = (sh: ShellState, argv: string[], io: ExecIo) => number | Promise<number>;

const NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The options each shell's `read` takes (with whether each takes a value). */
const OPTIONS: Record<ShellState['dialect'], Record<string, boolean>> = {
  bash: { r: false, s: false, e: false, p: true, a: true, d: true, n: true, N: true, t: true, u: true, i: true },
  ash: { r: false, s: false, p: true, d: true, n: true, t: true, u: true },
  dash: { r: false, p: true },
};

/** `read [-r] [-p PROMPT] [-a ARRAY] [NAME…]`: one line from stdin into variables (REPLY by default). */
export const read: BuiltinFn = (sh, argv, io) => {
  const opts = new Map<string, string>();
  let k = 1;
  for (; k < argv.length && /^-./.test(argv[k]) && argv[k] !== '--'; k++) {
    const word = argv[k];
    for (let j = 1; j < word.length; j++) {
      const c = word[j];
      const takes = OPTIONS[sh.dialect][c];
      if (takes === undefined) return badOption(sh, io, c);
      if (!takes) {
        opts.set(c, '');
        continue;
      }
      const value = j + 1 < word.length ? word.slice(j + 1) : argv[++k];
      if (value === undefined) {
        io.stderr.write(sh.dialect === 'bash' ? `${sh.builtinPrefix('read')}-${c}: option requires an argument\nread: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n` : `${sh.builtinPrefix('read')}-${c} requires an argument\n`);
        return 2;
      }
      opts.set(c, value);
      break;
    }
  }
  if (argv[k] === '--') k++;
  const names = argv.slice(k);
  for (const n of [...names, ...(opts.has('a') ? [opts.get('a')!] : [])]) {
    if (!NAME.test(n)) {
      io.stderr.write(sh.dialect === 'bash' ? `${sh.builtinPrefix('read')}\`${n}': not a valid identifier\n` : `${sh.builtinPrefix('read')}${n}: bad variable name\n`);
      return sh.dialect === 'bash' ? 1 : 2;
    }
  }
  // The prompt goes to stderr, and only when the input is a terminal.
  if (opts.has('p') && io.stdin.terminal) io.stderr.write(opts.get('p')!);
  const { chars, ended } = readInput(io, opts.get('d') ?? '\n', !opts.has('r'), opts.has('n') ? Number(opts.get('n')) : Infinity);
  if (chars === null) {
    if (opts.has('a')) sh.arrays.set(opts.get('a')!, newArray(false));
    for (const n of names.length ? names : opts.has('a') ? [] : ['REPLY']) sh.setVar(n, '');
    return 1;
  }
  const ifs = sh.getVar('IFS') ?? ' \t\n';
  if (opts.has('a')) {
    const arr = newArray(false);
    splitFields(chars, ifs, Infinity).forEach((f, i) => arr.items.set(String(i), f));
    sh.unsetVar(opts.get('a')!);
    sh.arrays.set(opts.get('a')!, arr);
    return ended ? 0 : 1;
  }
  if (names.length === 0) {
    sh.setVar('REPLY', chars.map((c) => c.ch).join(''));
    return ended ? 0 : 1;
  }
  const fields = splitFields(chars, ifs, names.length);
  names.forEach((n, i) => sh.setVar(n, fields[i] ?? ''));
  return ended ? 0 : 1;
};

function badOption(sh: ShellState, io: ExecIo, c: string): number {
  if (sh.dialect === 'bash') {
    io.stderr.write(`${sh.builtinPrefix('read')}-${c}: invalid option\nread: usage: read [-ers] [-a array] [-d delim] [-i text] [-n nchars] [-N nchars] [-p prompt] [-t timeout] [-u fd] [name ...]\n`);
  } else io.stderr.write(`${sh.builtinPrefix('read')}${sh.dialect === 'dash' ? 'Illegal' : 'illegal'} option -${c}\n`);
  return 2;
}

interface Char {
  ch: string;
  /** Escaped by a backslash: never a separator. */
  escaped: boolean;
}

// Reads up to the delimiter (or n characters); without -r a backslash escapes the next character and
// a backslash-newline continues the line.
function readInput(io: ExecIo, delim: string, escapes: boolean, max: number): { chars: Char[] | null; ended: boolean } {
  const input = io.stdin.readAll();
  if (input === '') return { chars: null, ended: false };
  const chars: Char[] = [];
  let i = 0;
  let ended = false;
  for (; i < input.length && chars.length < max; i++) {
    const c = input[i];
    if (escapes && c === '\\' && i + 1 < input.length) {
      i++;
      if (input[i] !== '\n') chars.push({ ch: input[i], escaped: true });
      continue;
    }
    if (c === (delim === '' ? '\0' : delim[0])) {
      ended = true;
      i++;
      break;
    }
    chars.push({ ch: c, escaped: false });
  }
  if (chars.length >= max) ended = true;
  // What read did not take stays for the next reader.
  io.stdin.rest = input.slice(i);
  return { chars, ended };
}

/**
 * Splits on IFS into at most `count` fields, as POSIX's read does: IFS white space around a field is
 * dropped, each other IFS character ends one field, and the last field keeps the rest of the line.
 */
export function splitFields(chars: Char[], ifs: string, count: number): string[] {
  const isWs = (c: Char) => !c.escaped && ifs.includes(c.ch) && ' \t\n'.includes(c.ch);
  const isSep = (c: Char) => !c.escaped && ifs.includes(c.ch);
  let s = 0;
  let e = chars.length;
  while (s < e && isWs(chars[s])) s++;
  while (e > s && isWs(chars[e - 1])) e--;
  const fields: string[] = [];
  let i = s;
  while (i < e) {
    if (fields.length === count - 1) {
      let rest = chars.slice(i, e);
      // A lone trailing non-white separator is dropped from the last field, as bash does.
      if (rest.length && isSep(rest[rest.length - 1]) && !rest.slice(0, -1).some(isSep)) rest = rest.slice(0, -1);
      fields.push(rest.map((c) => c.ch).join(''));
      return fields;
    }
    let j = i;
    while (j < e && !isSep(chars[j])) j++;
    fields.push(chars.slice(i, j).map((c) => c.ch).join(''));
    // Skip one separator: white space around at most one non-white separator.
    while (j < e && isWs(chars[j])) j++;
    if (j < e && isSep(chars[j]) && !isWs(chars[j])) {
      j++;
      while (j < e && isWs(chars[j])) j++;
    }
    i = j;
  }
  return fields;
}

/** `printf`: bash's `-v VAR` keeps the text in a variable; otherwise the printf program prints it. */
export const printf: BuiltinFn = async (sh, argv, io) => {
  // dash's builtin printf takes no options at all.
  if (sh.dialect === 'dash' && /^-./.test(argv[1] ?? '') && argv[1] !== '--') {
    io.stderr.write(`${sh.builtinPrefix('printf')}Illegal option ${argv[1].slice(0, 2)}\n`);
    return 2;
  }
  if (argv[1] !== '-v' || sh.dialect !== 'bash') return sh.invokeExternal(argv, io);
  const name = argv[2];
  if (name === undefined) {
    io.stderr.write(`${sh.builtinPrefix('printf')}-v: option requires an argument\nprintf: usage: printf [-v var] format [arguments]\n`);
    return 2;
  }
  if (!NAME.test(name)) {
    io.stderr.write(`${sh.builtinPrefix('printf')}\`${name}': not a valid identifier\n`);
    return 2;
  }
  const out = new BufferWriter();
  const code = await sh.invokeExternal(['printf', ...argv.slice(3)], { ...io, stdout: out });
  sh.setVar(name, out.text);
  return code;
};
