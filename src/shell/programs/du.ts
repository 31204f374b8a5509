// du [-s] [-a] [-c] [-h|-k|-m|-b|-B SIZE] [-S] [-d N] [-L|-H|-P] [-X FILE] [-t SIZE] [-0l] [FILE]…: disk usage in
// 1K blocks as an ext4/overlay disk allocates them (4 KiB per block; a directory takes one block; a symlink
// none), GNU or busybox wording. A file is counted once however often it is reached (GNU: when there are
// several operands or -L; busybox: directories, which always have several links), unless -l.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { humanKib } from './human-size.ts';
import { nodeSize } from '../../vfs/vfs.ts';
import { strerror } from '../messages.ts';
import { abs, errCode, parseFlags, quote, type Flavour } from './util.ts';
import { duOptions, type DuOptions } from './du-options.ts';
import { humanReadable } from './du-size.ts';

// Bytes a file takes on disk: whole 4 KiB blocks.
const allocated = (bytes: number) => Math.ceil(bytes / 4096) * 4096;

// GNU's options; busybox has no long ones.
const DU_LONG = ['null:0', 'all:a', '+apparent-size', 'block-size=:B', 'bytes:b', 'total:c', 'dereference-args:D', '+max-depth=:d', 'files0-from=', 'human-readable:h', 'inodes', 'dereference:L', 'count-links:l', 'no-dereference:P', 'separate-dirs:S', '+si', 'summarize:s', 'threshold=:t', 'time?', 'time-style=', 'exclude-from=:X', '+exclude=', 'one-file-system:x'];

// Takes -d N and -dN (also at the end of a group: -hd1) out of the arguments; GNU's --max-depth is parseFlags'.
// A letter taking its own argument (-B, -X, -t) before the d has it for its argument instead.
function splitDepth(args: string[]): { depth?: string; rest: string[] } {
  const rest: string[] = [];
  let depth: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    const short = /^-((?:(?![BXt])[0-9a-zA-Z])*?)d(.*)$/.exec(a);
    if (a === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (short && !a.startsWith('--')) {
      if (short[1]) rest.push(`-${short[1]}`);
      depth = short[2] || (args[++i] ?? '');
    } else {
      rest.push(a);
      // The next word is this option's argument, whatever it looks like.
      if (/^-[^-]*[BXt]$/.test(a) && i + 1 < args.length) rest.push(args[++i]);
    }
  }
  return { depth, rest };
}

/** A byte count in busybox du's unit: bytes (-b), KiB (-k, the default) or MiB (-m), rounded up (to the nearest for apparent sizes); or -h's. */
function busyboxSize(bytes: number, unit: string, apparent: boolean): string {
  if (unit === 'b') return String(bytes);
  if (unit === 'h') return bytes < 1024 ? String(bytes) : humanKib(bytes / 1024, 'busybox');
  const per = unit === 'm' ? 1024 * 1024 : 1024;
  return String(apparent ? Math.floor((bytes + per / 2) / per) : Math.ceil(bytes / per));
}

/** One du run: its options, what it has counted, and its status. */
interface Run {
  ctx: ProgramContext;
  flavour: Flavour;
  o: DuOptions;
  seen: Set<FsNode>;
  code: number;
  // The directories being walked, so that a symlink followed back into one ends there.
  walking: Set<FsNode>;
}

// The node a name stands for at `depth`: the symlink itself, or (GNU -L, -H on an operand; busybox likewise,
// its -H turning into -L once followed) what it points to; undefined after reporting a dangling one.
function reach(run: Run, path: string, shown: string, depth: number): FsNode | undefined {
  const { ctx, o } = run;
  const node = ctx.fs.lstat(path);
  if (node.type !== 'symlink' || !(o.follow === 'all' || (o.follow === 'args' && depth === 0))) return node;
  try {
    const target = ctx.fs.stat(path);
    if (run.flavour === 'busybox' && o.follow === 'args') o.follow = 'all';
    return target;
  } catch (e) {
    const c = errCode(e);
    ctx.stderr.write(run.flavour === 'gnu' ? `du: cannot access ${quote(ctx, shown)}\n` : `du: ${shown}: ${strerror(c)}\n`);
    run.code = 1;
    return undefined;
  }
}

// The bytes a node takes: its blocks, or its length (-b, --apparent-size).
function sizeOf(o: DuOptions, node: FsNode): number {
  if (node.type === 'symlink') return o.apparent ? node.target.length : 0;
  if (node.type === 'dir') return 4096;
  return o.apparent ? nodeSize(node) : allocated(nodeSize(node));
}

// Prints one line, unless -t leaves it out.
function print(run: Run, bytes: number, name: string): void {
  const { o } = run;
  if (o.threshold < 0n ? BigInt(bytes) > -o.threshold : BigInt(bytes) < o.threshold) return;
  const size = run.flavour === 'gnu' ? humanReadable(BigInt(bytes), o.blocks) : busyboxSize(bytes, o.unit, o.apparent);
  run.ctx.stdout.write(`${size}\t${name}${o.nul ? '\0' : '\n'}`);
}

/** Walks `shown` (at `path`), printing what its depth and the options show; returns the bytes it counts. */
function walk(run: Run, path: string, shown: string, depth: number): number {
  const { ctx, o } = run;
  if (o.excluded(shown)) return 0;
  const node = reach(run, path, shown, depth);
  if (node === undefined || run.walking.has(node)) return 0;
  // Counted once: GNU hashes everything when asked to, busybox the directories.
  const hashed = !o.countLinks && (run.flavour === 'gnu' ? o.hashAll : node.type === 'dir');
  if (hashed && run.seen.has(node)) return 0;
  if (hashed) run.seen.add(node);
  const own = sizeOf(o, node);
  if (node.type !== 'dir') {
    if (depth === 0 || (o.all && depth <= o.maxDepth)) print(run, own, shown);
    return own;
  }
  let total = own;
  let shownSize = own;
  run.walking.add(node);
  for (const child of ctx.fs.readdir(path)) {
    const childPath = `${path === '/' ? '' : path}/${child}`;
    const bytes = walk(run, childPath, `${shown.replace(/\/$/, '')}/${child}`, depth + 1);
    total += bytes;
    // -S: a directory's own size and its files', not its subdirectories'.
    if (!o.separateDirs || !isDirectory(run, childPath, depth + 1)) shownSize += bytes;
  }
  run.walking.delete(node);
  if (depth <= o.maxDepth) print(run, shownSize, shown);
  return total;
}

// Whether a child walked is a directory (as reached: -L follows a symlink to one).
function isDirectory(run: Run, path: string, depth: number): boolean {
  try {
    const node = run.ctx.fs.lstat(path);
    return node.type === 'dir' || (node.type === 'symlink' && (run.o.follow === 'all' || (run.o.follow === 'args' && depth === 0)) && run.ctx.fs.stat(path).type === 'dir');
  } catch {
    return false;
  }
}

/** Makes `du` for a flavour. */
export function makeDu(flavour: Flavour): Program {
  return (ctx) => {
    const depthArgs = splitDepth(ctx.argv.slice(1));
    const gnu = flavour === 'gnu';
    const parsed = parseFlags(depthArgs.rest, gnu ? 'sachkmxLb0B:DHPSX:lt:' : 'sachkmxLbHl', ctx, flavour, gnu ? DU_LONG : []);
    if (parsed.bad) return 1;
    const o = duOptions(ctx, flavour, parsed, depthArgs.depth ?? parsed.values.get('max-depth'));
    if (typeof o === 'number') return o;
    const run: Run = { ctx, flavour, o, seen: new Set(), code: 0, walking: new Set() };
    let total = 0;
    const operands = parsed.operands.length ? parsed.operands : ['.'];
    // busybox's -H follows nothing when no operand is given.
    if (!gnu && o.follow === 'args' && !parsed.operands.length) o.follow = 'none';
    const follow = o.follow;
    for (const operand of operands) {
      try {
        total += walk(run, abs(ctx, operand), operand, 0);
      } catch (e) {
        const c = errCode(e);
        ctx.stderr.write(gnu ? `du: cannot access '${operand}': ${strerror(c)}\n` : `du: ${operand}: ${strerror(c)}\n`);
        run.code = 1;
      }
      o.follow = follow;
    }
    if (o.total) print({ ...run, o: { ...o, threshold: 0n } }, total, 'total');
    return run.code;
  };
}
