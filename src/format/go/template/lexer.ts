// The lexer of Go text/template (delimiters {{ }}, trim markers, comments), producing Go's items and
// Go's lexical error messages.

/** Item types of text/template/parse (keywords are listed separately). */
export type ItemType =
  | 'error' | 'bool' | 'char' | 'charConstant' | 'comment' | 'declare' | 'assign' | 'EOF' | 'field'
  | 'identifier' | 'leftDelim' | 'leftParen' | 'number' | 'pipe' | 'rawString' | 'rightDelim'
  | 'rightParen' | 'space' | 'string' | 'text' | 'variable' | 'dot' | 'nil'
  | 'block' | 'break' | 'continue' | 'define' | 'else' | 'end' | 'if' | 'range' | 'template' | 'with';

/** One lexical item: its type, text, byte offset (string index) and line. */
export interface Item {
  type: ItemType;
  val: string;
  pos: number;
  line: number;
}

const keywords: Record<string, ItemType> = {
  '.': 'dot', block: 'block', break: 'break', continue: 'continue', define: 'define', else: 'else',
  end: 'end', if: 'if', range: 'range', nil: 'nil', template: 'template', with: 'with',
};

/** True for keyword items (printed `<if>` in errors). */
export function isKeyword(t: ItemType): boolean {
  return ['block', 'break', 'continue', 'define', 'else', 'end', 'if', 'range', 'template', 'with', 'dot', 'nil'].includes(t);
}

/** Go's item String(), used in "unexpected X in Y". */
export function itemString(i: Item): string {
  if (i.type === 'EOF') return 'EOF';
  if (i.type === 'error') return i.val;
  if (isKeyword(i.type)) return `<${i.val}>`;
  const chars = [...i.val];
  if (chars.length > 10) return goQuoteShort(chars.slice(0, 10).join('')) + '...';
  return goQuoteShort(i.val);
}

function goQuoteShort(s: string): string {
  return JSON.stringify(s).replace(/\\u([0-9a-f]{4})/g, (_, h: string) => '\\x' + h.slice(2));
}

const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlphaNumeric = (c: string | undefined) => c !== undefined && (c === '_' || /^[\p{L}\p{Nd}]$/u.test(c));

function goRuneName(c: string): string {
  const cp = c.codePointAt(0)!;
  const u = 'U+' + cp.toString(16).toUpperCase().padStart(4, '0');
  return /^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(c) ? `${u} '${c}'` : u;
}

interface State {
  (): State | null;
}

/** Splits a template into items; the last item is EOF or an error. */
export function lex(input: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  let start = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth = 0;

  const emit = (type: ItemType) => {
    items.push({ type, val: input.slice(start, pos), pos: start, line: startLine });
    startLine = line;
    start = pos;
  };
  const ignore = () => {
    line += countNL(input.slice(start, pos));
    start = pos;
    startLine = line;
  };
  const fail = (msg: string): null => {
    items.push({ type: 'error', val: msg, pos: start, line: startLine });
    return null;
  };
  const next = (): string | undefined => {
    if (pos >= input.length) {
      pos++;
      return undefined;
    }
    const c = String.fromCodePoint(input.codePointAt(pos)!);
    pos += c.length;
    if (c === '\n') line++;
    return c;
  };
  const backup = (c: string | undefined) => {
    pos -= c === undefined ? 1 : c.length;
    if (c === '\n') line--;
  };
  const peek = () => {
    const c = next();
    backup(c);
    return c;
  };
  const accept = (valid: string) => {
    const c = next();
    if (c !== undefined && valid.includes(c)) return true;
    backup(c);
    return false;
  };
  const acceptRun = (valid: string) => {
    for (;;) {
      const c = next();
      if (c === undefined || !valid.includes(c)) {
        backup(c);
        return;
      }
    }
  };
  const atRightDelim = (): [boolean, boolean] => {
    if (isSpace(input[pos]) && input[pos + 1] === '-' && input.startsWith('}}', pos + 2)) return [true, true];
    if (input.startsWith('}}', pos)) return [true, false];
    return [false, false];
  };
  const atTerminator = () => {
    const c = peek();
    if (c === undefined || isSpace(c)) return true;
    if ('.,|:)('.includes(c)) return true;
    return input.startsWith('}}', pos);
  };
  const leftTrimLength = (s: string) => s.length - s.replace(/^[ \t\r\n]+/, '').length;
  const rightTrimLength = (s: string) => s.length - s.replace(/[ \t\r\n]+$/, '').length;

  // Each state returns the next state, or null when lexing stops (EOF or error).
  const lexText: State = () => {
    const x = input.indexOf('{{', pos);
    if (x >= 0) {
      if (x > pos) {
        pos = x;
        let trim = 0;
        const delimEnd = pos + 2;
        if (input[delimEnd] === '-' && isSpace(input[delimEnd + 1])) trim = rightTrimLength(input.slice(start, pos));
        pos -= trim;
        line += countNL(input.slice(start, pos));
        const text = input.slice(start, pos);
        if (text.length > 0) items.push({ type: 'text', val: text, pos: start, line: startLine });
        pos += trim;
        ignore();
      }
      return lexLeftDelim;
    }
    pos = input.length;
    if (pos > start) {
      line += countNL(input.slice(start, pos));
      items.push({ type: 'text', val: input.slice(start, pos), pos: start, line: startLine });
      start = pos;
    }
    items.push({ type: 'EOF', val: '', pos, line });
    return null;
  };

  const lexLeftDelim: State = () => {
    pos += 2;
    const trim = input[pos] === '-' && isSpace(input[pos + 1]);
    const after = trim ? 2 : 0;
    if (input.startsWith('/*', pos + after)) {
      pos += after;
      ignore();
      return lexComment;
    }
    items.push({ type: 'leftDelim', val: '{{', pos: start, line: startLine });
    pos += after;
    ignore();
    parenDepth = 0;
    return lexInsideAction;
  };

  const lexComment: State = () => {
    pos += 2;
    const x = input.indexOf('*/', pos);
    if (x < 0) return fail('unclosed comment');
    pos = x + 2;
    const [delim, trim] = atRightDelim();
    if (!delim) return fail('comment ends before closing delimiter');
    if (trim) pos += 2;
    pos += 2;
    if (trim) pos += leftTrimLength(input.slice(pos));
    ignore();
    return lexText;
  };

  const lexRightDelim: State = () => {
    const [, trim] = atRightDelim();
    if (trim) {
      pos += 2;
      ignore();
    }
    pos += 2;
    emit('rightDelim');
    if (trim) {
      pos += leftTrimLength(input.slice(pos));
      ignore();
    }
    return lexText;
  };

  // Go's lexQuote and lexChar: on to the closing quote; a backslash escapes the next rune, never a newline.
  const scanQuoted = (quote: string): boolean => {
    for (;;) {
      let c = next();
      if (c === '\\') {
        c = next();
        if (c !== undefined && c !== '\n') continue;
        return false;
      }
      if (c === undefined || c === '\n') return false;
      if (c === quote) return true;
    }
  };

  const lexInsideAction: State = () => {
    for (;;) {
      const [delim] = atRightDelim();
      if (delim) {
        if (parenDepth === 0) return lexRightDelim;
        return fail('unclosed left paren');
      }
      const r = next();
      if (r === undefined) return fail('unclosed action');
      if (isSpace(r)) {
        backup(r);
        let n = 0;
        while (isSpace(peek())) {
          next();
          n++;
        }
        if (input[pos - 1] !== undefined && isSpace(input[pos - 1]) && input.startsWith('-}}', pos)) {
          backup(input[pos - 1]);
          if (n === 1) return lexRightDelim;
        }
        emit('space');
        continue;
      }
      if (r === '=') { emit('assign'); continue; }
      if (r === ':') {
        if (next() !== '=') return fail('expected :=');
        emit('declare');
        continue;
      }
      if (r === '|') { emit('pipe'); continue; }
      if (r === '"') {
        if (!scanQuoted('"')) return fail('unterminated quoted string');
        emit('string');
        continue;
      }
      if (r === '`') {
        const x = input.indexOf('`', pos);
        if (x < 0) return fail('unterminated raw quoted string');
        line += countNL(input.slice(pos, x));
        pos = x + 1;
        emit('rawString');
        continue;
      }
      if (r === '$') {
        if (!lexFieldOrVariable('variable')) return null;
        continue;
      }
      if (r === "'") {
        if (!scanQuoted("'")) return fail('unterminated character constant');
        emit('charConstant');
        continue;
      }
      if (r === '.') {
        const c = input[pos];
        if (c === undefined || c < '0' || c > '9') {
          if (!lexFieldOrVariable('field')) return null;
          continue;
        }
      }
      if (r === '.' || r === '+' || r === '-' || (r >= '0' && r <= '9')) {
        backup(r);
        if (!scanNumber()) return fail(`bad number syntax: ${goQuoteShort(input.slice(start, pos))}`);
        emit('number');
        continue;
      }
      if (isAlphaNumeric(r)) {
        let c: string | undefined;
        for (;;) {
          c = next();
          if (!isAlphaNumeric(c)) {
            backup(c);
            break;
          }
        }
        if (!atTerminator()) return fail(`bad character ${goRuneName(c!)}`);
        const word = input.slice(start, pos);
        if (keywords[word] && word !== '.') emit(keywords[word]!);
        else if (word === 'true' || word === 'false') emit('bool');
        else emit('identifier');
        continue;
      }
      if (r === '(') {
        parenDepth++;
        emit('leftParen');
        continue;
      }
      if (r === ')') {
        parenDepth--;
        if (parenDepth < 0) return fail('unexpected right paren');
        emit('rightParen');
        continue;
      }
      if (r.codePointAt(0)! <= 0x7f && /^[\x20-\x7e]$/.test(r)) {
        emit('char');
        continue;
      }
      return fail(`unrecognized character in action: ${goRuneName(r)}`);
    }
  };

  const lexFieldOrVariable = (type: 'field' | 'variable'): boolean => {
    if (atTerminator()) {
      emit(type === 'variable' ? 'variable' : 'dot');
      return true;
    }
    let c: string | undefined;
    for (;;) {
      c = next();
      if (!isAlphaNumeric(c)) {
        backup(c);
        break;
      }
    }
    if (!atTerminator()) {
      fail(`bad character ${c === undefined ? 'U+FFFFFFFF' : goRuneName(c)}`);
      return false;
    }
    emit(type);
    return true;
  };

  const scanNumber = (): boolean => {
    accept('+-');
    let digits = '0123456789_';
    if (accept('0')) {
      if (accept('xX')) digits = '0123456789abcdefABCDEF_';
      else if (accept('oO')) digits = '01234567_';
      else if (accept('bB')) digits = '01_';
    }
    acceptRun(digits);
    if (accept('.')) acceptRun(digits);
    if (digits.length === 11 && accept('eE')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    if (digits.length === 23 && accept('pP')) {
      accept('+-');
      acceptRun('0123456789_');
    }
    accept('i');
    if (isAlphaNumeric(peek())) {
      next();
      return false;
    }
    return true;
  };

  let state: State | null = lexText;
  while (state) state = state();
  return items;
}

function countNL(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
