// One pair of files compared and printed in the chosen format; returns diff's status for the pair.
import type { ProgramContext } from '../../../kernel/process.ts';
import { decodeUtf8 } from '../../../vfs/utf8.ts';
import { diffLines } from './analyze.ts';
import { contextFormat, normal, unified } from './formats.ts';
import { hunks } from './hunks.ts';
import { sideBySide } from './side-by-side.ts';
import { classes, isBinary, sameLine, toText } from './lines.ts';
import type { DiffOptions } from './options.ts';
import type { Side } from './read.ts';
import { sameBytes } from '../../../vfs/utf8.ts';

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** GNU's header time: unified `2026-11-22 05:10:00.000000000 +0000`, context `Sun Nov 22 05:10:00 2026` (the workbook's clock is UTC, whole seconds). */
function stamp(mtime: number, context: boolean): string {
  const d = new Date(mtime * 1000);
  const iso = d.toISOString();
  if (!context) return iso.replace('T', ' ').replace(/\.\d+Z$/, '.000000000 +0000');
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${String(d.getUTCDate()).padStart(2)} ${iso.slice(11, 19)} ${d.getUTCFullYear()}`;
}

/** A header line's name (and GNU's time) for one side; `label` replaces both. */
function header(o: DiffOptions, s: Side, label: string | undefined): string {
  if (label !== undefined) return label;
  if (o.flavour === 'busybox') return s.name;
  return `${s.name}\t${stamp(s.mtime, o.format === 'context')}`;
}

/**
 * Compares `a` with `b` and prints the result; `before` is printed first when there are lines to show
 * (GNU's `diff -r d1/f d2/f` line in a directory walk, which binary files go without). 0 same, 1 different.
 */
export function comparePair(ctx: ProgramContext, o: DiffOptions, a: Side, b: Side, before = ''): number {
  const same = sameBytes(a.bytes, b.bytes);
  const say = (text: string) => ctx.stdout.write(text);
  const identical = () => {
    if (o.reportSame) say(`Files ${a.name} and ${b.name} are identical\n`);
    return 0;
  };
  // -y shows the files whole, even the same.
  if (same && o.format !== 'side') return identical();
  if (!o.text && (isBinary(a.bytes) || isBinary(b.bytes))) {
    say(o.brief || o.flavour === 'busybox' ? `Files ${a.name} and ${b.name} differ\n` : `Binary files ${a.name} and ${b.name} differ\n`);
    return 1;
  }
  const ta = toText(decodeUtf8(a.bytes));
  const tb = toText(decodeUtf8(b.bytes));
  const eq = classes(ta, tb, o.ignore);
  const context = o.format === 'normal' || o.format === 'side' ? 0 : o.context;
  const changes = diffLines(eq.a, eq.b, eq.count, context, sameLine(ta, tb), o.minimal);
  const hs = hunks(changes, context, ta, tb, o.ignoreBlank);
  if (o.format === 'side' && !o.brief) {
    say(sideBySide(hs.flat(), ta, tb, o.width, o.suppressCommon));
    return hs.length ? 1 : 0;
  }
  if (hs.length === 0) return identical();
  if (o.brief) {
    say(`Files ${a.name} and ${b.name} differ\n`);
    return 1;
  }
  if (o.format === 'normal') say(before + normal(hs, ta, tb));
  else {
    const [first, second] = o.format === 'unified' ? ['---', '+++'] : ['***', '---'];
    const body = o.format === 'unified' ? unified(hs, ta, tb, context) : contextFormat(hs, ta, tb, context);
    say(`${before}${first} ${header(o, a, o.labels[0])}\n${second} ${header(o, b, o.labels[1])}\n${body}`);
  }
  return 1;
}
