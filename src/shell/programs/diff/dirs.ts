// Two directories compared entry by entry in name order, as GNU's diff_dirs and busybox's diffdir do:
// "Only in", "Common subdirectories" (or a recursion under -r), a file against a directory, each pair of files.
import type { ProgramContext } from '../../../kernel/process.ts';
import { strerror } from '../../messages.ts';
import { abs } from '../util.ts';
import type { DiffOptions } from './options.ts';
import { comparePair } from './pair.ts';
import { trySide, type Side } from './read.ts';

/** `dir/name` without doubling a trailing slash. */
export function joinName(dir: string, name: string): string {
  return dir.endsWith('/') ? dir + name : `${dir}/${name}`;
}

/** An absent side -N compares as empty (busybox's directory walk names it /dev/null). */
function absent(o: DiffOptions, name: string, inWalk: boolean): Side {
  return { name: o.flavour === 'busybox' && inWalk ? '/dev/null' : name, kind: 'absent', bytes: new Uint8Array(), mtime: 0 };
}

/** Compares directories `a` and `b` (one of them `missing` under -rN: empty); the status is the worst of its entries'. */
export function compareDirs(ctx: ProgramContext, o: DiffOptions, a: string, b: string, missing?: 0 | 1): number {
  const list = (d: string, k: number) => new Set(k === missing ? [] : ctx.fs.readdir(abs(ctx, d)));
  const left = list(a, 0);
  const right = list(b, 1);
  const names = [...new Set([...left, ...right])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
  let status = 0;
  const worst = (s: number) => void (status = Math.max(status, s));
  const gnuHeader = (x: string, y: string) => (o.flavour === 'gnu' ? `${ctx.argv[0]} ${[...o.switches, x, y].join(' ')}\n` : '');
  for (const name of names) {
    const pa = joinName(a, name);
    const pb = joinName(b, name);
    const sa = left.has(name) ? trySide(ctx, pa) : undefined;
    const sb = right.has(name) ? trySide(ctx, pb) : undefined;
    for (const [s, p] of [[sa, pa], [sb, pb]] as const) {
      if (typeof s !== 'string') continue;
      ctx.stderr.write(o.flavour === 'gnu' ? `${ctx.argv[0]}: ${p}: ${strerror(s)}\n` : `diff: can't stat '${p}': ${strerror(s)}\n`);
      worst(2);
    }
    if (typeof sa === 'string' || typeof sb === 'string') continue;
    if (!sa || !sb) {
      const only = (sa ?? sb) as Side;
      if (o.newFile && only.kind === 'file') {
        worst(comparePair(ctx, o, sa ?? absent(o, pa, true), sb ?? absent(o, pb, true), gnuHeader(pa, pb)));
      } else if (o.newFile && o.recursive) {
        // -rN walks a directory only one side has against an empty one.
        worst(compareDirs(ctx, o, pa, pb, sa ? 1 : 0));
      } else if (o.flavour === 'busybox' && o.recursive && only.kind === 'dir') {
        // busybox's -r lists the trees' files: a directory only one side has is not mentioned.
      } else {
        ctx.stdout.write(`Only in ${sa ? a : b}: ${name}\n`);
        worst(1);
      }
      continue;
    }
    if (sa.kind === 'dir' && sb.kind === 'dir') {
      if (o.recursive) worst(compareDirs(ctx, o, pa, pb));
      else ctx.stdout.write(`Common subdirectories: ${pa} and ${pb}\n`);
      continue;
    }
    if (sa.kind === 'dir' || sb.kind === 'dir') {
      // busybox's walk lists the two trees' files only: the file side is "only" in its tree.
      if (o.flavour === 'busybox' && o.recursive) ctx.stdout.write(`Only in ${sa.kind === 'dir' ? b : a}: ${name}\n`);
      else ctx.stdout.write(`File ${pa} is a ${sa.kind === 'dir' ? 'directory' : 'regular file'} while file ${pb} is a ${sb.kind === 'dir' ? 'directory' : 'regular file'}\n`);
      worst(1);
      continue;
    }
    worst(comparePair(ctx, o, sa, sb, gnuHeader(pa, pb)));
  }
  return status;
}
