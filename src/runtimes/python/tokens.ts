// A small Python tokenizer, enough to say where a syntax error is as CPython's tokenizer would: names,
// numbers, strings (with prefixes, triple quotes, escapes), operators and brackets, grouped into logical
// lines (brackets and backslashes join physical lines). MicroPython only says "invalid syntax".

/** One token: its kind, text and where it is (1-based line, 0-based columns on that line). */
export interface Token {
  kind: 'name' | 'number' | 'string' | 'op' | 'open' | 'close';
  text: string;
  line: number;
  col: number;
  end: number;
}

/** A logical line: its tokens, the physical line it starts on and that line's indentation. */
export interface LogicalLine {
  tokens: Token[];
  line: number;
  indent: number;
}

/** Where the tokenizer itself gave up: an unterminated string or a bracket that does not match. */
export interface TokenizerError {
  line: number;
  col: number;
  end: number;
  message: string;
}

/** The tokens of a source, the brackets still open at its end, and the first tokenizer error. */
export interface Tokenized {
  lines: LogicalLine[];
  open: Token[];
  error?: TokenizerError;
}

const OPERATORS = ['**=', '//=', '>>=', '<<=', '...', '->', ':=', '==', '!=', '<=', '>=', '**', '//', '<<', '>>', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=', '@=', '<>'];
const CLOSER: Record<string, string> = { ')': '(', ']': '[', '}': '{' };
const STRING_START = /^(?:[rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?('''|"""|'|")/;
const NUMBER = /^(?:0[xXoObB][\w]+|(?:\d[\d_]*(?:\.[\d_]*)?|\.\d[\d_]*)(?:[eE][+-]?\d+)?[jJ]?)/;
const NAME = /^[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*/;

/** Splits a source into logical lines of tokens, stopping at the first tokenizer error. */
export function tokenize(source: string): Tokenized {
  const rows = source.split('\n');
  const lines: LogicalLine[] = [];
  const open: Token[] = [];
  let current: LogicalLine | undefined;
  let continued = false;
  for (let r = 0; r < rows.length; r++) {
    let row = rows[r];
    let i = 0;
    if (!current && !open.length && !continued) {
      while (i < row.length && (row[i] === ' ' || row[i] === '\t')) i++;
      if (i === row.length || row[i] === '#') continue;
    }
    continued = false;
    const push = (token: Token) => {
      current ??= { tokens: [], line: token.line, indent: (/^[ \t]*/.exec(rows[token.line - 1]) as RegExpExecArray)[0].length };
      current.tokens.push(token);
    };
    while (i < row.length) {
      const rest = row.slice(i);
      const c = row[i];
      if (c === ' ' || c === '\t' || c === '\f' || c === '\r') i++;
      else if (c === '#') break;
      else if (c === '\\' && i === row.length - 1) {
        continued = true;
        i++;
      } else if (STRING_START.test(rest)) {
        const quote = (STRING_START.exec(rest) as RegExpExecArray)[1];
        const start = { line: r + 1, col: i };
        let j = i + (STRING_START.exec(rest) as RegExpExecArray)[0].length;
        let closed = false;
        for (;;) {
          if (j >= rows[r].length) {
            if (quote.length === 1 && !rows[r].endsWith('\\')) break;
            if (r + 1 >= rows.length) break;
            r++;
            j = 0;
            continue;
          }
          if (rows[r][j] === '\\') j += 2;
          else if (rows[r].startsWith(quote, j)) {
            j += quote.length;
            closed = true;
            break;
          } else j++;
        }
        if (!closed) {
          const detected = quote.length === 3 ? rows.length - (source.endsWith('\n') ? 1 : 0) : r + 1;
          const what = quote.length === 3 ? 'unterminated triple-quoted string literal' : 'unterminated string literal';
          return { lines, open, error: { line: start.line, col: start.col, end: start.col + 1, message: `${what} (detected at line ${detected})` } };
        }
        push({ kind: 'string', text: quote, line: start.line, col: start.col, end: start.line === r + 1 ? j : rows[start.line - 1].length });
        // A triple-quoted string may end on a later physical line; the logical line goes on there.
        row = rows[r];
        i = j;
      } else if (NUMBER.test(rest) && (/\d/.test(c) || /^\.\d/.test(rest))) {
        const text = (NUMBER.exec(rest) as RegExpExecArray)[0];
        push({ kind: 'number', text, line: r + 1, col: i, end: i + text.length });
        i += text.length;
      } else if (NAME.test(rest)) {
        const text = (NAME.exec(rest) as RegExpExecArray)[0];
        push({ kind: 'name', text, line: r + 1, col: i, end: i + text.length });
        i += text.length;
      } else if ('([{'.includes(c)) {
        const token: Token = { kind: 'open', text: c, line: r + 1, col: i, end: i + 1 };
        push(token);
        open.push(token);
        i++;
      } else if (')]}'.includes(c)) {
        const opener = open.pop();
        if (!opener) return { lines, open, error: { line: r + 1, col: i, end: i + 1, message: `unmatched '${c}'` } };
        if (opener.text !== CLOSER[c]) {
          const where = opener.line === r + 1 ? '' : ` on line ${opener.line}`;
          return { lines, open, error: { line: r + 1, col: i, end: i + 1, message: `closing parenthesis '${c}' does not match opening parenthesis '${opener.text}'${where}` } };
        }
        push({ kind: 'close', text: c, line: r + 1, col: i, end: i + 1 });
        i++;
      } else {
        const text = OPERATORS.find((op) => rest.startsWith(op)) ?? c;
        push({ kind: 'op', text, line: r + 1, col: i, end: i + text.length });
        i += text.length;
      }
    }
    if (current && !open.length && !continued) {
      lines.push(current);
      current = undefined;
    }
  }
  if (current) lines.push(current);
  return { lines, open };
}
