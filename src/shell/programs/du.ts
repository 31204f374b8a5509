// du [-s] [-a] [-c] [-h|-k|-m|-b] [--apparent-size] [-d N|--max-depth=N] [FILE]…: disk usage in 1K blocks as an ext4/overlay disk allocates them
// (4 KiB per block; a directory takes one block; a symlink none), GNU or busybox wording.
import type { Program } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { humanKib } from './human-size.ts';
import { nodeSize } from '../../vfs/vfs.ts';
import { strerror } from '../messages.ts';
import { abs, errCode, parseFlags, quote, type Flavour } from './util.ts';

// Bytes a file takes on disk: whole 4 KiB blocks.
const allocated = (bytes: number) => Math.ceil(bytes / 4096) * 4096;

// Takes -d N and -dN (also at the end of a group: -hd1) out of the arguments; GNU's --max-depth is parseFlags'.
function splitDepth(args: string[]): { depth?: string; rest: string[] } {
  const rest: string[] = [];
  let depth: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const short = /^-([a-zA-Z]*)d(.*)$/.exec(a);
    if (a === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (short && !a.startsWith('--')) {
      if (short[1]) rest.push(`-${short[1]}`);
      depth = short[2] || (args[++i] ?? '');
    } else rest.push(a);
  }
  return { depth, rest };
}

/** A byte count in du's unit: bytes (-b), KiB (-k, the default) or MiB (-m), rounded up (busybox: to the nearest for apparent sizes); or -h's. */
function showSize(bytes: number, unit: string, flavour: Flavour, apparent: boolean): string {
  if (unit === 'b') return String(bytes);
  if (unit === 'h') return bytes < 1024 ? String(bytes) : humanKib(bytes / 1024, flavour);
  const per = unit === 'm' ? 1024 * 1024 : 1024;
  return String(flavour === 'busybox' && apparent ? Math.floor((bytes + per / 2) / per) : Math.ceil(bytes / per));
}

/** Makes `du` for a flavour. */
export function makeDu(flavour: Flavour): Program {
  return (ctx) => {
    const depthArgs = splitDepth(ctx.argv.slice(1));
    const { flags, operands, order, values, bad } = parseFlags(depthArgs.rest, 'sachkmxLb', ctx, flavour, flavour === 'gnu' ? ['null:0', 'all:a', '+apparent-size', 'block-size=:B', 'bytes:b', 'total:c', 'dereference-args:D', '+max-depth=:d', 'files0-from=', 'human-readable:h', 'inodes', 'dereference:L', 'count-links:l', 'no-dereference:P', 'separate-dirs:S', 'si', 'summarize:s', 'threshold=:t', 'time?', 'time-style=', 'exclude-from=:X', 'exclude=', 'one-file-system:x'] : [], 'L');
    if (bad) return 1;
    depthArgs.depth ??= values.get('max-depth');
    let maxDepth = Infinity;
    if (depthArgs.depth !== undefined) {
      if (!/^\d+$/.test(depthArgs.depth)) {
        ctx.stderr.write(flavour === 'gnu' ? `du: invalid maximum depth ${quote(ctx, depthArgs.depth)}\nTry 'du --help' for more information.\n` : `du: invalid number '${depthArgs.depth}'\n`);
        return 1;
      }
      maxDepth = Number(depthArgs.depth);
      if (flags.has('s') && flavour === 'gnu') {
        if (maxDepth !== 0) {
          ctx.stderr.write(`du: warning: summarizing conflicts with --max-depth=${maxDepth}\nTry 'du --help' for more information.\n`);
          return 1;
        }
        ctx.stderr.write('du: warning: summarizing is the same as using --max-depth=0\n');
      }
    }
    if (flags.has('s')) maxDepth = 0;
    // -b is --apparent-size in bytes; the last of -b, -k, -m, -h chooses the unit (busybox: of -k, -m, -h, then -b).
    const apparent = flags.has('b') || flags.has('--apparent-size');
    const sizeOf = (node: FsNode) => (node.type === 'symlink' ? (apparent ? node.target.length : 0) : node.type === 'dir' ? 4096 : apparent ? nodeSize(node) : allocated(nodeSize(node)));
    const unit = order.filter((o) => (flavour === 'gnu' ? 'bkmh' : 'kmh').includes(o)).pop() ?? (flags.has('b') ? 'b' : 'k');
    const show = (bytes: number) => showSize(bytes, unit, flavour, apparent);
    let code = 0;
    let total = 0;
    const walk = (ctxPath: string, shown: string, depth: number): number => {
      const node = ctx.fs.lstat(ctxPath);
      if (node.type !== 'dir') {
        const k = sizeOf(node);
        if (flags.has('a') && depth > 0 && depth <= maxDepth) ctx.stdout.write(`${show(k)}\t${shown}\n`);
        return k;
      }
      let k = sizeOf(node);
      for (const child of ctx.fs.readdir(ctxPath)) k += walk(`${ctxPath === '/' ? '' : ctxPath}/${child}`, `${shown.replace(/\/$/, '')}/${child}`, depth + 1);
      if (depth <= maxDepth) ctx.stdout.write(`${show(k)}\t${shown}\n`);
      return k;
    };
    for (const operand of operands.length ? operands : ['.']) {
      try {
        const p = abs(ctx, operand);
        const node = ctx.fs.lstat(p);
        if (node.type !== 'dir') {
          const k = sizeOf(node);
          ctx.stdout.write(`${show(k)}\t${operand}\n`);
          total += k;
        } else total += walk(p, operand, 0);
      } catch (e) {
        const c = errCode(e);
        ctx.stderr.write(flavour === 'gnu' ? `du: cannot access '${operand}': ${strerror(c)}\n` : `du: ${operand}: ${strerror(c)}\n`);
        code = 1;
      }
    }
    if (flags.has('c')) ctx.stdout.write(`${show(total)}\ttotal\n`);
    return code;
  };
}

