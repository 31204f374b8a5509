// A syntax error told as CPython 3.12 tells it: MicroPython's compiler says only "invalid syntax" (and
// often on the line after), so the common mistakes a learner makes are found again here, in the order
// CPython's tokenizer and parser meet them: an unterminated string, a bracket never closed or not
// matching, `print "x"`, a missing ':', `if x = 5:`, a missing comma, a block that is not indented.

import { tokenize, type LogicalLine, type Token } from './tokens.ts';

/** What CPython reports: the error class, the line, the caret's columns (0-based, end exclusive) and the message. */
export interface SyntaxReport {
  kind: 'SyntaxError' | 'IndentationError';
  line: number;
  col?: number;
  end?: number;
  message: string;
  /** CPython prints the source line (MicroPython's other messages, such as `'return' outside function`, it does not). */
  showText: boolean;
}

const KEYWORDS = new Set(['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try', 'while', 'with', 'yield']);
const SOFT = new Set(['match', 'case', 'type']);
const VALUES = new Set(['False', 'None', 'True']);
const BLOCKS: Record<string, string> = { if: "'if' statement", elif: "'elif' statement", else: "'else' statement", for: "'for' statement", while: "'while' statement", try: "'try' statement", except: "'except' statement", finally: "'finally' statement", with: "'with' statement", def: 'function definition', class: 'class definition' };

// A token that is a value on its own: a name (not a keyword), a number, a string, a closing bracket.
const atom = (t: Token) => (t.kind === 'name' && (!KEYWORDS.has(t.text) || VALUES.has(t.text))) || t.kind === 'number' || t.kind === 'string';
const ends = (t: Token) => atom(t) || t.kind === 'close';

/** Finds the error MicroPython reported as `message` on `line`, as CPython words and places it. */
export function diagnose(source: string, line: number, message: string): SyntaxReport {
  if (/^unexpected indent$/.test(message)) return { kind: 'IndentationError', line, message: 'unexpected indent', showText: true };
  if (/^unindent doesn't match/.test(message)) {
    // MicroPython names the line before; CPython the line whose indentation matches no enclosing block's.
    const at = unindented(tokenize(source).lines) ?? line;
    const text = (source.split('\n')[at - 1] ?? '').trimEnd();
    return { kind: 'IndentationError', line: at, col: text.length, end: text.length + 1, message: 'unindent does not match any outer indentation level', showText: true };
  }
  if (message !== 'invalid syntax') return { kind: 'SyntaxError', line, message, showText: false };
  const { lines, open, error } = tokenize(source);
  const tries: number[] = [];
  for (let n = 0; n < lines.length; n++) {
    const found = tryError(tries, lines[n]) ?? lineError(lines[n], lines[n + 1]);
    if (!found) continue;
    // An error after a bracket left open on an earlier line is that bracket's fault.
    const unclosed = [...open].reverse().find((t) => t.line < found.line);
    return unclosed ? neverClosed(unclosed) : { ...found, showText: true };
  }
  if (error) return { kind: 'SyntaxError', ...error, showText: true };
  if (open.length) return neverClosed(open[open.length - 1]);
  return { kind: 'SyntaxError', line, message, showText: true };
}

// The first logical line that dedents to an indentation no enclosing block has.
function unindented(lines: LogicalLine[]): number | undefined {
  const stack = [0];
  for (const l of lines) {
    if (l.indent > stack[stack.length - 1]) stack.push(l.indent);
    while (l.indent < stack[stack.length - 1]) stack.pop();
    if (l.indent !== stack[stack.length - 1]) return l.line;
  }
  return undefined;
}

// A `try:` block that ends without an except or finally (`tries` holds the open try statements' indentation).
function tryError(tries: number[], l: LogicalLine): Found | undefined {
  while (tries.length && l.indent <= tries[tries.length - 1]) {
    const at = tries.pop() as number;
    if (l.indent < at || !['except', 'finally'].includes(l.tokens[0].text)) {
      return { kind: 'SyntaxError', line: l.line, col: l.tokens[0].col, end: l.tokens[0].col + 1, message: "expected 'except' or 'finally' block" };
    }
  }
  const t = l.tokens;
  if (t[0].text === 'try' && t.length === 2 && t[1].text === ':') tries.push(l.indent);
  return undefined;
}

const neverClosed = (t: Token): SyntaxReport => ({ kind: 'SyntaxError', line: t.line, col: t.col, end: t.col + 1, message: `'${t.text}' was never closed`, showText: true });

type Found = Omit<SyntaxReport, 'showText'>;

// The first error inside one logical line, or a block it should open and the next line does not indent.
function lineError(current: LogicalLine, next: LogicalLine | undefined): Found | undefined {
  const tokens = current.tokens;
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (first.text === 'print' && tokens[1] && atom(tokens[1])) {
    return { kind: 'SyntaxError', line: first.line, col: first.col, end: last.line === first.line ? last.end : undefined, message: "Missing parentheses in call to 'print'. Did you mean print(...)?" };
  }
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'open') depth++;
    if (t.kind === 'close') depth--;
    const prev = tokens[i - 1];
    if (!prev || !ends(prev) || !atom(t) || (prev.kind === 'string' && t.kind === 'string')) continue;
    // Soft keywords: `match command:`, `case _:`, `type Alias = …`.
    if (i === 1 && SOFT.has(prev.text)) continue;
    if (depth > 0) {
      const from = leftOperand(tokens, i - 1);
      return { kind: 'SyntaxError', line: from.line, col: from.col, end: t.line === from.line ? t.end : undefined, message: 'invalid syntax. Perhaps you forgot a comma?' };
    }
    return { kind: 'SyntaxError', line: t.line, col: t.col, end: t.end, message: 'invalid syntax' };
  }
  const block = BLOCKS[first.text];
  if (!block) return undefined;
  const colon = topLevelColon(tokens);
  if (['if', 'elif', 'while'].includes(first.text)) {
    const assign = tokens.findIndex((t, i) => t.kind === 'op' && t.text === '=' && (colon < 0 || i < colon) && depthAt(tokens, i) === 0);
    if (assign > 0) {
      const stop = tokens[(colon < 0 ? tokens.length : colon) - 1];
      return { kind: 'SyntaxError', line: tokens[1].line, col: tokens[1].col, end: stop.end, message: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?" };
    }
  }
  if (colon < 0) return { kind: 'SyntaxError', line: last.line, col: last.end, end: last.end + 1, message: "expected ':'" };
  if (colon !== tokens.length - 1) return undefined;
  if (!next || next.indent <= current.indent) {
    const where = next ? { line: next.line, col: next.tokens[0].col, end: next.tokens[0].col + 1 } : { line: last.line, col: last.end, end: last.end + 1 };
    return { kind: 'IndentationError', ...where, message: `expected an indented block after ${block} on line ${first.line}` };
  }
  return undefined;
}

// How many brackets are open just before token i.
function depthAt(tokens: Token[], i: number): number {
  return tokens.slice(0, i).reduce((d, t) => d + (t.kind === 'open' ? 1 : t.kind === 'close' ? -1 : 0), 0);
}

// The ':' that ends a compound statement's header (not one inside brackets, a lambda or a slice).
function topLevelColon(tokens: Token[]): number {
  let depth = 0;
  let lambdas = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind === 'open') depth++;
    else if (t.kind === 'close') depth--;
    else if (depth === 0 && t.text === 'lambda') lambdas++;
    else if (depth === 0 && t.text === ':') {
      if (lambdas) lambdas--;
      else return i;
    }
  }
  return -1;
}

// Where the value before a missing comma starts: a name's call or subscript brackets belong to it.
function leftOperand(tokens: Token[], at: number): Token {
  let i = at;
  while (tokens[i].kind === 'close') {
    let depth = 0;
    for (; i >= 0; i--) {
      if (tokens[i].kind === 'close') depth++;
      else if (tokens[i].kind === 'open' && --depth === 0) break;
    }
    if (i > 0 && ends(tokens[i - 1])) i--;
    else return tokens[i];
  }
  return tokens[i];
}
