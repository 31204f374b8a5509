// diff's three output formats for one pair of files: normal (`2c2`), unified (-u) and context (-c).
import type { Change } from './analyze.ts';
import type { Text } from './lines.ts';
import { span, type Hunk } from './hunks.ts';

const NO_EOL = '\\ No newline at end of file\n';

/** Line `i` of `t` with its prefix, and GNU's marker after an unterminated last line. */
function line(prefix: string, t: Text, i: number): string {
  return `${prefix}${t.lines[i]}\n${t.noEol && i === t.lines.length - 1 ? NO_EOL : ''}`;
}

/** A normal-format range of `count` lines from index `start`: `3`, `3,5`, or the line before when empty. */
function normalRange(start: number, count: number): string {
  return count <= 1 ? String(start + count) : `${start + 1},${start + count}`;
}

/** The normal format: one `LcR` block per change. */
export function normal(hs: Hunk[], a: Text, b: Text): string {
  let out = '';
  for (const c of hs.flat()) {
    const op = c.deleted === 0 ? 'a' : c.inserted === 0 ? 'd' : 'c';
    out += `${normalRange(c.line0, c.deleted)}${op}${normalRange(c.line1, c.inserted)}\n`;
    for (let k = 0; k < c.deleted; k++) out += line('< ', a, c.line0 + k);
    if (c.deleted && c.inserted) out += '---\n';
    for (let k = 0; k < c.inserted; k++) out += line('> ', b, c.line1 + k);
  }
  return out;
}

/** A unified range: `L` for one line, `L,N` else, `S,0` (the line before) when empty. */
function unifiedRange(start: number, count: number): string {
  return count === 1 ? String(start + 1) : count === 0 ? `${start},0` : `${start + 1},${count}`;
}

/** The unified format's hunks (after its two header lines). */
export function unified(hs: Hunk[], a: Text, b: Text, context: number): string {
  let out = '';
  for (const h of hs) {
    const s = span(h, context, a, b);
    out += `@@ -${unifiedRange(s.first0, s.last0 - s.first0)} +${unifiedRange(s.first1, s.last1 - s.first1)} @@\n`;
    let i = s.first0;
    let j = s.first1;
    for (const c of h) {
      while (i < c.line0) {
        out += line(' ', a, i++);
        j++;
      }
      for (let k = 0; k < c.deleted; k++) out += line('-', a, i++);
      for (let k = 0; k < c.inserted; k++) out += line('+', b, j++);
    }
    while (i < s.last0) out += line(' ', a, i++);
  }
  return out;
}

/** A context-format range: `S,E`, or one number (the line, or the line before when empty). */
function contextRange(start: number, end: number): string {
  return start + 1 < end ? `${start + 1},${end}` : String(end);
}

/** One side of a context hunk: its lines marked `!` (changed), `-`/`+` (only deleted/inserted) or blank. */
function contextSide(h: Change[], t: Text, first: number, last: number, side: 0 | 1): string {
  const count = (c: Change) => (side === 0 ? c.deleted : c.inserted);
  if (!h.some((c) => count(c) > 0)) return '';
  const marks = new Map<number, string>();
  for (const c of h) {
    const at = side === 0 ? c.line0 : c.line1;
    const mark = c.deleted && c.inserted ? '! ' : side === 0 ? '- ' : '+ ';
    for (let k = 0; k < count(c); k++) marks.set(at + k, mark);
  }
  let out = '';
  for (let i = first; i < last; i++) out += line(marks.get(i) ?? '  ', t, i);
  return out;
}

/** The context format's hunks (after its two header lines). */
export function contextFormat(hs: Hunk[], a: Text, b: Text, context: number): string {
  let out = '';
  for (const h of hs) {
    const s = span(h, context, a, b);
    out += `***************\n*** ${contextRange(s.first0, s.last0)} ****\n`;
    out += contextSide(h, a, s.first0, s.last0, 0);
    out += `--- ${contextRange(s.first1, s.last1)} ----\n`;
    out += contextSide(h, b, s.first1, s.last1, 1);
  }
  return out;
}
