// cmp FILE1 [FILE2 [SKIP1 [SKIP2]]]: the first differing byte (GNU diffutils 3.8 says "byte", busybox
// 1.35 "char"), every one with -l, only the status with -s; GNU adds -b (the bytes shown) and -i SKIP.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { busyboxUsage, hardLocale, parseFlags, type Flavour } from './util.ts';
import { trySide } from './diff/read.ts';

const GNU_LONGS = ['print-bytes:b', 'ignore-initial=:i', 'verbose:l', 'bytes=:n', 'quiet:s', 'silent:s'];
const BB_SYNOPSIS = '[-ls] [-n NUM] FILE1 [FILE2 [SKIP1 [SKIP2]]]';

/** GNU's sprintc: a byte as `cmp -b` shows it (`^J`, `M-a`, `^?`). */
function shown(c: number): string {
  const high = c >= 128 ? 'M-' : '';
  const low = c & 127;
  return high + (low < 32 ? `^${String.fromCharCode(low + 64)}` : low === 127 ? '^?' : String.fromCharCode(low));
}

/** Compares the two inputs from their skip offsets; returns cmp's status. */
function compare(ctx: ProgramContext, flavour: Flavour, names: string[], data: Uint8Array[], skips: number[], limit: number, mode: 'first' | 'all' | 'quiet', bytes: boolean, widthFrom: number): number {
  const [x, y] = data.map((d, k) => d.subarray(Math.min(skips[k], d.length)));
  const common = Math.min(x.length, y.length, limit);
  const width = String(widthFrom).length;
  let line = 1;
  let differ = false;
  for (let k = 0; k < common; k++) {
    if (x[k] !== y[k]) {
      differ = true;
      if (mode === 'quiet') return 1;
      const n = k + 1;
      if (mode === 'first') {
        // POSIX's "char" under the C locale; GNU says "byte" in any other, and always with -b.
        const unit = flavour === 'gnu' && (bytes || hardLocale(ctx, 'LC_MESSAGES')) ? 'byte' : 'char';
        const extra = bytes ? ` is ${x[k].toString(8).padStart(3)} ${shown(x[k])} ${y[k].toString(8).padStart(3)} ${shown(y[k])}` : '';
        ctx.stdout.write(`${names[0]} ${names[1]} differ: ${unit} ${n}, line ${line}${extra}\n`);
        return 1;
      }
      const pos = flavour === 'gnu' ? String(n).padStart(width) : String(n);
      ctx.stdout.write(bytes ? `${pos} ${x[k].toString(8).padStart(3)} ${shown(x[k]).padEnd(4)} ${y[k].toString(8).padStart(3)} ${shown(y[k])}\n` : `${pos} ${x[k].toString(8).padStart(3)} ${y[k].toString(8).padStart(3)}\n`);
    }
    if (x[k] === 10) line++;
  }
  if (x.length === y.length || common >= limit) return differ ? 1 : 0;
  // The shorter input ended first.
  const short = x.length < y.length ? 0 : 1;
  if (mode !== 'quiet') {
    const at = common;
    let where = '';
    if (flavour === 'gnu') {
      if (at === 0) where = ' which is empty';
      else if (mode === 'all') where = ` after byte ${at}`;
      else where = ` after byte ${at}, ${data[short][skips[short] + at - 1] === 10 ? `line ${line - 1}` : `in line ${line}`}`;
    }
    ctx.stderr.write(`cmp: EOF on ${names[short]}${where}\n`);
  }
  return 1;
}

/** Makes `cmp`: 0 same, 1 different, 2 on trouble (busybox: 1 for a bad command line). */
export function makeCmp(flavour: Flavour): Program {
  return (ctx) => {
    const gnu = flavour === 'gnu';
    const name = ctx.argv[0];
    // diffutils prefixes its Try line with the program's name (a prototype copy of ctx: a spread would use up its stdin).
    const stderr = { write: (t: string) => ctx.stderr.write(gnu ? t.replace(/^Try '/m, `${name}: Try '`) : t) };
    const p = parseFlags(ctx.argv.slice(1), gnu ? 'bi:ln:s' : 'ln:s', gnu ? Object.assign(Object.create(ctx) as ProgramContext, { stderr }) : ctx, flavour, gnu ? GNU_LONGS : []);
    const usage = (message: string) => {
      if (!gnu) return busyboxUsage(ctx, BB_SYNOPSIS);
      ctx.stderr.write(`${name}: ${message}\n${name}: Try '${name} --help' for more information.\n`);
      return 2;
    };
    if (p.bad) return gnu ? 2 : busyboxUsage(ctx, BB_SYNOPSIS);
    const f = p.flags;
    if (gnu && f.has('l') && f.has('s')) return usage('options -l and -s are incompatible');
    const ops = p.operands;
    if (ops.length === 0) return usage(`missing operand after '${name}'`);
    if (ops.length > 4) return gnu ? usage(`extra operand '${ops[4]}'`) : busyboxUsage(ctx, BB_SYNOPSIS);
    const skips = [0, 0];
    const number = (v: string, what: string): number | undefined => {
      if (/^\d+$/.test(v)) return Number(v);
      if (gnu && /^0x[0-9a-f]+$/i.test(v)) return Number(v);
      if (gnu) usage(`invalid ${what} value '${v}'`);
      else ctx.stderr.write(`cmp: invalid number '${v}'\n`);
      return undefined;
    };
    const bad = () => (gnu ? 2 : 1);
    if (f.has('i')) {
      const [s1, s2 = s1] = (p.values.get('ignore-initial') ?? '').split(':');
      const a = number(s1, '--ignore-initial');
      const b = number(s2, '--ignore-initial');
      if (a === undefined || b === undefined) return bad();
      skips.splice(0, 2, a, b);
    }
    for (const k of [0, 1]) {
      if (ops[k + 2] === undefined) continue;
      const n = number(ops[k + 2], '--ignore-initial');
      if (n === undefined) return bad();
      skips[k] = n;
    }
    let limit = Infinity;
    if (f.has('n')) {
      const n = number(p.values.get('bytes') ?? p.values.get('n') ?? '', '--bytes');
      if (n === undefined) return bad();
      limit = n;
    }
    const names = [ops[0], ops[1] ?? '-'];
    const data: Uint8Array[] = [];
    let widthFrom = Infinity;
    for (const n of names) {
      const s = trySide(ctx, n);
      const code = typeof s === 'string' ? s : s.kind === 'dir' ? (gnu ? 'EISDIR' : 'EIO') : undefined;
      if (code || typeof s === 'string') {
        // -s is silent about unreadable files too; busybox reads a directory and fails with EIO, which the shared strerror table does not word.
        if (!f.has('s')) ctx.stderr.write(`${gnu ? name : 'cmp'}: ${n}: ${code === 'EIO' ? 'I/O error' : strerror(code as string)}\n`);
        return 2;
      }
      data.push(s.bytes);
      // GNU pads -l's offsets to the digits of the smaller regular file's remaining size.
      if (n !== '-') widthFrom = Math.min(widthFrom, s.bytes.length - Math.min(skips[data.length - 1], s.bytes.length));
    }
    const mode = f.has('s') ? 'quiet' : f.has('l') ? 'all' : 'first';
    return compare(ctx, flavour, names, data, skips, limit, mode, f.has('b'), Math.min(widthFrom, limit, Number.MAX_SAFE_INTEGER));
  };
}
