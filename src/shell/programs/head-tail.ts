// head and tail: the first or last N lines (-n N, -N, tail's -n +N) or bytes (-c N), `==> f <==` headers for several files.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, errCode, progName, quote, usageError, type Flavour } from './util.ts';
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
}

function parse(ctx: ProgramContext, flavour: Flavour, kind: 'head' | 'tail'): Opts | number {
  const o: Opts = { count: 10, bytes: false, fromStart: false, quiet: false, verbose: false, files: [], obsolete: false };
  const args = ctx.argv.slice(1);
  const name = progName(ctx, flavour);
  const number = (v: string | undefined, bytes: boolean): number | undefined => {
    const m = v === undefined ? null : /^([+-]?)(\d+)$/.exec(v);
    if (!m) {
      if (flavour === 'gnu' && v === undefined) usageError(ctx, flavour, `option requires an argument -- '${bytes ? 'c' : 'n'}'`);
      else if (flavour === 'gnu') ctx.stderr.write(`${name}: invalid number of ${bytes ? 'bytes' : 'lines'}: ${quote(ctx, v!)}\n`);
      else ctx.stderr.write(`${name}: invalid number '${v ?? ''}'\n`);
      return undefined;
    }
    o.fromStart = kind === 'tail' ? m[1] === '+' : m[1] === '-';
    return Number(m[2]);
  };
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
    const m = /^-([nc])(.*)$/.exec(a);
    if (m) {
      const n = number(m[2] !== '' ? m[2] : args[++i], m[1] === 'c');
      if (n === undefined) return 1;
      o.count = n;
      o.bytes = m[1] === 'c';
      continue;
    }
    if (a === '-q' || a === '--quiet' || a === '--silent') o.quiet = true;
    else if (a === '-v' || a === '--verbose') o.verbose = true;
    else if (a.startsWith('-') && a !== '-') {
      const c = a.slice(1, 2);
      ctx.stderr.write(flavour === 'gnu' ? `${name}: invalid option -- '${c}'\nTry '${name} --help' for more information.\n` : `${name}: unrecognized option: ${c}\n`);
      return 1;
    } else o.files.push(a);
  }
  return o;
}

function pick(text: string, o: Opts, kind: 'head' | 'tail'): string {
  if (o.bytes) {
    const bytes = encodeUtf8(text);
    const n = bytes.length;
    if (kind === 'head') return decodeUtf8(bytes.slice(0, o.fromStart ? Math.max(0, n - o.count) : o.count));
    return decodeUtf8(bytes.slice(o.fromStart ? Math.max(0, o.count - 1) : Math.max(0, n - o.count), n));
  }
  const lines = text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
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
    const texts: { name: string; text: string | null; err?: string }[] = files.map((f) => {
      if (f === '-') return { name: 'standard input', text: ctx.stdin };
      try {
        return { name: f, text: decodeUtf8(ctx.fs.readFile(abs(ctx, f))) };
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
    return code;
  };
}

/** Makes `head [-n N|-N|-c N] [FILE]…` */
export const makeHead = (flavour: Flavour): Program => make('head', flavour);
/** Makes `tail [-n N|-n +N|-N|-c N] [FILE]…` */
export const makeTail = (flavour: Flavour): Program => make('tail', flavour);
