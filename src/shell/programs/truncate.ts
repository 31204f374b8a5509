// truncate [-c] -s SIZE FILE…: cuts each FILE to SIZE bytes or pads it with NULs, creating it unless -c.
// GNU's SIZE may be relative (+N, -N, <N at most, >N at least, /N and %N round down or up to a multiple)
// and take its base from another file (-r); busybox takes a plain size. Both read K/M/G (1024) and KB/MB/GB (1000).
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { checkSize } from '../limits.ts';
import { abs, busyboxUsage, errCode, parseFlags, progName, quote, type Flavour } from './util.ts';

const POWERS: Record<string, number> = { K: 1, k: 1, M: 2, m: 2, G: 3, g: 3, T: 4, t: 4, P: 5, E: 6, Z: 7, Y: 8 };

/** GNU's xstrtoimax with "EgGkKmMPtTYZ0": digits and one suffix, `B` for powers of 1000, `iB` for 1024. */
function gnuNumber(s: string): number | undefined {
  const m = /^([-+]?\d+)(?:([EgGkKmMPtTYZ])(iB|B)?)?$/.exec(s);
  if (!m) return undefined;
  const base = m[3] === 'B' ? 1000 : 1024;
  return Number(m[1]) * (m[2] ? base ** POWERS[m[2]] : 1);
}

const BUSYBOX_SUFFIXES: Record<string, number> = { K: 1024, k: 1024, M: 1048576, m: 1048576, G: 1073741824, g: 1073741824, KB: 1000, MB: 1000000, GB: 1000000000 };

/** busybox's xatoull_sfx with kmg_i_suffixes: digits and one of its suffixes. */
function busyboxNumber(s: string): number | undefined {
  const m = /^(\d+)([A-Za-z]*)$/.exec(s);
  if (!m || (m[2] !== '' && BUSYBOX_SUFFIXES[m[2]] === undefined)) return undefined;
  return Number(m[1]) * (m[2] ? BUSYBOX_SUFFIXES[m[2]] : 1);
}

type Op = '' | '+' | '-' | '<' | '>' | '/' | '%';

/** The new size of a file of `size` bytes. */
function sized(op: Op, n: number, size: number): number {
  switch (op) {
    case '+': return size + n;
    case '-': return Math.max(0, size - n);
    case '<': return Math.min(size, n);
    case '>': return Math.max(size, n);
    case '/': return Math.floor(size / n) * n;
    case '%': return Math.ceil(size / n) * n;
    default: return n;
  }
}

/** A file's size, or its error code. */
function sizeOf(ctx: ProgramContext, f: string): number | string {
  try {
    return ctx.fs.readFile(abs(ctx, f)).length;
  } catch (e) {
    return errCode(e);
  }
}

/** Makes `truncate`; status 1 when a FILE cannot be opened or resized. */
export function makeTruncate(flavour: Flavour): Program {
  return (ctx) => {
    const name = progName(ctx, flavour);
    const gnu = flavour === 'gnu';
    const usage = '[-c] -s SIZE FILE...';
    const { flags, operands, values, bad } = parseFlags(ctx.argv.slice(1), gnu ? 'cr:s:' : 'cs:', ctx, flavour, gnu ? ['no-create:c', 'io-blocks:o', 'reference=:r', 'size=:s'] : []);
    if (bad) return gnu ? 1 : busyboxUsage(ctx, usage);
    const given = values.get(gnu ? 'size' : 's');
    const reference = values.get('reference');
    const fail = (message: string) => {
      ctx.stderr.write(`${name}: ${message}\nTry '${name} --help' for more information.\n`);
      return 1;
    };
    if (!gnu && (given === undefined || operands.length === 0)) return busyboxUsage(ctx, usage);
    if (given === undefined && reference === undefined) return fail(`you must specify either ${quote(ctx, '--size')} or ${quote(ctx, '--reference')}`);
    let op: Op = '';
    let n = 0;
    if (given !== undefined) {
      if (gnu) {
        // One of < > / % may lead (blanks around it), or the number's own sign makes it relative.
        let rest = given.replace(/^\s+/, '');
        if (/^[<>/%]/.test(rest)) {
          op = rest[0] as Op;
          rest = rest.slice(1).replace(/^\s+/, '');
        }
        if (/^[-+]/.test(rest)) {
          if (op !== '') return fail('multiple relative modifiers specified');
          op = rest[0] as Op;
        }
        const num = gnuNumber(rest);
        if (num === undefined) {
          ctx.stderr.write(`${name}: Invalid number: ${quote(ctx, rest)}\n`);
          return 1;
        }
        n = Math.abs(num);
        if ((op === '/' || op === '%') && n === 0) {
          ctx.stderr.write(`${name}: division by zero\n`);
          return 1;
        }
      } else {
        const num = busyboxNumber(given);
        if (num === undefined) {
          ctx.stderr.write(`${name}: invalid number '${given}'\n`);
          return 1;
        }
        n = num;
      }
    }
    if (reference !== undefined && given !== undefined && op === '') return fail(`you must specify a relative ${quote(ctx, '--size')} with ${quote(ctx, '--reference')}`);
    if (operands.length === 0) return fail('missing file operand');
    let base: number | undefined;
    if (reference !== undefined) {
      const r = sizeOf(ctx, reference);
      if (typeof r === 'string') {
        ctx.stderr.write(`${name}: cannot stat ${quote(ctx, reference)}: ${strerror(r)}\n`);
        return 1;
      }
      base = r;
    }
    let code = 0;
    for (const f of operands) {
      const path = abs(ctx, f);
      let data: Uint8Array | undefined;
      try {
        data = ctx.fs.readFile(path);
      } catch (e) {
        const err = errCode(e);
        if (err !== 'ENOENT' || flags.has('c')) {
          if (err !== 'ENOENT') {
            ctx.stderr.write(gnu ? `${name}: cannot open ${quote(ctx, f)} for writing: ${strerror(err)}\n` : `${name}: ${f}: open: ${strerror(err)}\n`);
            code = 1;
          }
          continue;
        }
      }
      const size = data?.length ?? 0;
      const target = given === undefined ? base! : sized(op, n, base ?? size);
      checkSize(target);
      const out = new Uint8Array(target);
      if (data) out.set(data.subarray(0, Math.min(target, data.length)));
      try {
        ctx.fs.writeFile(path, out);
      } catch (e) {
        ctx.stderr.write(gnu ? `${name}: cannot open ${quote(ctx, f)} for writing: ${strerror(errCode(e))}\n` : `${name}: ${f}: open: ${strerror(errCode(e))}\n`);
        code = 1;
      }
    }
    return code;
  };
}
