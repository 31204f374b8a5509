// awk's tokens: a regex literal is read where an operand may start, `/` is division after one; newlines are tokens.
import { byteChar, joinBytes } from '../../../vfs/utf8.ts';

/** One token: its kind (an operator's own text, or NUMBER, STRING, ERE, NAME, FUNC_NAME, BUILTIN, NEWLINE, EOF), its text and value. */
export interface Token {
  kind: string;
  text: string;
  num?: number;
  line: number;
}

/** A program the parser or lexer rejects: where, and the token it stopped at (`end of file` when the program ended early). */
export class AwkSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly near: string,
  ) {
    super(`syntax error at source line ${line}`);
  }
}

const KEYWORDS = new Set(['BEGIN', 'END', 'function', 'func', 'if', 'else', 'while', 'for', 'do', 'break', 'continue', 'next', 'nextfile', 'exit', 'return', 'delete', 'in', 'getline', 'print', 'printf']);
/** Functions built into awk (parsed as calls even without parentheses, like `length`). */
export const BUILTIN_FUNCS = new Set(['length', 'substr', 'index', 'split', 'sub', 'gsub', 'match', 'sprintf', 'tolower', 'toupper', 'int', 'sqrt', 'exp', 'log', 'sin', 'cos', 'atan2', 'rand', 'srand', 'system', 'close', 'fflush']);
const OPERATORS = ['**=', '&&', '||', '==', '<=', '>=', '!=', '++', '--', '+=', '-=', '*=', '/=', '%=', '^=', '>>', '!~', '**', '{', '}', '(', ')', '[', ']', ';', ',', '+', '-', '*', '/', '%', '^', '!', '>', '<', '|', '?', ':', '~', '$', '='];
// After these a `/` divides; anywhere else it starts a regex.
const OPERAND_END = new Set(['NUMBER', 'STRING', 'ERE', 'NAME', 'BUILTIN', ')', ']', '$', '++', '--']);

const ESCAPES: Record<string, string> = { n: '\n', t: '\t', r: '\r', '\\': '\\', '"': '"', '/': '/', a: '\x07', b: '\b', f: '\f', v: '\v' };

/** Decodes the backslash escapes of an awk string literal (octal too: one byte each, so "\303\251" is é). */
export function unescape(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    if (s[i] !== '\\' || i + 1 >= s.length) {
      out += s[i];
      continue;
    }
    const oct = /^[0-7]{1,3}/.exec(s.slice(i + 1));
    if (oct) {
      out += byteChar(parseInt(oct[0], 8) & 255);
      i += oct[0].length;
      continue;
    }
    const e = ESCAPES[s[i + 1]];
    out += e ?? '\\' + s[i + 1];
    i++;
  }
  return joinBytes(out);
}

/** Splits program text into tokens. */
export function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let line = 1;
  let i = 0;
  const push = (kind: string, text: string, num?: number) => tokens.push({ kind, text, num, line });
  while (i < src.length) {
    const c = src[i];
    if (c === '\\' && src[i + 1] === '\n') {
      i += 2;
      line++;
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') {
      i++;
      continue;
    }
    if (c === '#') {
      while (i < src.length && src[i] !== '\n') i++;
      continue;
    }
    if (c === '\n') {
      push('NEWLINE', '\n');
      line++;
      i++;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\') j++;
        if (src[j] === '\n') throw new AwkSyntaxError(line, 'end of line');
        j++;
      }
      if (j >= src.length) throw new AwkSyntaxError(line, 'end of file');
      push('STRING', unescape(src.slice(i + 1, j)));
      i = j + 1;
      continue;
    }
    const prev = tokens[tokens.length - 1];
    if (c === '/' && !(prev && OPERAND_END.has(prev.kind))) {
      let j = i + 1;
      let inBracket = false;
      while (j < src.length && (src[j] !== '/' || inBracket)) {
        if (src[j] === '\\') j++;
        else if (src[j] === '[') inBracket = true;
        else if (src[j] === ']') inBracket = false;
        if (src[j] === '\n') throw new AwkSyntaxError(line, 'end of line');
        j++;
      }
      if (j >= src.length) throw new AwkSyntaxError(line, 'end of file');
      push('ERE', src.slice(i + 1, j).replace(/\\\//g, '/'));
      i = j + 1;
      continue;
    }
    const num = /^(?:0[xX][0-9a-fA-F]+|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)/.exec(src.slice(i));
    if (num) {
      push('NUMBER', num[0], Number(num[0]));
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (word) {
      const w = word[0];
      i += w.length;
      if (KEYWORDS.has(w)) push(w === 'func' ? 'function' : w, w);
      else if (BUILTIN_FUNCS.has(w)) push('BUILTIN', w);
      else push(src[i] === '(' ? 'FUNC_NAME' : 'NAME', w);
      continue;
    }
    const op = OPERATORS.find((o) => src.startsWith(o, i));
    if (!op) throw new AwkSyntaxError(line, c);
    push(op === '**' ? '^' : op === '**=' ? '^=' : op, op);
    i += op.length;
  }
  push('EOF', '');
  return tokens;
}
