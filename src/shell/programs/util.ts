// Helpers shared by the file utilities: option parsing, error text, owner names, time stamps.
import type { ProgramContext } from '../../kernel/process.ts';
import { FsError } from '../../vfs/types.ts';
import { strerror } from '../messages.ts';
import { Interrupted } from '../errors.ts';
import { resolve } from '../../vfs/path.ts';
import { decodeUtf8 } from '../../vfs/utf8.ts';
import { BUSYBOX_HELP_NAMES } from './help-texts/names.ts';

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

/**
 * Splits argv into single-letter flags and operands (`-la` → l, a; `--` ends options). Long options are kept
 * as given (`--all`), and as their letter too where `longs` names one (`all:a`); busybox refuses those not in
 * `longs`, as its getopt_long does.
 */
export function parseFlags(args: string[], known: string, ctx: ProgramContext, flavour: Flavour, longs: string[] = []): { flags: Set<string>; operands: string[]; bad?: string } {
  const flags = new Set<string>();
  const operands: string[] = [];
  let done = false;
  for (const a of args) {
    if (done || a === '-' || !a.startsWith('-')) {
      operands.push(a);
      continue;
    }
    if (a === '--') {
      done = true;
      continue;
    }
    if (a.startsWith('--')) {
      const given = a.slice(2).split('=')[0];
      if (flavour === 'busybox') {
        const long = longs.find((l) => l.split(':')[0] === given);
        if (long === undefined) {
          busyboxBadOption(ctx, a);
          return { flags, operands, bad: a };
        }
        flags.add(a);
        // `parents:p`: the long option is the short one.
        if (long.includes(':')) flags.add(long.split(':')[1]);
        continue;
      }
      const long = resolveLong(given, [...longs, 'help', 'version']);
      if (typeof long !== 'string') {
        const name = progName(ctx, flavour);
        const why = long.length === 0 ? `unrecognized option '${a}'` : `option '${a.split('=')[0]}' is ambiguous; possibilities:${long.map((l) => ` '--${l.split(':')[0]}'`).join('')}`;
        ctx.stderr.write(`${name}: ${why}\nTry '${name} --help' for more information.\n`);
        return { flags, operands, bad: a };
      }
      const [full, letter] = long.split(':');
      flags.add(`--${full}`);
      if (a.includes('=')) flags.add(`--${full}${a.slice(a.indexOf('='))}`);
      if (letter) flags.add(letter);
      continue;
    }
    for (const c of a.slice(1)) {
      if (!known.includes(c)) {
        const name = progName(ctx, flavour);
        if (flavour === 'busybox') busyboxBadOption(ctx, c);
        else ctx.stderr.write(`${name}: invalid option -- '${c}'\nTry '${name} --help' for more information.\n`);
        return { flags, operands, bad: c };
      }
      flags.add(c);
    }
  }
  return { flags, operands };
}

/**
 * getopt_long's lookup of `--given`: the option named exactly, else the only one it abbreviates (several
 * spellings of one letter count as one); otherwise every candidate (none: unrecognized, several: ambiguous).
 */
export function resolveLong(given: string, longs: string[]): string | string[] {
  const exact = longs.find((l) => l.split(':')[0] === given);
  if (exact !== undefined) return exact;
  const cands = longs.filter((l) => given !== '' && l.split(':')[0].startsWith(given));
  const distinct = new Set(cands.map((l) => l.split(':')[1] ?? l));
  if (cands.length > 0 && distinct.size === 1) return cands[0];
  return cands;
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

/** `ls -l` time: `Nov 22 04:56` within six months of now, else `Nov 22  2025` (UTC). */
export function lsTime(mtime: number, now: number): string {
  const d = new Date(mtime * 1000);
  const day = String(d.getUTCDate()).padStart(2, ' ');
  const recent = now - mtime < 182 * 86400 && mtime <= now + 3600;
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
