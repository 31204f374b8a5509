// head and tail: the first or last N lines (-n N, -N, tail's -n +N; GNU's -z: NUL-ended lines) or bytes
// (-c N, with size suffixes), `==> f <==` headers for several files, and tail -f following files as they
// grow (polling every -s seconds).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, busyboxBadOption, busyboxPositiveInt, busyboxUsageWanted, checkSignal, errCode, progName, quote, refusedLetter, usageError, type Flavour } from './util.ts';
import { takeLong } from './long-options.ts';
import { argmatch } from './argmatch.ts';
import { strtod } from './strtod.ts';
import { strerror } from '../messages.ts';
import { decodeUtf8, encodeUtf8 } from '../../vfs/utf8.ts';

interface Opts {
  count: number;
  bytes: boolean;
  fromStart: boolean; // tail -n +N, or head -n -N (all but the last N)
  quiet: boolean;
  verbose: boolean;
  files: string[];
  obsolete: boolean; // `-5` form
  follow: boolean; // tail -f / -F / --follow
  zero: boolean; // GNU -z: lines end with NUL
  sleep: number; // tail -s: seconds between polls of a followed file
}

// Multipliers a count may end with: GNU's full set, busybox's b, k and m.
const GNU_SUFFIXES: Record<string, number> = { '': 1, b: 512, k: 1024, K: 1024, KiB: 1024, kB: 1000, KB: 1000, m: 1 << 20, M: 1 << 20, MiB: 1 << 20, MB: 1e6, G: 1 << 30, GiB: 1 << 30, GB: 1e9 };
const BUSYBOX_SUFFIXES: Record<string, number> = { '': 1, b: 512, k: 1024, m: 1 << 20 };

// GNU's long options (head --help, tail --help); those without a letter are refused as not supported.
const HEAD_LONGS = ['bytes=:c', 'lines=:n', 'quiet:q', 'silent:q', 'verbose:v', 'zero-terminated:z', '+help', '+version'];
const TAIL_LONGS = ['bytes=:c', 'follow?:f', 'lines=:n', 'max-unchanged-stats=', 'pid=', 'quiet:q', 'retry', 'silent:q', 'sleep-interval=:s', 'verbose:v', 'zero-terminated:z', '+help', '+version'];
const FOLLOW: [string, string][] = [['descriptor', 'descriptor'], ['name', 'name']];

/**
 * tail -s: GNU's seconds are any strtod number not below 0 (1.5, 0x10, inf); busybox's a whole number
 * within an int (xatoi_positive). Undefined after the complaint.
 */
function seconds(ctx: ProgramContext, flavour: Flavour, v: string): number | undefined {
  const name = progName(ctx, flavour);
  if (flavour === 'gnu') {
    const n = strtod(v);
    if (n >= 0) return n;
    ctx.stderr.write(`${name}: invalid number of seconds: ${quote(ctx, v)}\n`);
    return undefined;
  }
  return busyboxPositiveInt(ctx, v);
}

/** Reads head's or tail's command line; a number is the exit status after a complaint. */
function parse(ctx: ProgramContext, flavour: Flavour, kind: 'head' | 'tail'): Opts | number {
  const o: Opts = { count: 10, bytes: false, fromStart: false, quiet: false, verbose: false, files: [], obsolete: false, follow: false, zero: false, sleep: 1 };
  const args = ctx.argv.slice(1);
  const name = progName(ctx, flavour);
  const gnu = flavour === 'gnu';
  const number = (v: string, bytes: boolean): number | undefined => {
    const m = /^([+-]?)(\d+)([A-Za-z]*)$/.exec(v);
    const times = m ? (gnu ? GNU_SUFFIXES : BUSYBOX_SUFFIXES)[m[3]] : undefined;
    if (!m || times === undefined) {
      ctx.stderr.write(gnu ? `${name}: invalid number of ${bytes ? 'bytes' : 'lines'}: ${quote(ctx, v)}\n` : `${name}: invalid number '${v}'\n`);
      return undefined;
    }
    o.fromStart = kind === 'tail' ? m[1] === '+' : m[1] === '-';
    return Number(m[2]) * times;
  };
  // Applies one option letter (with its value for -n, -c, -s); false after a complaint.
  const apply = (c: string, v?: string): boolean => {
    if (c === 'n' || c === 'c') {
      const n = number(v!, c === 'c');
      if (n === undefined) return false;
      o.count = n;
      o.bytes = c === 'c';
    } else if (c === 's') {
      const n = seconds(ctx, flavour, v!);
      if (n === undefined) return false;
      o.sleep = n;
    } else if (c === 'f' || c === 'F') o.follow = true;
    else if (c === 'q') o.quiet = true;
    else if (c === 'v') o.verbose = true;
    else if (c === 'z') o.zero = true;
    return true;
  };
  const letters = (kind === 'tail' ? 'fFqv' : 'qv') + (gnu ? 'z' : '');
  const valued = kind === 'tail' ? 'ncs' : 'nc';
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      o.files.push(...args.slice(i + 1));
      break;
    }
    if (/^-\d+$/.test(a)) {
      o.count = Number(a.slice(1));
      o.obsolete = true;
      continue;
    }
    if (a.startsWith('--') && gnu) {
      const taken = takeLong(args, i, kind === 'tail' ? TAIL_LONGS : HEAD_LONGS, ctx, name, (s) => s.byName || s.letter !== undefined);
      if ('error' in taken) return 1;
      i += taken.used - 1;
      // --follow=name|descriptor: both follow the file as it grows here; argmatch's refusal ends with the usage line.
      if (taken.spec.name === 'follow' && taken.value !== undefined && argmatch(ctx, taken.value, '--follow', FOLLOW) === undefined) {
        ctx.stderr.write(`Try '${name} --help' for more information.\n`);
        return 1;
      }
      if (!apply(taken.spec.letter!, taken.value)) return 1;
      continue;
    }
    // busybox has no long options: these few are the ones the workbook has always taken from it.
    if (kind === 'tail' && (a === '--follow' || a === '--follow=name' || a === '--follow=descriptor')) o.follow = true;
    else if (a === '--quiet' || a === '--silent') o.quiet = true;
    else if (a === '--verbose') o.verbose = true;
    else if (a.startsWith('-') && a !== '-') {
      // A cluster of letters (-qv, -zn1): a letter with a value takes the rest of the word or the next one.
      for (let j = 1; j < a.length; j++) {
        const c = a[j];
        if (valued.includes(c)) {
          const v = a.slice(j + 1) || args[++i];
          if (v === undefined) {
            if (gnu) return usageError(ctx, flavour, `option requires an argument -- '${c}'`);
            ctx.stderr.write(`${name}: option requires an argument: ${c}\n`);
            busyboxUsageWanted.add(ctx);
            return 1;
          }
          if (!apply(c, v)) return 1;
          break;
        }
        if (!letters.includes(c)) {
          if (refusedLetter(ctx, flavour, c)) return 1;
          if (gnu) return usageError(ctx, flavour, `invalid option -- '${c}'`);
          busyboxBadOption(ctx, c);
          return 1;
        }
        apply(c);
      }
    } else o.files.push(a);
  }
  return o;
}

// A file's bytes are picked from as they are: only what is printed is decoded (`head -c 1k /dev/zero`
// reads one 8 MiB block of zeros, and decoding all of it would cost more than the rest of the line).
function pick(input: string | Uint8Array, o: Opts, kind: 'head' | 'tail'): string {
  if (o.bytes) {
    const bytes = typeof input === 'string' ? encodeUtf8(input) : input;
    const n = bytes.length;
    if (kind === 'head') return decodeUtf8(bytes.slice(0, o.fromStart ? Math.max(0, n - o.count) : o.count));
    return decodeUtf8(bytes.slice(o.fromStart ? Math.max(0, o.count - 1) : Math.max(0, n - o.count), n));
  }
  const text = typeof input === 'string' ? input : decodeUtf8(input);
  const lines = text.match(o.zero ? /[^\0]*\0|[^\0]+$/g : /[^\n]*\n|[^\n]+$/g) ?? [];
  if (kind === 'head') return lines.slice(0, o.fromStart ? Math.max(0, lines.length - o.count) : o.count).join('');
  return lines.slice(o.fromStart ? Math.max(0, o.count - 1) : Math.max(0, lines.length - o.count)).join('');
}


function make(kind: 'head' | 'tail', flavour: Flavour): Program {
  return (ctx) => {
    const o = parse(ctx, flavour, kind);
    if (typeof o === 'number') return o;
    const name = progName(ctx, flavour);
    if (flavour === 'gnu' && kind === 'tail' && o.obsolete && o.files.length > 1) {
      ctx.stderr.write(`${name}: option used in invalid context -- ${String(o.count)[0]}\n`);
      return 1;
    }
    const files = o.files.length ? o.files : ['-'];
    const texts: { name: string; text: string | Uint8Array | null; err?: string }[] = files.map((f) => {
      if (f === '-') return { name: 'standard input', text: ctx.stdin };
      try {
        // `head -c N` wants N bytes: what an endless device (/dev/urandom) gives for one read.
        const want = kind === 'head' && o.bytes && !o.fromStart ? o.count : undefined;
        return { name: f, text: ctx.fs.readFile(abs(ctx, f), { want }) };
      } catch (e) {
        return { name: f, text: null, err: strerror(errCode(e)) };
      }
    });
    const opened = texts.filter((t) => t.text !== null).length;
    // busybox tail decides on headers after opening; head and GNU decide from the argument count.
    const headers = o.verbose || (!o.quiet && (flavour === 'busybox' && kind === 'tail' ? opened > 1 : files.length > 1));
    let code = 0;
    let printed = 0;
    texts.forEach((t, k) => {
      if (t.text === null) {
        if (flavour === 'gnu') ctx.stderr.write(`${name}: cannot open '${t.name}' for reading: ${t.err}\n`);
        else ctx.stderr.write(kind === 'head' ? `${name}: ${t.name}: ${t.err}\n` : `${name}: can't open '${t.name}': ${t.err}\n`);
        code = 1;
        return;
      }
      if (headers) {
        const blank = flavour === 'busybox' && kind === 'head' ? k > 0 : printed > 0;
        ctx.stdout.write(`${blank ? '\n' : ''}==> ${t.name} <==\n`);
      }
      printed++;
      ctx.stdout.write(pick(t.text, o, kind));
    });
    if (flavour === 'busybox' && kind === 'tail' && opened === 0) ctx.stderr.write(`${name}: no files\n`);
    const followed = texts.filter((t) => t.text !== null && t.name !== 'standard input');
    if (!o.follow || followed.length === 0) return code;
    return follow(ctx, name, followed.map((t) => ({ name: t.name, size: typeof t.text === 'string' ? encodeUtf8(t.text).length : t.text!.length })), headers, o.sleep);
  };
}

// tail -f: prints what is appended to each file, polling every -s seconds (one by default), until Ctrl-C (or,
// where the clock does not wait, the line's step budget: each poll writes nothing but is charged a step).
async function follow(ctx: ProgramContext, name: string, files: { name: string; size: number }[], headers: boolean, seconds: number): Promise<number> {
  let last = files[files.length - 1].name;
  for (;;) {
    checkSignal(ctx);
    await ctx.sleep(Math.round(seconds * 1000));
    checkSignal(ctx);
    ctx.stdout.write('');
    for (const f of files) {
      let bytes: Uint8Array;
      try {
        bytes = ctx.fs.readFile(abs(ctx, f.name));
      } catch {
        continue;
      }
      if (bytes.length < f.size) ctx.stderr.write(`${name}: ${f.name}: file truncated\n`);
      if (bytes.length !== f.size) {
        const from = bytes.length < f.size ? 0 : f.size;
        if (headers && last !== f.name) ctx.stdout.write(`\n==> ${f.name} <==\n`);
        last = f.name;
        ctx.stdout.write(decodeUtf8(bytes.slice(from)));
        f.size = bytes.length;
      }
    }
  }
}

/** Makes `head [-qvz] [-n N|-N|-c N] [FILE]…` */
export const makeHead = (flavour: Flavour): Program => make('head', flavour);
/** Makes `tail [-fFqvz] [-s SECONDS] [-n N|-n +N|-N|-c N] [FILE]…` */
export const makeTail = (flavour: Flavour): Program => make('tail', flavour);
