// cat's viewing options: -n/-b number lines, -s squeezes blank runs, -v shows control bytes as ^X and high
// bytes as M-X, -E marks line ends with $, -T shows tabs as ^I (-A = -vET, -e = -vE, -t = -vT).

/** The options that change what cat prints. */
export interface CatView {
  number: boolean;
  numberNonBlank: boolean;
  squeeze: boolean;
  nonPrinting: boolean;
  ends: boolean;
  tabs: boolean;
}

/** Reads cat's option letters into a view. */
export function catViewOf(flags: Set<string>): CatView {
  const all = flags.has('A');
  return {
    number: flags.has('n'),
    numberNonBlank: flags.has('b'),
    squeeze: flags.has('s'),
    nonPrinting: all || flags.has('v') || flags.has('e') || flags.has('t'),
    ends: all || flags.has('E') || flags.has('e'),
    tabs: all || flags.has('T') || flags.has('t'),
  };
}

// One byte as cat -v shows it.
function shown(byte: number, tabs: boolean): string {
  if (byte === 9) return tabs ? '^I' : '\t';
  if (byte >= 128) return 'M-' + shown(byte - 128, true);
  if (byte < 32) return '^' + String.fromCharCode(byte + 64);
  if (byte === 127) return '^?';
  return String.fromCharCode(byte);
}

function visible(line: string, v: CatView): string {
  if (v.nonPrinting) return [...new TextEncoder().encode(line)].map((b) => shown(b, v.tabs)).join('');
  return v.tabs ? line.replaceAll('\t', '^I') : line;
}

/** Whether the view changes anything (plain cat passes bytes through untouched). */
export const changes = (v: CatView) => v.number || v.numberNonBlank || v.squeeze || v.nonPrinting || v.ends || v.tabs;

/** The text as cat prints it under the view; `state` carries the line count and blank run across files. */
export function applyView(text: string, v: CatView, state: { line: number; blank: boolean }): string {
  if (!changes(v) || text === '') return text;
  const lines = text.split('\n');
  const last = lines.pop() as string;
  let out = '';
  const emit = (line: string, newline: boolean) => {
    const blank = line === '';
    if (v.squeeze && blank && newline && state.blank) return;
    state.blank = blank && newline;
    let prefix = '';
    if (v.numberNonBlank ? !blank : v.number) prefix = `${String(++state.line).padStart(6)}\t`;
    out += prefix + visible(line, v) + (newline ? (v.ends ? '$\n' : '\n') : '');
  };
  for (const l of lines) emit(l, true);
  if (last !== '') emit(last, false);
  return out;
}
