// grep's command line: its option letters (each flavour's own set), GNU's long spellings through
// getopt_long's lookup, the patterns (-e PATTERN, -f FILE, else the first operand) and the operands.
import type { ProgramContext } from '../../kernel/process.ts';
import { abs, errCode, refusedLetter, type Flavour } from './util.ts';
import { notSupported, strerror } from '../messages.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { longSpec, resolveLong, type LongSpec } from './long-options.ts';
import { argmatch } from './argmatch.ts';

// The letters each grep takes without an argument (busybox ignores -a and -I, GNU's -U is a no-op on Linux).
const GNU_LETTERS = 'ivnclLrREFqwoxhHszabTZUIuy';
const BUSYBOX_LETTERS = 'lnqvscFiHhLorRwxEzaI';
// The letters that take an argument (`-e PAT`, `-ePAT`).
const GNU_VALUED = 'ABCDdefm';
const BUSYBOX_VALUED = 'ABCefm';

// GNU grep's long options (long-options.ts's table format); `+` marks those acted on by name.
const GNU_LONGS = [
  'basic-regexp:G', 'extended-regexp:E', 'fixed-regexp:F', 'fixed-strings:F', 'perl-regexp:P', 'after-context=:A',
  'before-context=:B', '+binary-files=', 'byte-offset:b', 'context=:C', '+color?', '+colour?', 'count:c', 'devices=:D',
  'directories=:d', '+exclude=', 'exclude-from=', '+exclude-dir=', 'file=:f', 'files-with-matches:l', 'files-without-match:L',
  'group-separator=', 'help', '+include=', 'ignore-case:i', '+no-ignore-case', 'initial-tab:T', '+label=', '+line-buffered',
  'line-number:n', 'line-regexp:x', 'max-count=:m', 'no-filename:h', 'no-group-separator', 'no-messages:s', 'null:Z',
  'null-data:z', 'only-matching:o', 'quiet:q', 'recursive:r', 'dereference-recursive:R', 'regexp=:e', 'invert-match:v',
  'silent:q', 'text:a', 'binary:U', 'unix-byte-offsets:u', 'version:V', 'with-filename:H', 'word-regexp:w',
];

/** A pattern; one read with -f keeps its file and line, which GNU names in a regex error. */
export interface Pattern {
  text: string;
  file?: string;
  line?: number;
}

/** What a grep command line asks for. */
export interface GrepOptions {
  /** The one-letter options in effect (long spellings included). */
  flags: Set<string>;
  patterns: Pattern[];
  /** Whether -e or -f gave the patterns: an empty list then matches nothing (`grep -f /dev/null`). */
  given: boolean;
  /** Lines of context after and before each match (-A, -B, -C), and the most matches per file (-m). */
  context: { after: number; before: number; max: number };
  operands: string[];
  /** --include/--exclude (file base names) and --exclude-dir (directories met while recursing): GNU only. */
  select: { include: string[]; exclude: string[]; excludeDir: string[] };
  /** --binary-files, -a (text) and -I (without-match). */
  binaryFiles: 'binary' | 'text' | 'without-match';
  /** -d ACTION; -r and -R are `recurse`. */
  directories: 'read' | 'recurse' | 'skip';
  /** -D ACTION: by default devices named on the command line are read and those met while recursing skipped. */
  devices: 'read' | 'skip' | 'command-line';
  /** Whether recursion was asked for by -r, -R or -d recurse (GNU then searches `.` when no file is named). */
  recursed: boolean;
  /** Standard input's name in output (--label). */
  label: string;
  /** Whether -f - read standard input (the search then finds it at its end). */
  stdinTaken: boolean;
}

/** Reads grep's command line; a number is the exit status after a complaint already printed. */
export function parseGrepOptions(ctx: ProgramContext, flavour: Flavour, name: string): GrepOptions | number {
  const gnu = flavour === 'gnu';
  const o: GrepOptions = {
    flags: new Set(),
    patterns: [],
    given: false,
    context: { after: 0, before: 0, max: Infinity },
    operands: [],
    select: { include: [], exclude: [], excludeDir: [] },
    binaryFiles: 'binary',
    directories: 'read',
    devices: 'command-line',
    recursed: false,
    label: '(standard input)',
    stdinTaken: false,
  };
  // busybox reads its -f files after all options, and puts their patterns after the -e ones.
  const laterFiles: string[] = [];
  const args = ctx.argv.slice(1);
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      o.operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      // busybox's one long option is --color[=WHEN], which it ignores.
      if (!gnu && /^--color(=|$)/.test(a)) continue;
      if (!gnu) return optionError(ctx, flavour, name, `unrecognized option: ${a.slice(2).split('=')[0]}`);
      const taken = takeGnuLong(ctx, name, args, i);
      if (typeof taken === 'number') return taken;
      i += taken.used - 1;
      const code = taken.spec.letter ? apply(ctx, flavour, name, o, taken.spec.letter, taken.value, laterFiles) : applyNamed(ctx, name, o, taken.spec.name, taken.value);
      if (code !== undefined) return code;
      continue;
    }
    if (!a.startsWith('-') || a === '-') {
      o.operands.push(a);
      continue;
    }
    for (let j = 1; j < a.length; j++) {
      const c = a[j];
      if ((gnu ? GNU_VALUED : BUSYBOX_VALUED).includes(c)) {
        const v = a.slice(j + 1) || args[++i];
        if (v === undefined) return optionError(ctx, flavour, name, gnu ? `option requires an argument -- '${c}'` : `option requires an argument: ${c}`);
        const code = apply(ctx, flavour, name, o, c, v, laterFiles);
        if (code !== undefined) return code;
        break;
      }
      const known = (gnu ? GNU_LETTERS : BUSYBOX_LETTERS).includes(c);
      if (!known && refusedLetter(ctx, flavour, c)) return 2;
      if (!known) return optionError(ctx, flavour, name, gnu ? `invalid option -- '${c}'` : `unrecognized option: ${c}`);
      const code = apply(ctx, flavour, name, o, c, undefined, laterFiles);
      if (code !== undefined) return code;
    }
  }
  for (const f of laterFiles) {
    const code = addPatternFile(ctx, flavour, name, o, f);
    if (code !== undefined) return code;
  }
  return o;
}

/** GNU's refusal of a bad command line (a message, then how to get help) or busybox's usage line; exit 2. */
export function optionError(ctx: ProgramContext, flavour: Flavour, name: string, message: string | null): number {
  if (flavour === 'gnu') {
    ctx.stderr.write(`${message ? `${name}: ${message}\n` : ''}Usage: ${name} [OPTION]... PATTERNS [FILE]...\nTry '${name} --help' for more information.\n`);
  } else {
    ctx.stderr.write(`${message ? `${name}: ${message}\n` : ''}Usage: ${name} [-HhnlLoqvsrRiwFEz] [-m N] [-A|B|C N] { PATTERN | -e PATTERN... | -f FILE... } [FILE]...\n`);
  }
  return 2;
}

// Acts on one option letter (with its argument); an exit status stops the parse.
function apply(ctx: ProgramContext, flavour: Flavour, name: string, o: GrepOptions, c: string, v: string | undefined, laterFiles: string[]): number | undefined {
  const gnu = flavour === 'gnu';
  switch (c) {
    case 'e':
      o.given = true;
      o.patterns.push(...v!.split('\n').map((text) => ({ text })));
      return undefined;
    case 'f':
      o.given = true;
      if (gnu) return addPatternFile(ctx, flavour, name, o, v!);
      laterFiles.push(v!);
      return undefined;
    case 'A': case 'B': case 'C': case 'm':
      return setCount(ctx, flavour, name, o, c, v!);
    case 'd': {
      const actions: [string, GrepOptions['directories']][] = [['read', 'read'], ['recurse', 'recurse'], ['skip', 'skip']];
      const action = argmatch(ctx, v!, '--directories', actions);
      if (action === undefined) {
        // grep's argmatch_die is usage(EXIT_FAILURE): the one bad command line that exits 1, not 2.
        optionError(ctx, flavour, name, null);
        return 1;
      }
      o.directories = action;
      o.recursed ||= action === 'recurse';
      return undefined;
    }
    case 'D':
      if (v !== 'read' && v !== 'skip') return fatal(ctx, name, 'unknown devices method');
      o.devices = v;
      return undefined;
    case 'r': case 'R':
      o.directories = 'recurse';
      o.recursed = true;
      break;
    case 'a':
      o.binaryFiles = 'text';
      break;
    case 'I':
      o.binaryFiles = 'without-match';
      break;
    case 'y':
      c = 'i'; // GNU's old spelling of -i
      break;
    case 'u':
      ctx.stderr.write(`${name}: warning: --unix-byte-offsets (-u) is obsolete\n`);
      return undefined;
  }
  o.flags.add(c);
  return undefined;
}

// Acts on a GNU long option that has no letter.
function applyNamed(ctx: ProgramContext, name: string, o: GrepOptions, long: string, v: string | undefined): number | undefined {
  if (long === 'include') o.select.include.push(v!);
  else if (long === 'exclude') o.select.exclude.push(v!);
  else if (long === 'exclude-dir') o.select.excludeDir.push(v!);
  else if (long === 'label') o.label = v!;
  else if (long === 'no-ignore-case') o.flags.delete('i');
  else if (long === 'binary-files') {
    if (v !== 'binary' && v !== 'text' && v !== 'without-match') return fatal(ctx, name, 'unknown binary-files type');
    o.binaryFiles = v;
  }
  // --color: no terminal colours in this output; --line-buffered: each line is written as it comes anyway.
  return undefined;
}

// -A, -B, -C and -m: a count, or each flavour's complaint.
function setCount(ctx: ProgramContext, flavour: Flavour, name: string, o: GrepOptions, c: string, v: string): number | undefined {
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (Number.isNaN(n)) {
    const what = c === 'm' ? 'invalid max count' : 'invalid context length argument';
    ctx.stderr.write(flavour === 'gnu' ? `${name}: ${c === 'm' ? what : `${v}: ${what}`}\n` : `${name}: invalid number '${v}'\n`);
    return 2;
  }
  if (c === 'A' || c === 'C') o.context.after = n;
  if (c === 'B' || c === 'C') o.context.before = n;
  if (c === 'm') o.context.max = n;
  return undefined;
}

// Adds the patterns of a -f file, one a line (`-` is standard input): GNU names the file and line in a regex
// error. A directory gives GNU's read error; busybox's getline takes it for an empty file.
function addPatternFile(ctx: ProgramContext, flavour: Flavour, name: string, o: GrepOptions, file: string): number | undefined {
  let text: string;
  if (file === '-') {
    text = o.stdinTaken ? '' : ctx.stdin;
    o.stdinTaken = true;
  } else {
    try {
      text = decodeUtf8(ctx.fs.readFile(abs(ctx, file)));
    } catch (e) {
      const code = errCode(e);
      if (code === 'EISDIR' && flavour === 'busybox') return undefined;
      return fatal(ctx, name, `${file}: ${strerror(code)}`);
    }
  }
  const lines = text === '' ? [] : text.replace(/\n$/, '').split('\n');
  o.patterns.push(...lines.map((line, k) => ({ text: line, file, line: k + 1 })));
  return undefined;
}

function fatal(ctx: ProgramContext, name: string, message: string): number {
  ctx.stderr.write(`${name}: ${message}\n`);
  return 2;
}

// getopt_long's lookup of a GNU long option at args[i]: the option and its value, or the exit status after
// glibc's complaint (or the workbook's refusal of one it does not act on).
function takeGnuLong(ctx: ProgramContext, name: string, args: string[], i: number): { spec: LongSpec; value?: string; used: number } | number {
  const a = args[i];
  const eq = a.indexOf('=');
  const found = resolveLong((eq < 0 ? a : a.slice(0, eq)).slice(2), GNU_LONGS);
  if (typeof found !== 'string') {
    if (found.length === 0) return optionError(ctx, 'gnu', name, `unrecognized option '${a}'`);
    // glibc lists each option once: spellings of one letter after the first are left out.
    const firsts = found.filter((l, k) => !found.slice(0, k).some((m) => longSpec(m).letter !== undefined && longSpec(m).letter === longSpec(l).letter));
    return optionError(ctx, 'gnu', name, `option '${a}' is ambiguous; possibilities:${firsts.map((l) => ` '--${longSpec(l).name}'`).join('')}`);
  }
  const spec = longSpec(found);
  if (eq >= 0 && spec.arg === 'none') return optionError(ctx, 'gnu', name, `option '--${spec.name}' doesn't allow an argument`);
  if (eq < 0 && spec.arg === 'required' && i + 1 >= args.length) return optionError(ctx, 'gnu', name, `option '--${spec.name}' requires an argument`);
  const acted = spec.byName || (spec.letter !== undefined && (GNU_LETTERS + GNU_VALUED).includes(spec.letter));
  if (!acted) return fatal(ctx, name, notSupported(`option '--${spec.name}'`));
  if (eq >= 0) return { spec, value: a.slice(eq + 1), used: 1 };
  return spec.arg === 'required' ? { spec, value: args[i + 1], used: 2 } : { spec, used: 1 };
}
