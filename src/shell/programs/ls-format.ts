// How ls lays a listing out: long (-l), one per line (-1), in columns (-C) or across (-x), the last of them
// given winning, else columns on a terminal; the line's width (-w); the indicators (-F, -p); and the
// inode (-i) and allocated-size (-s) columns before each name.
import type { ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import type { Flavour } from './util.ts';
import { humanBytes, type IndicatorStyle } from './ls-classify.ts';
import { allocatedKiB, inodeNumber } from './inode.ts';

/** ls's output formats. */
export type LsFormat = 'long' | 'single' | 'columns' | 'across';

/** The format the options in `order` choose (-n and --full-time mean -l), else columns on a terminal and one per line elsewhere. */
export function lsFormat(ctx: ProgramContext, flavour: Flavour, order: string[]): LsFormat {
  const byOption: Record<string, LsFormat> = { l: 'long', n: 'long', '--full-time': 'long', '1': 'single', C: 'columns', x: 'across' };
  let format: LsFormat | undefined;
  if (flavour === 'gnu') {
    // The last given wins, but "-1 has no effect after -l" (ls.c).
    for (const o of order) if (byOption[o] && !(byOption[o] === 'single' && format === 'long')) format = byOption[o];
  } else {
    // getopt32's exclusions: -C and -x cancel -l, -1 and each other; -l cancels -C and -x; -1 cancels -C
    // and -x. Whatever is left, -l wins over -1, -1 over -C and -x.
    const cancels: Record<LsFormat, LsFormat[]> = { long: ['columns', 'across'], single: ['columns', 'across'], columns: ['across', 'long', 'single'], across: ['columns', 'long', 'single'] };
    const set = new Set<LsFormat>();
    for (const o of order) {
      const f = byOption[o];
      if (!f) continue;
      for (const c of cancels[f]) set.delete(c);
      set.add(f);
    }
    format = (['long', 'single', 'columns', 'across'] as LsFormat[]).find((f) => set.has(f));
  }
  return format ?? (ctx.isTty ? 'columns' : 'single');
}

/** The width to lay columns out in (0: no limit), or a string to report for a bad -w: the terminal's (busybox one less), else 80. */
export function lineWidth(ctx: ProgramContext, flavour: Flavour, given: string | undefined): number | string {
  if (given === undefined) return (ctx.isTty ? ctx.columns : 80) - (flavour === 'busybox' ? 1 : 0);
  if (/^\d+$/.test(given)) return Number(given);
  return flavour === 'gnu' ? `invalid line width: '${given}'` : `invalid number '${given}'`;
}

/** -F's or -p's indicators, or none: GNU takes the last given, busybox's -F wins. */
export function indicatorStyle(flavour: Flavour, order: string[], classify: boolean): IndicatorStyle | undefined {
  const given = order.filter((o) => o === 'F' || o === 'p');
  if (flavour === 'busybox') return given.includes('F') ? (classify ? 'classify' : undefined) : given.length ? 'slash' : undefined;
  const last = given.at(-1);
  return last === 'p' ? 'slash' : last === 'F' && classify ? 'classify' : undefined;
}

/** One listed file: the name ls prints, its node, and the canonical path its inode number comes from. */
export interface ListedFile {
  name: string;
  node: FsNode;
  path: string;
}

/** The -i and -s columns of each entry, padded as the flavour pads them: GNU to the widest in the listing, busybox to 7 and 6. */
export function prefixColumns(entries: ListedFile[], flavour: Flavour, opts: { inode: boolean; blocks: boolean; human: boolean }): string[] {
  const inodes = entries.map((e) => (opts.inode ? String(inodeNumber(e.path)) : ''));
  // busybox's -s ignores -h ("TODO: -h should affect -s too" in its source).
  const blocks = entries.map((e) => (!opts.blocks ? '' : opts.human && flavour === 'gnu' ? humanBytes(allocatedKiB(e.node) * 1024, flavour) : String(allocatedKiB(e.node))));
  const [iw, bw] = flavour === 'busybox' ? [7, 6] : [Math.max(0, ...inodes.map((s) => s.length)), Math.max(0, ...blocks.map((s) => s.length))];
  return entries.map((_, k) => (opts.inode ? `${inodes[k].padStart(iw)} ` : '') + (opts.blocks ? `${blocks[k].padStart(bw)} ` : ''));
}
