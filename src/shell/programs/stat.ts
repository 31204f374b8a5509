// stat [-L] [-c FORMAT] FILE…: file status in each tool's default layout, or FORMAT's %-sequences.
// The vfs keeps one time stamp, so access, modify and change times are all the mtime; device and inode
// numbers are made up (stable per path, inode.ts) since the vfs has neither.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { nodeSize } from '../../vfs/vfs.ts';
import { abs, busyboxUsage, errCode, modeString, parseFlags, progName, usageError, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { groupName, userName } from './users.ts';
import { allocatedKiB, canonicalPath, inodeNumber } from './inode.ts';

function fileType(n: FsNode): string {
  if (n.type === 'dir') return 'directory';
  if (n.type === 'symlink') return 'symbolic link';
  return nodeSize(n) === 0 ? 'regular empty file' : 'regular file';
}

function stamp(t: number): string {
  const d = new Date(t * 1000);
  const p = (x: number) => String(x).padStart(2, '0');
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}.000000000 +0000`;
}

const links = (n: FsNode) => (n.type === 'dir' ? 2 + [...n.children.values()].filter((c) => c.type === 'dir').length : 1);
// st_blocks counts 512-byte units.
const blocks = (n: FsNode) => allocatedKiB(n) * 2;
const typeBits = (n: FsNode) => (n.type === 'dir' ? 0o040000 : n.type === 'symlink' ? 0o120000 : 0o100000);

/** One %-sequence of `stat -c`; undefined for an unknown letter (printed as written). */
function field(ctx: ProgramContext, flavour: Flavour, c: string, name: string, path: string, n: FsNode): string | undefined {
  switch (c) {
    case 'n': return name;
    case 'N': {
      // busybox quotes only a link's names; GNU quotes every name.
      if (n.type === 'symlink') return `'${name}' -> '${n.target}'`;
      return flavour === 'gnu' ? `'${name}'` : name;
    }
    case 's': return String(nodeSize(n));
    case 'a': return n.mode.toString(8);
    case 'A': return modeString(n.type, n.mode, n.type === 'file' && n.device !== undefined);
    case 'u': return String(n.uid);
    case 'g': return String(n.gid);
    case 'U': return userName(ctx, n.uid) ?? 'UNKNOWN';
    case 'G': return groupName(ctx, n.gid) ?? 'UNKNOWN';
    case 'F': return fileType(n);
    case 'h': return String(links(n));
    case 'i': return String(inodeNumber(path));
    case 'b': return String(blocks(n));
    case 'B': return '512';
    case 'o': return '4096';
    case 'f': return (typeBits(n) | n.mode).toString(16);
    case 'x': case 'y': case 'z': return stamp(n.mtime);
    case 'X': case 'Y': case 'Z': return String(n.mtime);
    case 'd': return '45';
    case 'D': return '2d';
    case '%': return '%';
    default: return undefined;
  }
}

function defaultLayout(ctx: ProgramContext, flavour: Flavour, name: string, path: string, n: FsNode): string {
  const f = (c: string) => field(ctx, flavour, c, name, path, n)!;
  const file = n.type === 'symlink' ? (flavour === 'gnu' ? `${name} -> ${n.target}` : `'${name}' -> '${n.target}'`) : name;
  const device = flavour === 'gnu' ? 'Device: 0,45' : 'Device: 2dh/45d';
  const t = stamp(n.mtime);
  return (
    `  File: ${file}\n` +
    `  Size: ${f('s').padEnd(10)}\tBlocks: ${f('b').padEnd(10)} IO Block: 4096   ${fileType(n)}\n` +
    `${device}\tInode: ${f('i').padEnd(11)} Links: ${f('h')}\n` +
    `Access: (${n.mode.toString(8).padStart(4, '0')}/${f('A')})  Uid: (${f('u').padStart(5)}/${f('U').padStart(8)})   Gid: (${f('g').padStart(5)}/${f('G').padStart(8)})\n` +
    `Access: ${t}\nModify: ${t}\nChange: ${t}\n` +
    (flavour === 'gnu' ? ' Birth: -\n' : '')
  );
}

/** Makes `stat`. */
export function makeStat(flavour: Flavour): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    let format: string | undefined;
    const rest: string[] = [];
    for (let i = 0; i < args.length; i++) {
      if (args[i] === '-c' || args[i] === '--format' || args[i] === '--printf') format = args[++i];
      else if (args[i].startsWith('--format=')) format = args[i].slice(9);
      else rest.push(args[i]);
    }
    const { flags, operands, bad } = parseFlags(rest, 'Lt', ctx, flavour, flavour === 'gnu' ? ['dereference:L', 'file-system:f', 'cached=', 'format=:c', 'printf=', 'terse:t'] : [], 't');
    if (bad) return 1;
    const name = progName(ctx, flavour);
    if (operands.length === 0) return flavour === 'gnu' ? usageError(ctx, flavour, 'missing operand') : busyboxUsage(ctx, '[-ltf] [-c FMT] FILE...');
    let code = 0;
    for (const o of operands) {
      const p = abs(ctx, o);
      let n: FsNode;
      try {
        n = flags.has('L') ? ctx.fs.stat(p) : ctx.fs.lstat(p);
      } catch (e) {
        ctx.stderr.write(flavour === 'gnu' ? `${name}: cannot statx '${o}': ${strerror(errCode(e))}\n` : `${name}: can't stat '${o}': ${strerror(errCode(e))}\n`);
        code = 1;
        continue;
      }
      // -L describes the file a link leads to, inode number included.
      const where = canonicalPath(ctx.fs, p, flags.has('L'));
      if (format === undefined) {
        ctx.stdout.write(defaultLayout(ctx, flavour, o, where, n));
        continue;
      }
      const text = format.replace(/%(.)/g, (m, c: string) => field(ctx, flavour, c, o, where, n) ?? m);
      ctx.stdout.write(text + '\n');
    }
    return code;
  };
}
