// GNU's side-by-side format (-y, -W, --suppress-common-lines): both files in two columns of a line WIDTH
// wide (130), a gutter mark between them: ` ` same, `|` changed, `<` only left, `>` only right.
import type { Change } from './analyze.ts';
import type { Text } from './lines.ts';

const TAB = 8;

/** Spaces or tabs from column `from` to `to` (GNU's tab_from_to without -t): tabs while a tab stop fits. */
function tabFromTo(from: number, to: number): string {
  let out = '';
  for (let tab = from + TAB - (from % TAB); tab <= to; tab += TAB) {
    out += '\t';
    from = tab;
  }
  return out + ' '.repeat(Math.max(0, to - from));
}

/** The part of `line` that fits in `bound` columns, and the column it ends at (GNU's print_half_line for plain text and tabs). */
function half(line: string, bound: number): [string, number] {
  let out = '';
  let inPos = 0;
  let outPos = 0;
  for (const c of line) {
    if (c === '\t') {
      const spaces = TAB - (inPos % TAB);
      if (inPos === outPos && outPos + spaces < bound) {
        outPos += spaces;
        out += c;
      }
      inPos += spaces;
    } else if (++inPos <= bound) {
      outPos = inPos;
      out += c;
    }
  }
  return [out, outPos];
}

/** One output line: a left line (index into a), a gutter mark, a right line (index into b). */
function row(a: Text, b: Text, i: number | undefined, sep: string, j: number | undefined, hw: number, c2o: number): string {
  const eol = (t: Text, k: number) => !(t.noEol && k === t.lines.length - 1);
  let out = '';
  let col = 0;
  let newline = false;
  if (i !== undefined) {
    newline ||= eol(a, i);
    [out, col] = half(a.lines[i], hw);
  }
  if (sep !== ' ') {
    out += tabFromTo(col, Math.floor((hw + c2o - 1) / 2));
    col = Math.floor((hw + c2o - 1) / 2) + 1;
    // A changed pair where only one side ends its line is marked / or \.
    if (sep === '|' && j !== undefined && newline !== eol(b, j)) sep = newline ? '/' : '\\';
    out += sep;
  }
  if (j !== undefined) {
    newline ||= eol(b, j);
    if (b.lines[j] !== '') out += tabFromTo(col, c2o) + half(b.lines[j], hw)[0];
  }
  return out + (newline ? '\n' : '');
}

/** The whole of both files side by side in `width` columns; common lines left out with `suppressCommon`. */
export function sideBySide(changes: Change[], a: Text, b: Text, width: number, suppressCommon: boolean): string {
  const off = Math.floor((width + TAB + 3) / (2 * TAB)) * TAB;
  const hw = Math.max(0, Math.min(off - 3, width - off));
  const c2o = hw ? off : width;
  let out = '';
  let i = 0;
  let j = 0;
  const common = (to: number) => {
    for (; i < to; i++, j++) if (!suppressCommon) out += row(a, b, i, ' ', j, hw, c2o);
  };
  for (const c of changes) {
    common(c.line0);
    const pairs = Math.min(c.deleted, c.inserted);
    for (let k = 0; k < pairs; k++) out += row(a, b, i++, '|', j++, hw, c2o);
    for (let k = pairs; k < c.deleted; k++) out += row(a, b, i++, '<', undefined, hw, c2o);
    for (let k = pairs; k < c.inserted; k++) out += row(a, b, undefined, '>', j++, hw, c2o);
  }
  common(a.lines.length);
  return out;
}
