// du's command line settled: the depth shown, the unit (GNU: a block size as -B, -k, -m, -b, -h or --si left
// it, the last given winning; busybox: its letters), -t's threshold, the symlinks followed (-P, -D/-H, -L),
// the names excluded (-X FILE, --exclude=PATTERN, matched as gnulib's exclude does), -S, -0 and -l.
import type { ProgramContext } from '../../kernel/process.ts';
import { globMatch } from '../glob.ts';
import { strerror } from '../messages.ts';
import { abs, errCode, quote, type Flavour, type ParsedFlags } from './util.ts';
import { defaultBlockSize, fixedBlocks, humanOptions, strtolComplaint, xstrtol, type BlockSize } from './du-size.ts';

/** What one du run prints, and how it walks. */
export interface DuOptions {
  maxDepth: number;
  all: boolean;
  total: boolean;
  apparent: boolean;
  /** GNU: the block size sizes are printed in. */
  blocks: BlockSize;
  /** busybox: the unit letter (b, k, m, h). */
  unit: string;
  /** -t: print only sizes at least this (negative: at most its opposite), in bytes. */
  threshold: bigint;
  nul: boolean;
  separateDirs: boolean;
  /** Symlinks followed: none (-P), the operands' (-D, -H), all (-L). */
  follow: 'none' | 'args' | 'all';
  countLinks: boolean;
  /** GNU: whether every file is remembered, to be counted once (several operands, or -L). */
  hashAll: boolean;
  excluded: (name: string) => boolean;
}

// du's fatal complaint: the line, status 1 (`usage`: with GNU's Try line).
function die(ctx: ProgramContext, msg: string, usage = false): number {
  ctx.stderr.write(`du: ${msg}\n${usage ? "Try 'du --help' for more information.\n" : ''}`);
  return 1;
}

/** gnulib's exclude_fnmatch without EXCLUDE_ANCHORED: the pattern matches the name, or the part after any of its slashes. */
export function excludedBy(patterns: string[], name: string): boolean {
  const tails = [name, ...[...name.matchAll(/\/(?!\/)/g)].map((m) => name.slice(m.index + 1))];
  return patterns.some((p) => tails.some((t) => globMatch(p, t)));
}

// -X FILE's patterns: one a line, trailing blanks dropped, empty lines skipped; `-` is stdin. A string: why not.
function patternsFrom(ctx: ProgramContext, file: string): string[] | string {
  let text: string;
  try {
    text = file === '-' ? ctx.stdin : ctx.fs.readText(abs(ctx, file));
  } catch (e) {
    return strerror(errCode(e));
  }
  return text.split('\n').map((l) => l.replace(/\s+$/, '')).filter((l) => l !== '');
}

// The GNU unit: the environment's block size, then each of -b, -h, --si, -k, -m, -B in turn (-B's last value).
function gnuBlocks(ctx: ProgramContext, p: ParsedFlags): BlockSize | number {
  let blocks = defaultBlockSize(ctx);
  const spec = p.values.get('block-size');
  const given = spec === undefined ? undefined : humanOptions(spec);
  if (given && 'error' in given) return die(ctx, strtolComplaint(given.error, p.flags.has(`--block-size=${spec}`) ? '--block-size' : '-B', spec!));
  const human = (base1024: boolean): BlockSize => ({ size: 1n, opts: { autoscale: true, si: true, b: false, base1024 } });
  for (const c of p.order) {
    if (c === 'b') blocks = fixedBlocks(1n);
    else if (c === 'k') blocks = fixedBlocks(1024n);
    else if (c === 'm') blocks = fixedBlocks(1048576n);
    else if (c === 'h' || c === '--si') blocks = human(c === 'h');
    else if (c === 'B' && given) blocks = given;
  }
  return blocks;
}

// -t SIZE: signed, with xstrtoimax's letters; `-0` means nothing, and is refused.
function threshold(ctx: ProgramContext, p: ParsedFlags): bigint | number {
  const spec = p.values.get('threshold');
  if (spec === undefined) return 0n;
  const read = xstrtol(spec, 'kKmMGTPEZY0', true);
  if ('error' in read) return die(ctx, strtolComplaint(read.error, p.flags.has(`--threshold=${spec}`) ? '--threshold' : '-t', spec));
  if (read.value === 0n && spec.startsWith('-')) return die(ctx, "invalid --threshold argument '-0'");
  return read.value;
}

// The patterns of -X FILE (each --exclude-from, and -X's last) and --exclude=PATTERN; a number: the status after a file not read.
function exclusions(ctx: ProgramContext, p: ParsedFlags): string[] | number {
  const longs = (name: string) => [...p.flags].filter((f) => f.startsWith(`--${name}=`)).map((f) => f.slice(name.length + 3));
  const last = p.values.get('exclude-from');
  const files = [...new Set([...longs('exclude-from'), ...(last === undefined ? [] : [last])])];
  const patterns = longs('exclude');
  let ok = true;
  for (const file of files) {
    const read = patternsFrom(ctx, file);
    if (typeof read === 'string') {
      ctx.stderr.write(`du: ${/^[\w.,/@%+=:^-]+$/.test(file) ? file : `'${file}'`}: ${read}\n`);
      ok = false;
    } else patterns.push(...read);
  }
  return ok ? patterns : 1;
}

// The depth shown: -d N (or --max-depth=N), -s's 0; GNU warns of both together.
function maxDepth(ctx: ProgramContext, flavour: Flavour, p: ParsedFlags, depth: string | undefined): number {
  let max = Infinity;
  if (depth !== undefined) {
    if (!/^\d+$/.test(depth)) {
      ctx.stderr.write(flavour === 'gnu' ? `du: invalid maximum depth ${quote(ctx, depth)}\nTry 'du --help' for more information.\n` : `du: invalid number '${depth}'\n`);
      return -1;
    }
    max = Number(depth);
    if (p.flags.has('s') && flavour === 'gnu') {
      if (max !== 0) {
        ctx.stderr.write(`du: warning: summarizing conflicts with --max-depth=${max}\nTry 'du --help' for more information.\n`);
        return -1;
      }
      ctx.stderr.write('du: warning: summarizing is the same as using --max-depth=0\n');
    }
  }
  return p.flags.has('s') ? 0 : max;
}

/** The options of a parsed du command line, or the status after refusing it. */
export function duOptions(ctx: ProgramContext, flavour: Flavour, p: ParsedFlags, depth: string | undefined): DuOptions | number {
  const gnu = flavour === 'gnu';
  const blocks = gnu ? gnuBlocks(ctx, p) : fixedBlocks(1024n);
  if (typeof blocks === 'number') return blocks;
  const limit = gnu ? threshold(ctx, p) : 0n;
  if (typeof limit === 'number') return limit;
  const patterns = gnu ? exclusions(ctx, p) : [];
  if (typeof patterns === 'number') {
    ctx.stderr.write("Try 'du --help' for more information.\n");
    return patterns;
  }
  if (gnu && p.flags.has('a') && p.flags.has('s')) return die(ctx, 'cannot both summarize and show all entries', true);
  const max = maxDepth(ctx, flavour, p, depth);
  if (max < 0) return 1;
  // The last of -P, -D/-H, -L decides.
  const last = p.order.filter((c) => 'PDHL'.includes(c) && c.length === 1).pop();
  const follow = last === 'L' ? 'all' : last === 'H' || last === 'D' ? 'args' : 'none';
  return {
    maxDepth: max,
    all: p.flags.has('a'),
    total: p.flags.has('c'),
    apparent: p.flags.has('b') || p.flags.has('--apparent-size'),
    blocks,
    // busybox: the last of -k, -m, -h, then -b.
    unit: p.order.filter((o) => 'kmh'.includes(o) && o.length === 1).pop() ?? (p.flags.has('b') ? 'b' : 'k'),
    threshold: limit,
    nul: p.flags.has('0'),
    separateDirs: p.flags.has('S'),
    follow,
    countLinks: p.flags.has('l'),
    hashAll: p.operands.length > 1 || follow === 'all',
    excluded: (name) => patterns.length > 0 && excludedBy(patterns, name),
  };
}
