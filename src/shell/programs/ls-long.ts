// `ls -l` lines as each ls prints them: GNU sizes its columns to the listing (a device's
// "major, minor" widens the size column); busybox uses fixed printf widths (`%4u, %3u` for devices).
import type { ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { nodeSize } from '../../vfs/vfs.ts';
import { idName, modeString, type Flavour } from './util.ts';
import type { TimeFormat } from './ls-time-style.ts';
import { humanBytes, indicator, type IndicatorStyle } from './ls-classify.ts';
import { allocatedKiB } from './inode.ts';

/** -h, -F, -n, -i and -s for a long listing: sizes in human units, the indicator of a symlink's target (`classify(path)`), numeric ids, and what goes before each line. */
export interface LongOptions {
  human?: boolean;
  classify?: (path: string) => string;
  /** -F's indicators or -p's (directories alone), after each name. */
  style?: IndicatorStyle;
  /** The listed directory, to resolve a symlink's relative target from. */
  dirPath?: string | null;
  numeric?: boolean;
  /** The inode number and block count columns of each entry, already padded (ls -i, -s). */
  prefixes?: string[];
}

/** One entry of a listing: the name ls prints and the node it describes (not followed). */
export interface LongEntry {
  name: string;
  node: FsNode;
}

/** The long listing of `entries`; `time` formats the date column. */
export function longLines(ctx: ProgramContext, flavour: Flavour, entries: LongEntry[], time: TimeFormat, opts: LongOptions = {}): string {
  const now = ctx.fs.now();
  const rows = entries.map(({ name, node: n }, i) => {
    const device = n.type === 'file' ? n.device : undefined;
    return {
      mode: modeString(n.type, n.mode, device !== undefined),
      links: String(n.type === 'dir' ? 2 + [...n.children.values()].filter((c) => c.type === 'dir').length : 1),
      prefix: opts.prefixes?.[i] ?? '',
      user: opts.numeric ? String(n.uid) : idName(ctx, n.uid, '/etc/passwd'),
      group: opts.numeric ? String(n.gid) : idName(ctx, n.gid, '/etc/group'),
      size: opts.human ? humanBytes(nodeSize(n), flavour) : String(nodeSize(n)),
      device,
      time: time(n.mtime, now),
      name: n.type === 'symlink' ? `${name} -> ${n.target}${opts.classify ? opts.classify(linkPath(opts.dirPath, name)) : ''}` : name + (opts.style ? indicator(n, opts.style) : ''),
    };
  });
  let out = '';
  if (flavour === 'busybox') {
    for (const r of rows) {
      const size = r.device ? `${String(r.device.major).padStart(4)}, ${String(r.device.minor).padStart(3)}` : r.size.padStart(opts.human ? 7 : 9); // busybox: %9llu, or %7s for -h's human size
      out += `${r.prefix}${r.mode.padEnd(10)} ${r.links.padStart(4)} ${r.user.slice(0, 8).padEnd(8)} ${r.group.slice(0, 8).padEnd(8)} ${size} ${r.time} ${r.name}\n`;
    }
    return out;
  }
  const width = (f: (r: (typeof rows)[number]) => string) => Math.max(0, ...rows.map((r) => f(r).length));
  const major = Math.max(0, ...rows.map((r) => (r.device ? String(r.device.major).length : 0)));
  const minor = Math.max(0, ...rows.map((r) => (r.device ? String(r.device.minor).length : 0)));
  const sizeWidth = Math.max(width((r) => (r.device ? '' : r.size)), major || minor ? major + 2 + minor : 0);
  const [links, user, group] = [width((r) => r.links), width((r) => r.user), width((r) => r.group)];
  for (const r of rows) {
    const size = r.device ? `${String(r.device.major).padStart(major + Math.max(0, sizeWidth - (major + 2 + minor)))}, ${String(r.device.minor).padStart(minor)}` : r.size.padStart(sizeWidth);
    out += `${r.prefix}${r.mode} ${r.links.padStart(links)} ${r.user.padEnd(user)} ${r.group.padEnd(group)} ${size} ${r.time} ${r.name}\n`;
  }
  return out;
}

/** The `total` line heading a directory's listing with -l or -s: the KiB its entries take, or with -h GNU's human units (`2.0M`) and busybox's rounded, padded ones (`2M     `). */
export function totalLine(entries: LongEntry[], flavour: Flavour, human = false): string {
  const kib = entries.reduce((sum, e) => sum + allocatedKiB(e.node), 0);
  if (!human) return `total ${kib}\n`;
  return `total ${flavour === 'busybox' ? humanBytes(kib * 1024, flavour, false).padEnd(7) : humanBytes(kib * 1024, flavour)}\n`;
}

/** Where a listed symlink is, for following it to its target's indicator. */
function linkPath(dirPath: string | null | undefined, name: string): string {
  if (!dirPath || name.startsWith('/')) return name;
  return dirPath === '/' ? `/${name}` : `${dirPath}/${name}`;
}
