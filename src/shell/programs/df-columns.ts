// GNU df's table: the columns --output=FIELD_LIST names (or the default six), each at least its minimum
// width and as wide as its widest cell, text left-aligned and numbers right-aligned, one space apart.
import type { ProgramContext } from '../../kernel/process.ts';
import { notSupported } from '../messages.ts';
import { quote } from './util.ts';

/** One row of df: a mount and the operand that asked for it (`-` for none). */
export interface DfRow {
  fs: string;
  type: string;
  size: number;
  used: number;
  avail: number;
  on: string;
  file: string;
}

interface Field {
  header: string;
  min: number;
  left: boolean;
}

// df.c's field_data: name, header, minimum width, alignment.
const FIELDS: Record<string, Field> = {
  source: { header: 'Filesystem', min: 14, left: true },
  fstype: { header: 'Type', min: 4, left: true },
  itotal: { header: 'Inodes', min: 5, left: false },
  iused: { header: 'IUsed', min: 5, left: false },
  iavail: { header: 'IFree', min: 5, left: false },
  ipcent: { header: 'IUse%', min: 4, left: false },
  size: { header: '1K-blocks', min: 5, left: false },
  used: { header: 'Used', min: 5, left: false },
  avail: { header: 'Avail', min: 5, left: false },
  pcent: { header: 'Use%', min: 4, left: false },
  file: { header: 'File', min: 4, left: true },
  target: { header: 'Mounted on', min: 0, left: true },
};
// The simulated disk keeps no inode counts.
const INODE_FIELDS = ['itotal', 'iused', 'iavail', 'ipcent'];

/** The default columns (`df`, `df -h`). */
export const DEFAULT_FIELDS = ['source', 'size', 'used', 'avail', 'pcent', 'target'];

/** The fields of `--output[=LIST]` (all of them without a list), or undefined after df's complaint. */
export function outputFields(ctx: ProgramContext, list: string | undefined): string[] | undefined {
  const names = list === undefined ? Object.keys(FIELDS) : list.split(',');
  const refuse = (why: string) => {
    ctx.stderr.write(`df: ${why}\nTry 'df --help' for more information.\n`);
    return undefined;
  };
  for (const [k, n] of names.entries()) {
    if (!(n in FIELDS)) return refuse(`option --output: field ${quote(ctx, n)} unknown`);
    if (names.indexOf(n) !== k) return refuse(`option --output: field ${quote(ctx, n)} used more than once`);
  }
  const inode = names.find((n) => INODE_FIELDS.includes(n));
  if (inode !== undefined) {
    ctx.stderr.write(`df: ${notSupported(`--output field '${inode}'`)}\n`);
    return undefined;
  }
  return names;
}

/** The table: `cell` prints a KiB count in the chosen unit, `sizeHeader` heads the size column, `availHeader` the avail one. */
export function dfTable(fields: string[], rows: DfRow[], cell: (kib: number) => string, sizeHeader: string, availHeader: string): string {
  const pct = (r: DfRow) => (r.size === 0 ? '-' : `${Math.ceil((r.used * 100) / (r.used + r.avail))}%`);
  const value = (f: string, r: DfRow): string => {
    switch (f) {
      case 'source': return r.fs;
      case 'fstype': return r.type;
      case 'size': return cell(r.size);
      case 'used': return cell(r.used);
      case 'avail': return cell(r.avail);
      case 'pcent': return pct(r);
      case 'file': return r.file;
      default: return r.on;
    }
  };
  const header = (f: string) => (f === 'size' ? sizeHeader : f === 'avail' ? availHeader : FIELDS[f].header);
  const table = [fields.map(header), ...rows.map((r) => fields.map((f) => value(f, r)))];
  const widths = fields.map((f, c) => Math.max(FIELDS[f].min, ...table.map((line) => line[c].length)));
  return table
    .map((line) => line.map((cellText, c) => (FIELDS[fields[c]].left ? (c === fields.length - 1 ? cellText : cellText.padEnd(widths[c])) : cellText.padStart(widths[c]))).join(' ') + '\n')
    .join('');
}
