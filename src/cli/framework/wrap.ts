// Wraps flag descriptions in help as pflag's FlagUsagesWrapped does: greedy at spaces, honouring the
// description's own line breaks, allowing a few columns of overrun to avoid orphaned last words.

const overrun = 5;
const minimumColumn = 24;

// Cuts `s` at the last space or newline before `limit`, unless the whole rest fits within limit+overrun.
function cutLine(limit: number, s: string): [string, string] {
  if (limit + overrun > s.length) return [s, ''];
  const head = s.slice(0, limit);
  const space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\t'), head.lastIndexOf('\n'));
  if (space <= 0) return [s, ''];
  const newline = head.lastIndexOf('\n');
  if (newline > 0 && newline < space) return [s.slice(0, newline), s.slice(newline + 1)];
  return [s.slice(0, space), s.slice(space + 1)];
}

/**
 * Wraps `text` to `width` columns where continuation lines are indented by `indent`; the first line
 * is assumed to start at column `indent` already. Width 0 means no wrapping.
 */
export function wrapDescription(indent: number, width: number, text: string): string {
  const pad = (n: number) => ' '.repeat(n);
  if (width === 0) return text.replaceAll('\n', '\n' + pad(indent));
  let room = width - indent;
  let out = '';
  if (room < minimumColumn) {
    // Too narrow beside the flag names: start the description on its own line at column 16.
    indent = 16;
    room = width - indent;
    out += '\n' + pad(indent);
  }
  if (room < minimumColumn) return text.replaceAll('\n', out);
  room -= overrun;
  let [line, rest] = cutLine(room, text);
  out += line.replaceAll('\n', '\n' + pad(indent));
  while (rest !== '') {
    [line, rest] = cutLine(room, rest);
    out += '\n' + pad(indent) + line.replaceAll('\n', '\n' + pad(indent));
  }
  return out;
}
