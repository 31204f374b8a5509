// Helpers shared by the file utilities: option parsing, error text, owner names, time stamps.
import type { ProgramContext } from '../../kernel/process.ts';
import { FsError } from '../../vfs/types.ts';
import { notSupported, strerror } from '../messages.ts';
import { longSpec, takeLong, type LongSpec, type LongTaken } from './long-options.ts';
import { Interrupted } from '../errors.ts';
import { resolve } from '../../vfs/path.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { BUSYBOX_HELP_NAMES } from './help-texts/names.ts';
import { BUSYBOX_LETTERS, GNU_LETTERS } from './help-texts/letters.ts';

/** Which userland a program imitates: GNU coreutils (host, Debian/Ubuntu) or busybox (Alpine). */
export type Flavour = 'gnu' | 'busybox';

/**
 * The program runs whose command line busybox refused: bb_show_usage follows the getopt message with the
 * banner and the applet's usage, which family-help.ts prints when the program returns (exit 1).
 */
export const busyboxUsageWanted = new WeakSet<ProgramContext>();

/** busybox's (musl getopt's) refusal of an option, `-x` or `--name`: the message now, the usage after the program returns. */
export function busyboxBadOption(ctx: ProgramContext, option: string): void {
  ctx.stderr.write(`${progName(ctx, 'busybox')}: unrecognized option: ${option.replace(/^--/, '').split('=')[0]}\n`);
  busyboxUsageWanted.add(ctx);
}

/** Whether the real program of this name and flavour documents the option letter `c` (its recorded help, help-texts/letters.ts). */
export function realHasLetter(ctx: ProgramContext, flavour: Flavour, c: string): boolean {
  const name = ctx.argv[0].replace(/^.*\//, '');
  return c.length === 1 && ((flavour === 'gnu' ? GNU_LETTERS : BUSYBOX_LETTERS)[name] ?? '').includes(c);
}

/** Refuses `-c` as "not supported in the workbook" when the real program has it (true), for a parser to stop there with its usage status; false for a letter the real program does not have, which the parser reports as invalid. */
export function refusedLetter(ctx: ProgramContext, flavour: Flavour, c: string): boolean {
  if (!realHasLetter(ctx, flavour, c)) return false;
  ctx.stderr.write(`${progName(ctx, flavour)}: ${notSupported(`option '-${c}'`)}\n`);
  return true;
}

/** busybox's xatoi_positive: digits only, within an int; undefined after its complaint (above UINT_MAX strtoul's ERANGE makes it "invalid", between INT_MAX and that "out of range"). */
export function busyboxPositiveInt(ctx: ProgramContext, v: string): number | undefined {
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (n <= 0x7fffffff) return n;
  const name = progName(ctx, 'busybox');
  ctx.stderr.write(n <= 0xffffffff ? `${name}: number ${v} is not in 0..2147483647 range\n` : `${name}: invalid number '${v}'\n`);
  return undefined;
}

/** A parsed command line: the options met (letters, `--name`, `--name=value`), each long option's last value, every option in argv order (a letter, or `--name` for one without), the operands; `bad` is the option refused. */
export interface ParsedFlags {
  flags: Set<string>;
  operands: string[];
  values: Map<string, string>;
  order: string[];
  bad?: string;
}

/**
 * Splits argv into single-letter flags and operands (`-la` → l, a; `--` ends options). Long options are read
 * against `longs` (see long-options.ts for its entries): each is kept as given (`--all`, `--sort=size`), as
 * its letter where it has one, and its value in `values` by long name. A long option the program does not
 * act on (its letter not in `known`, not marked `+`) is refused; busybox refuses those not in `longs`, as
 * its getopt_long does. `unsupported` names letters the real program takes and the workbook does not act
 * on: they are refused too (never silently ignored), short or long. A letter followed by `:` in `known`
 * takes an argument, as getopt's `w:` does (`-w20`, `-w 20`), kept in `values` by its long name or else its letter.
 */
export function parseFlags(args: string[], known: string, ctx: ProgramContext, flavour: Flavour, longs: string[] = [], unsupported = ''): ParsedFlags {
  const flags = new Set<string>();
  const order: string[] = [];
  const operands: string[] = [];
  const values = new Map<string, string>();
  const supported = (s: LongSpec) => s.byName || (s.letter !== undefined && known.includes(s.letter) && !unsupported.includes(s.letter));
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '-' || !a.startsWith('-')) {
      operands.push(a);
      continue;
    }
    if (a === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (a.startsWith('--')) {
      const taken = flavour === 'busybox' ? takeBusyboxLong(args, i, longs, ctx, supported) : takeLong(args, i, [...longs, '+help', '+version'], ctx, progName(ctx, flavour), supported);
      if ('error' in taken) return { flags, operands, values, order, bad: a };
      const { spec, value } = taken;
      flags.add(`--${spec.name}`);
      if (value !== undefined) {
        flags.add(`--${spec.name}=${value}`);
        values.set(spec.name, value);
      }
      if (spec.letter) flags.add(spec.letter);
      order.push(spec.letter ?? (value === undefined ? `--${spec.name}` : `--${spec.name}=${value}`));
      i += taken.used - 1;
      continue;
    }
    const letters = a.slice(1);
    for (let j = 0; j < letters.length; j++) {
      const c = letters[j];
      if (c !== ':' && known.includes(`${c}:`)) {
        // getopt's `w:`: the rest of this word is the argument, or else the next word.
        const value = j + 1 < letters.length ? letters.slice(j + 1) : args[++i];
        if (value === undefined) {
          const name = progName(ctx, flavour);
          if (flavour === 'busybox') {
            ctx.stderr.write(`${name}: option requires an argument: ${c}\n`);
            busyboxUsageWanted.add(ctx);
          } else ctx.stderr.write(`${name}: option requires an argument -- '${c}'\nTry '${name} --help' for more information.\n`);
          return { flags, operands, values, order, bad: c };
        }
        const long = longs.map(longSpec).find((s) => s.letter === c);
        values.set(long?.name ?? c, value);
        flags.add(c);
        order.push(c);
        break;
      }
      if (c !== ':' && (unsupported.includes(c) || (!known.includes(c) && realHasLetter(ctx, flavour, c)))) {
        ctx.stderr.write(`${progName(ctx, flavour)}: ${notSupported(`option '-${c}'`)}\n`);
        return { flags, operands, values, order, bad: c };
      }
      if (c === ':' || !known.includes(c)) {
        const name = progName(ctx, flavour);
        if (flavour === 'busybox') busyboxBadOption(ctx, c);
        else ctx.stderr.write(`${name}: invalid option -- '${c}'\nTry '${name} --help' for more information.\n`);
        return { flags, operands, values, order, bad: c };
      }
      flags.add(c);
      order.push(c);
    }
  }
  return { flags, operands, values, order };
}

/** busybox's getopt_long (musl's words): only the exact names of `longs`, each checked for its argument. */
function takeBusyboxLong(args: string[], i: number, longs: string[], ctx: ProgramContext, supported: (s: LongSpec) => boolean): LongTaken {
  const a = args[i];
  const eq = a.indexOf('=');
  const given = (eq < 0 ? a : a.slice(0, eq)).slice(2);
  const entry = longs.find((l) => longSpec(l).name === given);
  if (entry === undefined) {
    busyboxBadOption(ctx, a);
    return { error: true };
  }
  const spec = longSpec(entry);
  const missing = eq < 0 && spec.arg === 'required' && i + 1 >= args.length;
  if ((eq >= 0 && spec.arg === 'none') || missing) {
    ctx.stderr.write(`${progName(ctx, 'busybox')}: option ${missing ? 'requires an argument' : 'does not take an argument'}: ${given}\n`);
    busyboxUsageWanted.add(ctx);
    return { error: true };
  }
  if (!supported(spec)) {
    ctx.stderr.write(`${progName(ctx, 'busybox')}: ${notSupported(`option '--${spec.name}'`)}\n`);
    return { error: true };
  }
  const value = eq >= 0 ? a.slice(eq + 1) : spec.arg === 'required' ? args[i + 1] : undefined;
  return { spec, value, used: value !== undefined && eq < 0 ? 2 : 1 };
}

/** The error code of a caught filesystem error. */
export function errCode(e: unknown): string {
  if (e instanceof FsError) return e.code;
  throw e;
}

/** strerror text of a caught filesystem error. */
export function errText(e: unknown): string {
  return strerror(errCode(e));
}

/** Absolute path of an operand. */
export function abs(ctx: ProgramContext, p: string): string {
  return resolve(ctx.cwd, p);
}

/** A user or group name from /etc/passwd or /etc/group of the filesystem; root for 0, else the number. */
export function idName(ctx: ProgramContext, id: number, file: '/etc/passwd' | '/etc/group'): string {
  try {
    for (const line of ctx.fs.readText(file).split('\n')) {
      const f = line.split(':');
      if (f.length > 2 && Number(f[2]) === id) return f[0];
    }
  } catch {
    /* no such file */
  }
  return id === 0 ? 'root' : String(id);
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Whether ls shows a time as recent (hours and minutes rather than the year): within six months before now. */
export function isRecent(mtime: number, now: number): boolean {
  return now - mtime < 182 * 86400 && mtime <= now + 3600;
}

/** `ls -l` time: `Nov 22 04:56` within six months of now, else `Nov 22  2025` (UTC). */
export function lsTime(mtime: number, now: number): string {
  const d = new Date(mtime * 1000);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const recent = isRecent(mtime, now);
  const tail = recent ? `${String(d.getUTCHours()).padStart(2, '0')}:${String(d.getUTCMinutes()).padStart(2, '0')}` : ` ${d.getUTCFullYear()}`;
  return `${MONTHS[d.getUTCMonth()]} ${day} ${tail}`;
}

/** `drwxr-xr-x` from a node type and mode (`crw-rw-rw-` for a character device). */
export function modeString(type: 'file' | 'dir' | 'symlink', mode: number, device = false): string {
  const t = type === 'dir' ? 'd' : type === 'symlink' ? 'l' : device ? 'c' : '-';
  let s = '';
  for (let k = 2; k >= 0; k--) {
    const bits = (mode >> (k * 3)) & 7;
    s += bits & 4 ? 'r' : '-';
    s += bits & 2 ? 'w' : '-';
    const special = k === 2 ? mode & 0o4000 : k === 1 ? mode & 0o2000 : mode & 0o1000;
    const x = bits & 1;
    if (special) s += k === 0 ? (x ? 't' : 'T') : x ? 's' : 'S';
    else s += x ? 'x' : '-';
  }
  return t + s;
}

/** GNU's locale quotes around a name in messages: ‘x’ under a UTF-8 locale (LC_ALL, LC_MESSAGES, LANG), else 'x'. */
export function quote(ctx: ProgramContext, s: string): string {
  const loc = ctx.env.get('LC_ALL') || ctx.env.get('LC_MESSAGES') || ctx.env.get('LANG') || '';
  return /utf-?8/i.test(loc) ? `‘${s}’` : `'${s}'`;
}

/** GNU's `Try 'x --help' for more information.` line, or busybox's usage refusal; returns the exit code. */
export function usageError(ctx: ProgramContext, flavour: Flavour, message: string, code = 1): number {
  const n = progName(ctx, flavour);
  ctx.stderr.write(flavour === 'gnu' ? `${n}: ${message}\nTry '${n} --help' for more information.\n` : `${n}: ${message}\n`);
  return code;
}

/** The input of a text filter: each named file (`-` is stdin) or stdin alone; unreadable files are reported by `onError`. */
export function readInputs(ctx: ProgramContext, files: string[], onError: (name: string, code: string) => void): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (const f of files.length ? files : ['-']) {
    if (f === '-') {
      out.push({ name: f, text: ctx.stdin });
      continue;
    }
    try {
      out.push({ name: f, text: decodeUtf8(ctx.fs.readFile(abs(ctx, f))) });
    } catch (e) {
      onError(f, errCode(e));
    }
  }
  return out;
}

/** Splits text into lines without their "\n" (a missing final newline still ends a line). */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  return lines;
}

/** Throws the shell's interrupt when Ctrl-C was pressed (call inside long loops). */
export function checkSignal(ctx: ProgramContext): void {
  if (ctx.signal.aborted) throw new Interrupted();
}

/** The name a program reports itself by: GNU uses argv[0] as typed (`/usr/bin/printf:`), busybox its applet name. */
export function progName(ctx: ProgramContext, flavour: Flavour): string {
  return flavour === 'gnu' ? ctx.argv[0] : ctx.argv[0].replace(/^.*\//, '');
}

/** busybox's refusal of a bad command line: the banner and the applet's usage on stderr (a usage line where none is recorded), exit 1. */
export function busyboxUsage(ctx: ProgramContext, synopsis: string): number {
  if (BUSYBOX_HELP_NAMES.has(progName(ctx, 'busybox'))) busyboxUsageWanted.add(ctx);
  else ctx.stderr.write(`Usage: ${progName(ctx, 'busybox')} ${synopsis}\n`);
  return 1;
}

/** gnulib's hard_locale(category): the environment names a locale other than C or POSIX for it (LC_ALL first, then the category, then LANG). */
export function hardLocale(ctx: ProgramContext, category: 'LC_TIME' | 'LC_MESSAGES'): boolean {
  const loc = ctx.env.get('LC_ALL') || ctx.env.get(category) || ctx.env.get('LANG') || 'C';
  return loc !== 'C' && loc !== 'POSIX';
}
