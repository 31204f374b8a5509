// The column carets CPython 3.12 draws under a traceback's source line (`          ^`, `~^^^^^`, `~~^~~`),
// found again from the source, since MicroPython records no columns: the name a NameError names, the call
// into the next frame's function, the one subscript of a KeyError/IndexError line, the one arithmetic
// operator of a ZeroDivisionError/TypeError line. Where the line does not say which it was, no carets.
import { tokenize, type Token } from './tokens.ts';

/** What a frame's line is known to have failed at. */
export type CaretHint = { kind: 'name'; name: string } | { kind: 'call'; fn: string } | { kind: 'subscript' } | { kind: 'binop' };

const ARITHMETIC = new Set(['+', '-', '*', '/', '//', '%', '**', '@']);

/** The caret line for `line` (the raw source line), or undefined when CPython would draw none or we cannot tell. */
export function caretLine(line: string, hint: CaretHint): string | undefined {
  const { lines, error } = tokenize(line.trim());
  if (error || lines.length !== 1) return undefined;
  const tokens = lines[0].tokens;
  const width = line.trim().length;
  const draw = (start: number, end: number, marks: (col: number) => string) => {
    let out = ' '.repeat(start);
    for (let c = start; c < end; c++) out += marks(c);
    return `    ${out}`;
  };
  if (hint.kind === 'name') {
    const at = tokens.findIndex((t, i) => t.kind === 'name' && t.text === hint.name && tokens[i - 1]?.text !== '.');
    if (at < 0 || tokens[at].end - tokens[at].col >= width) return undefined;
    return draw(tokens[at].col, tokens[at].end, () => '^');
  }
  if (hint.kind === 'call') {
    const at = tokens.findIndex((t, i) => t.kind === 'name' && t.text === hint.fn && tokens[i + 1]?.text === '(');
    if (at < 0) return undefined;
    const start = primaryStart(tokens, at);
    const close = matching(tokens, at + 1);
    if (close < 0 || tokens[close].end - tokens[start].col >= width) return undefined;
    return draw(tokens[start].col, tokens[close].end, () => '^');
  }
  if (hint.kind === 'subscript') {
    const opens = tokens.map((t, i) => (t.text === '[' && i > 0 && ends(tokens[i - 1]) ? i : -1)).filter((i) => i >= 0);
    if (opens.length !== 1) return undefined;
    const start = primaryStart(tokens, opens[0] - 1);
    const close = matching(tokens, opens[0]);
    if (close < 0) return undefined;
    const bracket = tokens[opens[0]].col;
    return draw(tokens[start].col, tokens[close].end, (c) => (c < bracket ? '~' : '^'));
  }
  const ops = tokens.map((t, i) => (t.kind === 'op' && ARITHMETIC.has(t.text) && i > 0 && ends(tokens[i - 1]) ? i : -1)).filter((i) => i >= 0);
  if (ops.length !== 1) return undefined;
  const op = tokens[ops[0]];
  const start = primaryStart(tokens, ops[0] - 1);
  const end = primaryEnd(tokens, ops[0] + 1);
  if (end < 0) return undefined;
  return draw(tokens[start].col, tokens[end].end, (c) => (c >= op.col && c < op.end ? '^' : '~'));
}

const ends = (t: Token) => t.kind === 'name' || t.kind === 'number' || t.kind === 'string' || t.kind === 'close';

// The first token of the primary expression ending at token i: `obj.attr`, calls and subscripts included.
function primaryStart(tokens: Token[], i: number): number {
  let at = i;
  for (;;) {
    if (tokens[at].kind === 'close') {
      let depth = 0;
      for (; at >= 0; at--) {
        if (tokens[at].kind === 'close') depth++;
        else if (tokens[at].kind === 'open' && --depth === 0) break;
      }
      if (at > 0 && ends(tokens[at - 1])) {
        at--;
        continue;
      }
      return at;
    }
    if (at >= 2 && tokens[at - 1].text === '.' && ends(tokens[at - 2])) {
      at -= 2;
      continue;
    }
    return at;
  }
}

// The last token of the primary expression starting at token i, or -1.
function primaryEnd(tokens: Token[], i: number): number {
  let at = i;
  if (!tokens[at]) return -1;
  if (tokens[at].kind === 'open') at = matching(tokens, at);
  else if (tokens[at].kind === 'op' && (tokens[at].text === '-' || tokens[at].text === '+')) return primaryEnd(tokens, at + 1);
  else if (!ends(tokens[at])) return -1;
  while (at >= 0 && tokens[at + 1]) {
    const next = tokens[at + 1];
    if (next.kind === 'open' && next.text !== '{') at = matching(tokens, at + 1);
    else if (next.text === '.' && tokens[at + 2]?.kind === 'name') at += 2;
    else break;
  }
  return at;
}

// The index of the bracket closing the one at i, or -1.
function matching(tokens: Token[], i: number): number {
  let depth = 0;
  for (let at = i; at < tokens.length; at++) {
    if (tokens[at].kind === 'open') depth++;
    else if (tokens[at].kind === 'close' && --depth === 0) return at;
  }
  return -1;
}
