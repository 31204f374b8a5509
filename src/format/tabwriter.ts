// Go text/tabwriter with docker's settings: cells end at '\t', a column is as wide as its widest cell
// plus padding (at least minwidth), the last cell of a line is never padded, and a line without a
// cell in some column ends that column's block.

/** The tabwriter.NewWriter parameters docker uses (all tables: minwidth 10, tabwidth 1, padding 3, ' '). */
export interface TabwriterOptions {
  minWidth: number;
  padding: number;
  padChar: string;
  /** With padChar '\t': a tab's width; cells are padded with tabs to the next multiple of it. */
  tabWidth?: number;
}

/** `tabwriter.NewWriter(out, 10, 1, 3, ' ', 0)` as docker/cli's formatter creates it. */
export const dockerTabwriter: TabwriterOptions = { minWidth: 10, padding: 3, padChar: ' ' };

function runeCount(s: string): number {
  let n = 0;
  for (const _ of s) n++;
  return n;
}

// What follows a cell of `textWidth` in a column `width` wide: pad characters, or with '\t' as the pad
// character, as many tabs as reach the column's width rounded up to a tab stop (Go's writePadding).
function padding(width: number, textWidth: number, opts: TabwriterOptions): string {
  if (opts.padChar !== '\t') return opts.padChar.repeat(Math.max(0, width - textWidth));
  const tab = opts.tabWidth ?? 8;
  const cell = Math.ceil(width / tab) * tab;
  return '\t'.repeat(Math.ceil((cell - textWidth) / tab));
}

/** Aligns tab-separated text as Go's tabwriter does on Write + Flush; text after the last '\n' stays a line. */
export function tabwrite(text: string, opts: TabwriterOptions = dockerTabwriter): string {
  // '\f' ends a line like '\n' and '\v' ends a cell like '\t' (without tab semantics, which padding ' ' never uses).
  const rawLines = text.split(/\n|\f/);
  const lines: string[][] = rawLines.map((l) => l.split(/\t|\v/));
  const widths: number[] = [];
  const out: string[] = [];

  const writeLines = (from: number, to: number) => {
    for (let i = from; i < to; i++) {
      const cells = lines[i]!;
      let s = '';
      for (let j = 0; j < cells.length; j++) {
        const c = cells[j]!;
        if (j < widths.length && j < cells.length - 1) {
          s += c + padding(widths[j]!, runeCount(c), opts);
        } else {
          s += c;
        }
      }
      out.push(s);
    }
  };

  const format = (line0: number, line1: number) => {
    const column = widths.length;
    for (let row = line0; row < line1; row++) {
      if (column >= lines[row]!.length - 1) continue;
      writeLines(line0, row);
      line0 = row;
      let width = opts.minWidth;
      for (; row < line1; row++) {
        const cells = lines[row]!;
        if (column >= cells.length - 1) break;
        width = Math.max(width, runeCount(cells[column]!) + opts.padding);
      }
      widths.push(width);
      format(line0, row);
      widths.pop();
      line0 = row;
    }
    writeLines(line0, line1);
  };

  format(0, lines.length);
  return out.join('\n');
}
