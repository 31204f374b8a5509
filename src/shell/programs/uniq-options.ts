// uniq's command line: -c -d -u -i, -f N / -s N / -w N (which part of a line is compared), -z, and GNU's
// -D / --all-repeated[=METHOD] and --group[=METHOD]; the counts are checked as each tool checks them, with its own words.
import type { ProgramContext } from '../../kernel/process.ts';
import { busyboxPositiveInt, busyboxUsage, parseFlags, progName, quote, usageError, type Flavour } from './util.ts';
import { argmatch } from './argmatch.ts';

/** What uniq prints of each run of equal lines, and which part of a line it compares. */
export interface UniqOptions {
  count: boolean;
  /** Print a line that has no equal neighbour (not with -d or -D). */
  unique: boolean;
  /** Print a repeated run's line (not with -u): its first line, or with -D its last. */
  firstRepeated: boolean;
  /** -D: print every line of a repeated run but the last as well. */
  laterRepeated: boolean;
  /** --all-repeated=prepend|separate: an empty line before each repeated run, or between them. */
  delimit: 'none' | 'prepend' | 'separate';
  fields: number;
  chars: number;
  width: number;
  fold: boolean;
  /** -z: GNU reads and writes NUL-ended lines; busybox reads lines and ends each with NUL. */
  zero: boolean;
  /** GNU's --group[=METHOD]: every line, runs told apart by empty lines between them, before, after, or both. */
  group?: 'separate' | 'prepend' | 'append' | 'both';
  input?: string;
  output?: string;
}

// GNU's long options (uniq --help).
const GNU_LONGS = ['count:c', 'repeated:d', 'all-repeated?:D', 'skip-fields=:f', '+group?', 'ignore-case:i', 'skip-chars=:s', 'unique:u', 'zero-terminated:z', 'check-chars=:w'];

// --all-repeated's methods, in the order GNU lists them.
const METHODS: [string, UniqOptions['delimit']][] = [['none', 'none'], ['prepend', 'prepend'], ['separate', 'separate']];

// --group's methods, in the order GNU lists them.
const GROUPS: [string, NonNullable<UniqOptions['group']>][] = [['prepend', 'prepend'], ['append', 'append'], ['separate', 'separate'], ['both', 'both']];

// Each number option: its long name and what GNU's complaint calls it.
const NUMBERS: Record<string, [string, string]> = {
  f: ['skip-fields', 'invalid number of fields to skip'],
  s: ['skip-chars', 'invalid number of bytes to skip'],
  w: ['check-chars', 'invalid number of bytes to compare'],
};

/**
 * GNU's count (xstrtoumax, base 10): blanks and a plus sign may lead, nothing may follow; too big is as
 * good as endless. busybox's (xatoi_positive): digits only, within an int.
 */
function parseCount(ctx: ProgramContext, flavour: Flavour, letter: string, v: string): number | undefined {
  const name = progName(ctx, flavour);
  if (flavour === 'gnu') {
    if (/^[ \t\n\v\f\r]*\+?\d+$/.test(v)) return Math.min(Number(v.trim()), Number.MAX_SAFE_INTEGER);
    ctx.stderr.write(`${name}: ${v}: ${NUMBERS[letter][1]}\n`);
    return undefined;
  }
  return busyboxPositiveInt(ctx, v);
}

/** Reads uniq's command line; a number is the exit status after a complaint. */
export function uniqOptions(ctx: ProgramContext, flavour: Flavour): UniqOptions | number {
  const gnu = flavour === 'gnu';
  const { flags, operands, values, order, bad } = parseFlags(ctx.argv.slice(1), gnu ? 'cdDuif:s:w:z' : 'cduif:s:w:z', ctx, flavour, gnu ? GNU_LONGS : []);
  if (bad) return 1;
  const o: UniqOptions = {
    count: flags.has('c'),
    unique: !flags.has('d') && !flags.has('D'),
    firstRepeated: !flags.has('u'),
    laterRepeated: flags.has('D'),
    delimit: 'none',
    fields: 0,
    chars: 0,
    width: Infinity,
    fold: flags.has('i'),
    zero: flags.has('z'),
    input: operands[0],
    output: operands[1],
  };
  // GNU checks each value as getopt meets it: the first bad one in the command line is the one reported.
  for (const c of new Set(order)) {
    if (c === 'D') {
      const method = values.get('all-repeated');
      const d = method === undefined ? 'none' : argmatch(ctx, method, '--all-repeated', METHODS);
      // argmatch's refusal is followed by coreutils' usage line.
      if (d === undefined) {
        ctx.stderr.write(`Try '${progName(ctx, flavour)} --help' for more information.\n`);
        return 1;
      }
      o.delimit = d;
    }
    if (c === '--group' || c.startsWith('--group=')) {
      const method = values.get('group');
      o.group = method === undefined ? 'separate' : argmatch(ctx, method, '--group', GROUPS);
      if (o.group === undefined) {
        ctx.stderr.write(`Try '${progName(ctx, flavour)} --help' for more information.\n`);
        return 1;
      }
    }
    if (!NUMBERS[c]) continue;
    const n = parseCount(ctx, flavour, c, values.get(gnu ? NUMBERS[c][0] : c)!);
    if (n === undefined) return 1;
    if (c === 'f') o.fields = n;
    else if (c === 's') o.chars = n;
    else o.width = n;
  }
  if (o.group && ['c', 'd', 'D', 'u'].some((f) => flags.has(f))) return usageError(ctx, flavour, '--group is mutually exclusive with -c/-d/-D/-u');
  if (o.laterRepeated && o.count) return usageError(ctx, flavour, 'printing all duplicated lines and repeat counts is meaningless');
  if (operands.length > 2) return gnu ? usageError(ctx, flavour, `extra operand ${quote(ctx, operands[2])}`) : busyboxUsage(ctx, '[-cduiz] [-f,s,w N] [FILE [OUTFILE]]');
  return o;
}
