// xargs's command line as each real tool's getopt reads it: GNU findutils' "+0a:E:e::i::I:l::L:n:oprs:txP:d:"
// with its long options, busybox's "+trn:s:e::E:opx0I:i::P:+a:" with --no-run-if-empty. Both stop at the
// first operand (the command: `xargs grep -n x` gives -n to grep), and both act on each option as they meet
// it, so warnings and refusals come out in command-line order. -p and -o need a terminal: refused.
import type { ProgramContext } from '../../kernel/process.ts';
import { notSupported } from '../messages.ts';
import { takeLong } from './long-options.ts';
import { busyboxBadOption, busyboxUsageWanted, progName, refusedLetter, type Flavour } from './util.ts';
import { byteChar } from '../../vfs/utf8.ts';
import { byteLength } from './xargs-common.ts';

/** What xargs was asked to do; busybox's -n and -s stay text until it checks them, after opening -a's file. */
export interface XargsOptions {
  /** COMMAND and its initial arguments: echo when none is given. */
  command: string[];
  /** -0 / -d: items end at this character, and quotes, backslashes and -E mean nothing. */
  delimiter?: string;
  /** -E / -e: the word that ends the input. */
  eof?: string;
  /** -I / -i: the string each input line replaces. */
  replace?: string;
  maxArgs?: number;
  maxLines?: number;
  /** GNU's command-line budget in bytes (-s, else 128 KiB), each argument counted with its NUL. */
  argMax: number;
  /** GNU's -x, given or implied by -L and -I: a command line that would not fit is fatal. */
  exit: boolean;
  noRun: boolean;
  trace: boolean;
  /** -a's file (GNU's `-a -` is stdin, so none). */
  argFile?: string;
  /** GNU's --process-slot-var: the variable each command finds its slot number in. */
  slotVar?: string;
  /** busybox's -n and -s as given: checked after -a's file is opened. */
  busyboxArgs?: string;
  busyboxChars?: string;
}

/** What the options have set up beyond XargsOptions: GNU's -s ceiling, whether busybox saw -I or -i. */
interface Seen {
  posixMax: number;
  replaceGiven: boolean;
}

type ArgKind = 'none' | 'required' | 'optional';

// getopt's option strings: `:` takes an argument, `::` takes one only when attached (`-l2`, `-iX`).
const SHORT: Record<Flavour, string> = { gnu: '0a:E:e::i::I:l::L:n:oprs:txP:d:', busybox: 'trn:s:e::E:opx0I:i::P:a:' };

// GNU's long options in findutils' table order (ambiguity lists them so); see long-options.ts for the form.
const GNU_LONGS = ['null:0', 'arg-file=:a', 'delimiter=:d', 'eof?:e', 'replace?:I', 'max-lines?:l', 'max-args=:n', 'open-tty:o', 'interactive:p', 'no-run-if-empty:r', 'max-chars=:s', 'verbose:t', 'show-limits', 'exit:x', 'max-procs=:P', '+process-slot-var=', 'version', 'help'];

// Long options the workbook leaves out: a prompt or a reopened /dev/tty needs a terminal, and the limits
// --show-limits prints are the host's; --help and --version after another option are rare enough.
const GNU_REFUSED_LONGS = new Set(['open-tty', 'interactive', 'show-limits', 'version', 'help']);

// Linux's ARG_MAX (a quarter of the default 8 MiB stack) and POSIX's 2048 bytes of headroom xargs keeps.
const ARG_MAX = 2097152;
const HEADROOM = 2048;
const INT_MAX = 2147483647;

/** Each option letter and what argument it takes, from a getopt option string. */
function letterKinds(spec: string): Map<string, ArgKind> {
  const kinds = new Map<string, ArgKind>();
  for (const m of spec.matchAll(/(.)(::|:)?/g)) kinds.set(m[1], m[2] === '::' ? 'optional' : m[2] === ':' ? 'required' : 'none');
  return kinds;
}

/** Reads xargs's options and command; a number is the status to exit with, the refusal already printed. */
export function parseXargs(ctx: ProgramContext, flavour: Flavour): XargsOptions | number {
  const args = ctx.argv.slice(1);
  const posixMax = ARG_MAX - HEADROOM - [...ctx.env].reduce((n, [k, v]) => n + byteLength(`${k}=${v}`) + 1, 0);
  const o: XargsOptions = { command: [], argMax: Math.min(128 * 1024, posixMax), exit: false, noRun: false, trace: false };
  const seen: Seen = { posixMax, replaceGiven: false };
  const kinds = letterKinds(SHORT[flavour]);
  let i = 0;
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      i++;
      break;
    }
    if (!a.startsWith('-') || a === '-') break;
    if (a.startsWith('--')) {
      const r = flavour === 'gnu' ? gnuLong(ctx, o, seen, args, i) : busyboxLong(ctx, o, a);
      if (r < 0) return -r;
      i += r - 1;
      continue;
    }
    for (let k = 1; k < a.length; k++) {
      const c = a[k];
      const kind = kinds.get(c);
      if (kind === undefined || c === 'p' || c === 'o') return badLetter(ctx, flavour, c);
      let value: string | undefined;
      if (kind !== 'none') {
        value = a.slice(k + 1) || (kind === 'required' ? args[++i] : undefined);
        if (value === undefined && kind === 'required') return missingArgument(ctx, flavour, c);
        k = a.length;
      }
      const bad = flavour === 'gnu' ? gnuOption(ctx, o, seen, c, value) : busyboxOption(ctx, o, seen, c, value);
      if (bad !== undefined) return bad;
    }
  }
  o.command = args.length > i ? args.slice(i) : ['echo'];
  return flavour === 'gnu' ? gnuFinish(ctx, o) : busyboxFinish(o, seen.replaceGiven);
}

/** A letter getopt does not know (its message and usage), or one the workbook refuses. */
function badLetter(ctx: ProgramContext, flavour: Flavour, c: string): number {
  if (refusedLetter(ctx, flavour, c)) return 1;
  // Alpine's busybox 1.37 has -o (since 1.36), though the 1.35 help recorded for the workbook lists none.
  if (flavour === 'busybox' && c === 'o') {
    ctx.stderr.write(`${progName(ctx, flavour)}: ${notSupported("option '-o'")}\n`);
    return 1;
  }
  const name = progName(ctx, flavour);
  if (flavour === 'gnu') ctx.stderr.write(`${name}: invalid option -- '${c}'\nTry '${name} --help' for more information.\n`);
  else busyboxBadOption(ctx, c);
  return 1;
}

/** getopt's refusal of an option missing its argument: glibc's wording, or musl's followed by busybox's usage. */
function missingArgument(ctx: ProgramContext, flavour: Flavour, c: string): number {
  const name = progName(ctx, flavour);
  if (flavour === 'gnu') ctx.stderr.write(`${name}: option requires an argument -- '${c}'\nTry '${name} --help' for more information.\n`);
  else {
    ctx.stderr.write(`${name}: option requires an argument: ${c}\n`);
    busyboxUsageWanted.add(ctx);
  }
  return 1;
}

/** One GNU long option: how many arguments it used, or minus the status to exit with. */
function gnuLong(ctx: ProgramContext, o: XargsOptions, seen: Seen, args: string[], i: number): number {
  const taken = takeLong(args, i, GNU_LONGS, ctx, progName(ctx, 'gnu'), (s) => !GNU_REFUSED_LONGS.has(s.name));
  if ('error' in taken) return -1;
  const { spec, value, used } = taken;
  if (spec.name === 'process-slot-var') {
    if (value!.includes('=')) return -fail(ctx, 'gnu', "option --process-slot-var may not be set to a value which includes `='");
    o.slotVar = value;
    return used;
  }
  const bad = gnuOption(ctx, o, seen, spec.letter!, value);
  return bad === undefined ? used : -bad;
}

/** busybox's one long option, --no-run-if-empty (getopt_long takes it abbreviated): 1, or minus the status. */
function busyboxLong(ctx: ProgramContext, o: XargsOptions, a: string): number {
  if (a.length > 2 && 'no-run-if-empty'.startsWith(a.slice(2))) {
    o.noRun = true;
    return 1;
  }
  busyboxBadOption(ctx, a);
  return -1;
}

/** Prints `xargs: MESSAGE` (die() and error() in both tools) and returns 1. */
function fail(ctx: ProgramContext, flavour: Flavour, message: string): number {
  ctx.stderr.write(`${progName(ctx, flavour)}: ${message}\n`);
  return 1;
}

/** GNU's warning when a later option cancels an earlier one (-L, -n and -I exclude each other). */
function exclusive(ctx: ProgramContext, option: string, offending: string): void {
  fail(ctx, 'gnu', `warning: options ${offending} and ${option} are mutually exclusive, ignoring previous ${offending} value`);
}

/** Acts on one GNU option letter as findutils' main() does; a number is the status to exit with. */
function gnuOption(ctx: ProgramContext, o: XargsOptions, seen: Seen, c: string, value: string | undefined): number | undefined {
  const num = (min: number, max = Infinity, fatal = true) => gnuNumber(ctx, value!, c, min, max, fatal);
  switch (c) {
    case '0':
      o.delimiter = '\0';
      return;
    case 'd': {
      const d = gnuDelimiter(value!);
      if ('error' in d) return fail(ctx, 'gnu', d.error);
      o.delimiter = d.char;
      return;
    }
    case 'E':
    case 'e':
      o.eof = value || undefined;
      return;
    case 'I':
    case 'i':
      o.replace = value ?? '{}';
      if (o.maxArgs !== undefined) exclusive(ctx, '--replace/-I/-i', '--max-args');
      if (o.maxLines !== undefined) exclusive(ctx, '--replace/-I/-i', '--max-lines');
      o.maxArgs = o.maxLines = undefined;
      return;
    case 'L':
    case 'l': {
      const n = value === undefined ? 1 : num(1);
      if (typeof n === 'string') return 1;
      const self = c === 'L' ? '-L' : '--max-lines/-l';
      if (o.maxArgs !== undefined) exclusive(ctx, self, '--max-args');
      if (o.replace !== undefined) exclusive(ctx, self, '--replace');
      o.maxLines = n;
      o.maxArgs = o.replace = undefined;
      return;
    }
    case 'n': {
      const n = num(1);
      if (typeof n === 'string') return 1;
      if (o.maxLines !== undefined) exclusive(ctx, '--max-args/-n', '--max-lines');
      o.maxLines = undefined;
      o.maxArgs = n;
      // findutils ignores -n1 beside -I (each line makes one command anyway); another -n drops -I.
      if (o.replace !== undefined && n === 1) o.maxArgs = undefined;
      else if (o.replace !== undefined) {
        exclusive(ctx, '--max-args/-n', '--replace');
        o.replace = undefined;
      }
      return;
    }
    case 's': {
      // A size out of range is only warned about: POSIX lets xargs use the nearest one it can.
      const n = num(1, seen.posixMax, false);
      if (typeof n === 'string') return 1;
      o.argMax = n;
      return;
    }
    case 'P': {
      // The workbook runs the commands one after another (see xargs.ts): the number is only checked.
      const n = num(0, INT_MAX);
      return typeof n === 'string' ? 1 : undefined;
    }
    case 'a':
      o.argFile = value;
      return;
    default:
      setFlag(o, c);
  }
}

/** -t, -r and -x, which both tools have. */
function setFlag(o: XargsOptions, c: string): void {
  if (c === 't') o.trace = true;
  else if (c === 'r') o.noRun = true;
  else if (c === 'x') o.exit = true;
}

/**
 * findutils' parse_num: strtol's decimal (blanks and a sign allowed before it), else `invalid number` and
 * usage; out of [min, max] a complaint, then usage, or (for -s) the nearest bound. A string: it stopped.
 */
function gnuNumber(ctx: ProgramContext, s: string, c: string, min: number, max: number, fatal: boolean): number | string {
  const name = progName(ctx, 'gnu');
  const tryHelp = `Try '${name} --help' for more information.\n`;
  if (!/^[ \t\n\v\f\r]*[+-]?\d+$/.test(s)) {
    ctx.stderr.write(`${name}: invalid number "${s}" for -${c} option\n${tryHelp}`);
    return 'stop';
  }
  const v = Number(s.trim());
  const bound = v < min ? `>= ${min}` : v > max ? `<= ${max}` : undefined;
  if (bound === undefined) return v;
  ctx.stderr.write(`${name}: value ${s} for -${c} option should be ${bound}\n${fatal ? tryHelp : ''}`);
  return fatal ? 'stop' : v < min ? min : max;
}

const ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** GNU's -d argument: one byte, or a C escape (`\n`, `\\`, octal `\101`, hex `\x41`, read with strtoul). */
function gnuDelimiter(s: string): { char: string } | { error: string } {
  if (byteLength(s) === 1) return { char: s };
  if (s[0] !== '\\') return { error: `Invalid input delimiter specification ${s}: the delimiter must be either a single character or an escape sequence starting with \\.` };
  if (ESCAPES[s[1]] !== undefined) return { char: ESCAPES[s[1]] };
  const base = s[1] === 'x' ? 16 : /[0-9]/.test(s[1]) ? 8 : 0;
  if (base === 0) return { error: `Invalid escape sequence ${s} in input delimiter specification.` };
  // strtoul: blanks, a sign and (base 16) a 0x may lead; with no digit at all it reads 0 and stops at the start.
  const body = s.slice(base === 16 ? 2 : 1);
  const digits = base === 16 ? '[0-9a-fA-F]' : '[0-7]';
  const m = new RegExp(`^[ \\t\\n\\v\\f\\r]*([+-]?)(${base === 16 ? '(?:0[xX](?=[0-9a-fA-F]))?' : ''}${digits}+)`).exec(body);
  const value = m ? parseInt(m[2].replace(/^0[xX]/, ''), base) : 0;
  const rest = m ? body.slice(m[0].length) : body;
  if ((m?.[1] === '-' && value !== 0) || value > 255) {
    return { error: `Invalid escape sequence ${s} in input delimiter specification; character values must not exceed ${base === 16 ? 'ff' : '377'}.` };
  }
  if (rest !== '') return { error: `Invalid escape sequence ${s} in input delimiter specification; trailing characters ${rest} not recognised.` };
  return { char: byteChar(value) };
}

/** What GNU does once the options are read: warns that -E is moot with -0/-d; -L and -I imply -x. */
function gnuFinish(ctx: ProgramContext, o: XargsOptions): XargsOptions {
  // The message itself ends in a newline, so a blank line follows it.
  if (o.eof !== undefined && o.delimiter !== undefined) fail(ctx, 'gnu', 'warning: the -E option has no effect if -0 or -d is used.\n');
  if (o.argFile === '-') o.argFile = undefined;
  if (o.replace !== undefined || o.maxLines !== undefined) o.exit = true;
  return o;
}

/** Acts on one busybox option letter as getopt32 stores it; -P is checked there, -n and -s later. */
function busyboxOption(ctx: ProgramContext, o: XargsOptions, seen: Seen, c: string, value: string | undefined): number | undefined {
  switch (c) {
    case 'n':
      o.busyboxArgs = value;
      return;
    case 's':
      o.busyboxChars = value;
      return;
    // -e without a string leaves the one set before; -E '' (or any empty one) means none, in busyboxFinish.
    case 'e':
    case 'E':
      o.eof = value ?? o.eof;
      return;
    case 'I':
    case 'i':
      o.replace = value ?? o.replace;
      seen.replaceGiven = true;
      return;
    case '0':
      o.delimiter = '\0';
      return;
    case 'P': {
      // Run one after another (xargs.ts); "P:+" makes getopt32 check the number.
      const n = busyboxNumber(value!, 0, INT_MAX);
      return typeof n === 'string' ? fail(ctx, 'busybox', n) : undefined;
    }
    case 'a':
      o.argFile = value;
      return;
    default:
      // -x is taken and never acted on: busybox's builder never checks it.
      setFlag(o, c);
  }
}

/** busybox's settings once getopt32 is done: an empty EOF string is none, -I's string defaults to {}. */
function busyboxFinish(o: XargsOptions, replaceGiven: boolean): XargsOptions {
  o.eof ||= undefined;
  if (replaceGiven) o.replace ??= '{}';
  return o;
}

/** busybox's xatou_range: plain decimal digits within [min, max], else its message. */
export function busyboxNumber(s: string, min: number, max: number): number | string {
  if (!/^\d+$/.test(s) || Number(s) > 4294967295) return `invalid number '${s}'`;
  const v = Number(s);
  return v < min || v > max ? `number ${s} is not in ${min}..${max} range` : v;
}
