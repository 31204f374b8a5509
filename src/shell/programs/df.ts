// df [-h] [-k] [-m] [PATH]…: the container's filesystems (its overlay root, /dev and /dev/shm), in
// coreutils' or busybox's columns. Sizes are the simulated VM disk's (sysinfo.ts).
import type { Program } from '../../kernel/process.ts';
import { DISK_KIB } from './sysinfo.ts';
import { humanKib } from './human-size.ts';
import { parseFlags, usageError, type Flavour } from './util.ts';
import { DEFAULT_FIELDS, dfTable, outputFields, type DfRow } from './df-columns.ts';

type Mount = Omit<DfRow, 'file'>;

const MOUNTS: Mount[] = [
  { fs: 'overlay', type: 'overlay', size: DISK_KIB.size, used: DISK_KIB.used, avail: DISK_KIB.avail, on: '/' },
  { fs: 'tmpfs', type: 'tmpfs', size: 65_536, used: 0, avail: 65_536, on: '/dev' },
  { fs: 'shm', type: 'tmpfs', size: 65_536, used: 0, avail: 65_536, on: '/dev/shm' },
];

/** Makes `df` for a flavour. */
export function makeDf(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, values, bad } = parseFlags(ctx.argv.slice(1), 'hkmPTa', ctx, flavour, flavour === 'gnu' ? ['all:a', 'block-size=:B', 'human-readable:h', 'si:H', 'inodes:i', 'local:l', '+no-sync', '+output?', 'portability:P', '+sync', 'total', 'type=:t', 'print-type:T', 'exclude-type=:x'] : [], flavour === 'gnu' ? 'Pa' : 'PTa');
    if (bad) return 1;
    const h = flags.has('h');
    const cell = (k: number) => (h ? humanKib(k, flavour) : flags.has('m') ? String(Math.ceil(k / 1024)) : String(k));
    const pct = (m: DfRow) => (m.size === 0 ? '-' : `${Math.ceil((m.used * 100) / (m.used + m.avail))}%`);
    // A path operand shows the mount it is on: the longest mount point that prefixes it.
    const shown: DfRow[] = operands.length ? operands.map((o) => ({ ...MOUNTS.filter((m) => (o.startsWith('/') ? o : '/') === m.on || (o.startsWith('/') ? o : '/').startsWith(m.on === '/' ? '/' : m.on + '/')).sort((a, b) => b.on.length - a.on.length)[0], file: o })) : MOUNTS.map((m) => ({ ...m, file: '-' }));
    if (flavour === 'gnu') {
      const output = flags.has('--output');
      const clash = ['T', 'P'].find((l) => flags.has(l));
      if (output && clash) return usageError(ctx, flavour, `options -${clash} and --output are mutually exclusive`);
      const fields = output ? outputFields(ctx, values.get('output')) : flags.has('T') ? ['source', 'fstype', ...DEFAULT_FIELDS.slice(1)] : DEFAULT_FIELDS;
      if (fields === undefined) return 1;
      ctx.stdout.write(dfTable(fields, shown, cell, h ? 'Size' : flags.has('m') ? '1M-blocks' : '1K-blocks', h || output ? 'Avail' : 'Available'));
      return 0;
    }
    ctx.stdout.write(h ? 'Filesystem                Size      Used Available Use% Mounted on\n' : `Filesystem           ${flags.has('m') ? '1M-blocks' : '1K-blocks'}      Used Available Use% Mounted on\n`);
    for (const m of shown) ctx.stdout.write(`${m.fs.padEnd(h ? 20 : 20)}${cell(m.size).padStart(h ? 10 : 10)}${cell(m.used).padStart(10)}${cell(m.avail).padStart(10)}${pct(m).padStart(5)} ${m.on}\n`);
    return 0;
  };
}
