// Draws "prompt + line" on a terminal that wraps long lines, and puts the cursor where the editor says.

// CSI and OSC sequences take no columns on screen.
const ANSI = /\x1b\[[0-9;?]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)/g;

/** How many columns `text` occupies: escape sequences take none; one column per code point otherwise. */
export function visibleWidth(text: string): number {
  return Array.from(text.replace(ANSI, '')).length;
}

/** The escape sequences that redraw the prompt and line, and the cursor's row below the prompt's first row. */
export interface Redraw {
  output: string;
  cursorRow: number;
}

/**
 * Redraws from the prompt's first row: go back up `cursorRow` rows, clear to the end of the
 * screen, write prompt and line, then move to the cursor. When the text ends exactly at the
 * right margin the terminal waits to wrap, so we force the wrap to know where the cursor is.
 */
export function redraw(prompt: string, buffer: string, cursor: number, columns: number, cursorRow: number): Redraw {
  const cols = Math.max(1, columns);
  let out = '\r' + (cursorRow > 0 ? `\x1b[${cursorRow}A` : '') + '\x1b[J' + prompt + buffer;
  const promptWidth = visibleWidth(prompt);
  const total = promptWidth + visibleWidth(buffer);
  if (total > 0 && total % cols === 0) out += ' \b';
  const endRow = Math.floor(total / cols);
  const target = promptWidth + visibleWidth(buffer.slice(0, cursor));
  const row = Math.floor(target / cols);
  const col = target % cols;
  if (row !== endRow || col !== total % cols) {
    out += '\r';
    if (endRow > row) out += `\x1b[${endRow - row}A`;
    if (col > 0) out += `\x1b[${col}C`;
  }
  return { output: out, cursorRow: row };
}

/** The longest prefix shared by every string (Tab inserts it when several candidates match). */
export function commonPrefix(words: string[]): string {
  if (words.length === 0) return '';
  let prefix = words[0];
  for (const word of words.slice(1)) {
    let i = 0;
    while (i < prefix.length && i < word.length && prefix[i] === word[i]) i++;
    prefix = prefix.slice(0, i);
  }
  return prefix;
}

/** Lays candidates out in columns, filled top to bottom like bash's second Tab; lines end in \r\n. */
export function listColumns(words: string[], columns: number): string {
  const width = Math.max(...words.map((w) => visibleWidth(w))) + 2;
  const perRow = Math.max(1, Math.floor(columns / width));
  const rows = Math.ceil(words.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < perRow; c++) {
      const word = words[c * rows + r];
      if (word === undefined) continue;
      const last = (c + 1) * rows + r >= words.length;
      line += last ? word : word + ' '.repeat(width - visibleWidth(word));
    }
    lines.push(line);
  }
  return lines.join('\r\n') + '\r\n';
}
