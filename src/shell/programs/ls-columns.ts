// `ls -C` and `ls -x` (and plain `ls` on a terminal): names in columns, down (-C) or across (-x). GNU
// fits as many columns as the line holds, each as wide as its widest name, and pads with tabs; busybox
// gives every column the width of the longest name, padding with spaces.
import type { Flavour } from './util.ts';

/** One listed name as printed, with the width of the name alone (busybox sizes its columns by that). */
export interface Cell {
  text: string;
  nameWidth: number;
}

/** The listing in columns, as the flavour's ls lays it out on a line of `width` characters (0: unlimited). */
export function columnLayout(cells: Cell[], flavour: Flavour, width: number, across: boolean, extra: { inode: boolean; blocks: boolean }): string {
  if (cells.length === 0) return '';
  return flavour === 'gnu' ? gnuColumns(cells.map((c) => c.text), width, across) : busyboxColumns(cells, width, across, extra);
}

// GNU ls: no column is narrower than this.
const MIN_COLUMN_WIDTH = 3;
const TAB = 8;

/** GNU's calculate_columns: the most columns whose widths (each name + 2, the last + 0) fit the line. */
function gnuColumnWidths(texts: string[], width: number, across: boolean): number[] {
  const n = texts.length;
  const maxIdx = width === 0 ? n : Math.max(1, Math.floor(width / MIN_COLUMN_WIDTH));
  const maxCols = Math.min(maxIdx, n);
  const infos = Array.from({ length: maxCols }, (_, i) => ({ valid: true, lineLen: (i + 1) * MIN_COLUMN_WIDTH, cols: new Array<number>(i + 1).fill(MIN_COLUMN_WIDTH) }));
  texts.forEach((t, f) => {
    for (let i = 0; i < maxCols; i++) {
      const info = infos[i];
      if (!info.valid) continue;
      const idx = across ? f % (i + 1) : Math.floor(f / Math.floor((n + i) / (i + 1)));
      const real = t.length + (idx === i ? 0 : 2);
      if (info.cols[idx] < real) {
        info.lineLen += real - info.cols[idx];
        info.cols[idx] = real;
        info.valid = width === 0 || info.lineLen < width;
      }
    }
  });
  let cols = maxCols;
  while (cols > 1 && !infos[cols - 1].valid) cols--;
  return infos[cols - 1].cols;
}

/** GNU's indent(): spaces and tabs from column `from` to `to`, a tab wherever one reaches a tab stop not past `to`. */
function indent(from: number, to: number): string {
  let out = '';
  while (from < to) {
    if (Math.floor(to / TAB) > Math.floor((from + 1) / TAB)) {
      out += '\t';
      from += TAB - (from % TAB);
    } else {
      out += ' ';
      from++;
    }
  }
  return out;
}

function gnuColumns(texts: string[], width: number, across: boolean): string {
  // -w 0: no line limit, so print_with_separator's one line, two spaces between names.
  if (width === 0) return texts.join('  ') + '\n';
  const widths = gnuColumnWidths(texts, width, across);
  const cols = widths.length;
  const rows = Math.ceil(texts.length / cols);
  const lines: string[][] = Array.from({ length: rows }, () => []);
  texts.forEach((t, f) => (across ? lines[Math.floor(f / cols)] : lines[f % rows]).push(t));
  return lines
    .map((cells) => {
      let out = '';
      let pos = 0;
      cells.forEach((t, c) => {
        out += t;
        if (c === cells.length - 1) return;
        out += indent(pos + t.length, pos + widths[c]);
        pos += widths[c];
      });
      return out + '\n';
    })
    .join('');
}

/** busybox's display_files: one width for all (longest name + 2, + 8 with -i, + 5 with -s), as many as fit. */
function busyboxColumns(cells: Cell[], width: number, across: boolean, extra: { inode: boolean; blocks: boolean }): string {
  const columnWidth = Math.max(...cells.map((c) => c.nameWidth)) + 2 + (extra.inode ? 8 : 0) + (extra.blocks ? 5 : 0);
  let cols = Math.floor(width / columnWidth);
  let rows = cells.length;
  if (cols > 1) rows = Math.ceil(cells.length / cols);
  else cols = 1;
  let out = '';
  for (let row = 0; row < rows; row++) {
    let column = 0;
    let nextTab = 0;
    for (let c = 0; c < cols; c++) {
      const cell = cells[across ? row * cols + c : c * rows + row];
      if (cell === undefined) continue;
      // printf("%*s", nexttab - column) in unsigned arithmetic: past a cell wider than its column the width is
      // negative, which still pads (left-justified), and the count of columns printed falls back to the tab stop.
      if (column > 0) {
        out += ' '.repeat(Math.abs(nextTab - column));
        column = nextTab;
      }
      nextTab = column + columnWidth;
      out += cell.text;
      column += cell.text.length;
    }
    out += '\n';
  }
  return out;
}
