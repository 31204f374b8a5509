// Splits sh source into tokens. Words keep their quotes (expansion removes them later); heredoc
// bodies are read at the newline after their `<<WORD`, as POSIX says.
import { Incomplete } from './errors.ts';
import { decodeDollarQuote, scanDollarQuote } from './ansi-c.ts';
import type { Redir } from './ast.ts';

/** One token: a raw word, an operator, a newline, or the end of the input. */
export type Token =
  | { kind: 'word'; text: string; line: number }
  | { kind: 'io'; fd: number; line: number }
  | { kind: 'op'; text: string; line: number }
  | { kind: 'newline'; line: number }
  | { kind: 'eof'; line: number };

const OPS = ['<<<', '<<-', '&&', '||', ';;', '<<', '>>', '>&', '<&', '>|', '<>', ';', '&', '|', '(', ')', '<', '>'];
const META = new Set([' ', '\t', '\n', ';', '&', '|', '<', '>', '(', ')']);

/** A heredoc that the end of the input closed: bash warns about it. */
export interface UnterminatedHeredoc {
  /** The line of its `<<WORD`. */
  line: number;
  /** The delimiter it wanted, quotes removed. */
  delimiter: string;
}

/**
 * Tokenizer over a whole source text; `lenientEof` accepts an unterminated heredoc at the end (sh -c),
 * `bash` makes `<<<` one operator (ash and dash read `<<` then `<`) and ends a heredoc's last line.
 */
export class Lexer {
  private pos = 0;
  line = 1;
  private pendingHeredocs: { r: Redir; line: number }[] = [];
  private peeked: Token | null = null;
  /** Heredocs the end of the input closed, in order. */
  readonly unterminated: UnterminatedHeredoc[] = [];

  constructor(
    private readonly src: string,
    private readonly lenientEof = false,
    private readonly bash = true,
    /** `$'…'` quotes (bash and ash; dash reads `$` then a single-quoted string). */
    private readonly dollarQuote = bash,
    /** `<(…)` and `>(…)` are words (bash, and busybox ash built with bash compatibility; dash has none). */
    private readonly processSubst = dollarQuote,
  ) {}

  /** Asks for the body of `r` (written on `line`) to be read after the next newline. */
  addHeredoc(r: Redir, line: number): void {
    this.pendingHeredocs.push({ r, line });
  }

  /**
   * The raw word after `=~` in `[[ … ]]`: bash reads a regular expression there, where `(`, `)`, `|`,
   * `<` and `>` belong to the word while parentheses are open. Null when the next token is not a word.
   */
  regexWord(): string | null {
    if (this.peeked) return null;
    const s = this.src;
    while (s[this.pos] === ' ' || s[this.pos] === '\t') this.pos++;
    const start = this.pos;
    let depth = 0;
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (c === '(') depth++;
      else if (c === ')') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && META.has(c)) break;
      if (c === '\\') this.pos += 2;
      else if (c === "'") this.pos = s.indexOf("'", this.pos + 1) + 1 || s.length;
      else if (c === '"') this.pos = scanDouble(s, this.pos + 1);
      else if (c === '$' && s[this.pos + 1] === '{') this.pos = scanBrace(s, this.pos + 2);
      else if (c === '$' && s[this.pos + 1] === '(') this.pos = scanParen(s, this.pos + 2);
      else this.pos++;
    }
    return this.pos > start ? s.slice(start, this.pos) : null;
  }

  /** The line of the token read last (where a syntax error is reported). */
  tokenLine = 1;

  peek(): Token {
    if (!this.peeked) {
      this.peeked = this.read();
      this.tokenLine = this.peeked.line;
    }
    return this.peeked;
  }

  next(): Token {
    const t = this.peek();
    this.peeked = null;
    return t;
  }

  private read(): Token {
    const s = this.src;
    for (;;) {
      const c = s[this.pos];
      if (c === ' ' || c === '\t') this.pos++;
      else if (c === '\\' && s[this.pos + 1] === '\n') {
        if (this.pos + 2 >= s.length) throw new Incomplete('\\');
        this.pos += 2;
        this.line++;
      } else if (c === '#') {
        while (this.pos < s.length && s[this.pos] !== '\n') this.pos++;
      } else break;
    }
    const line = this.line;
    if (this.pos >= s.length) {
      if (this.pendingHeredocs.length > 0) this.readHeredocs();
      return { kind: 'eof', line };
    }
    const c = s[this.pos];
    if (c === '\n') {
      this.pos++;
      this.line++;
      this.readHeredocs();
      return { kind: 'newline', line };
    }
    for (const op of OPS) {
      if (this.substitutionAt(this.pos)) break;
      if (op === '<<<' && !this.bash) continue;
      if (s.startsWith(op, this.pos)) {
        this.pos += op.length;
        return { kind: 'op', text: op, line };
      }
    }
    const start = this.pos;
    const text = this.readWord();
    if (/^\d+$/.test(text) && (s[this.pos] === '<' || s[this.pos] === '>') && this.pos - start === text.length) {
      return { kind: 'io', fd: Number(text), line };
    }
    return { kind: 'word', text, line };
  }

  private readHeredocs(): void {
    const s = this.src;
    for (const { r, line } of this.pendingHeredocs) {
      const delim = r.heredoc!.expand ? r.target : unquoteDelimiter(r.target);
      let body = '';
      for (;;) {
        if (this.pos >= s.length) {
          if (!this.lenientEof) throw new Incomplete('heredoc');
          this.unterminated.push({ line, delimiter: delim });
          break;
        }
        let end = s.indexOf('\n', this.pos);
        if (end < 0) end = s.length;
        let lineText = s.slice(this.pos, end);
        this.pos = Math.min(end + 1, s.length);
        this.line++;
        if (r.op === '<<-') lineText = lineText.replace(/^\t+/, '');
        if (lineText === delim) break;
        // ash and dash keep a last line that the end of the input cut short without its newline.
        body += lineText + (end < s.length || this.bash ? '\n' : '');
      }
      r.heredoc!.body = body;
    }
    this.pendingHeredocs = [];
  }

  private readWord(): string {
    const line = this.line;
    try {
      return this.scanWord();
    } catch (e) {
      if (e instanceof Incomplete) e.line ??= line;
      throw e;
    }
  }

  private scanWord(): string {
    const s = this.src;
    let out = '';
    while (this.pos < s.length) {
      const c = s[this.pos];
      if (this.substitutionAt(this.pos)) {
        // `<(…)` / `>(…)` stays in the word (`cat <(echo hi)`, `a<(true)`), expanded to a /dev/fd path.
        const start = this.pos;
        this.pos = scanParen(s, this.pos + 2);
        this.countLines(start, this.pos);
        out += s.slice(start, this.pos);
        continue;
      }
      if (META.has(c)) break;
      if (c === '\\') {
        if (s[this.pos + 1] === '\n') {
          if (this.pos + 2 >= s.length) throw new Incomplete('\\');
          this.pos += 2;
          this.line++;
          continue;
        }
        out += s.slice(this.pos, this.pos + 2);
        this.pos += 2;
        continue;
      }
      if (c === '$' && s[this.pos + 1] === "'" && this.dollarQuote) {
        // `$'…'` becomes the single-quoted word it stands for, so expansion needs no third kind of quote.
        const end = scanDollarQuote(s, this.pos + 2);
        if (end < 0) throw new Incomplete("'");
        out += "'" + decodeDollarQuote(s.slice(this.pos + 2, end - 1), this.bash).replace(/'/g, "'\\''") + "'";
        this.countLines(this.pos, end);
        this.pos = end;
        continue;
      }
      if (c === "'") {
        const end = s.indexOf("'", this.pos + 1);
        if (end < 0) throw new Incomplete("'");
        out += s.slice(this.pos, end + 1);
        this.countLines(this.pos, end + 1);
        this.pos = end + 1;
        continue;
      }
      const start = this.pos;
      if (c === '"') this.pos = scanDouble(s, this.pos + 1);
      else if (c === '`') this.pos = scanBacktick(s, this.pos + 1);
      else if (c === '$' && s[this.pos + 1] === '(') this.pos = scanParen(s, this.pos + 2);
      else if (c === '$' && s[this.pos + 1] === '{') this.pos = scanBrace(s, this.pos + 2);
      else this.pos++;
      this.countLines(start, this.pos);
      out += s.slice(start, this.pos);
    }
    return out;
  }

  // A process substitution starts at `i`: `<(` or `>(`, where this shell has them.
  private substitutionAt(i: number): boolean {
    const c = this.src[i];
    return this.processSubst && (c === '<' || c === '>') && this.src[i + 1] === '(';
  }

  private countLines(a: number, b: number): void {
    for (let i = a; i < b; i++) if (this.src[i] === '\n') this.line++;
  }
}

/** The delimiter of a quoted heredoc (`'EOF'`, `"EOF"`, `E\OF`) with its quotes removed. */
export function unquoteDelimiter(w: string): string {
  return w.replace(/\\(.)|'([^']*)'|"([^"]*)"/g, (_m, a, b, c) => a ?? b ?? c ?? '');
}

/** Index just after the closing `"` of a double-quoted string starting at i (after the opening quote). */
export function scanDouble(s: string, i: number): number {
  while (i < s.length) {
    const c = s[i];
    if (c === '"') return i + 1;
    if (c === '\\') i += 2;
    else if (c === '`') i = scanBacktick(s, i + 1);
    else if (c === '$' && s[i + 1] === '(') i = scanParen(s, i + 2);
    else if (c === '$' && s[i + 1] === '{') i = scanBrace(s, i + 2);
    else i++;
  }
  throw new Incomplete('"');
}

/** Index just after the closing backtick. */
export function scanBacktick(s: string, i: number): number {
  while (i < s.length) {
    if (s[i] === '\\') i += 2;
    else if (s[i] === '`') return i + 1;
    else i++;
  }
  throw new Incomplete('`');
}

/** Index just after the `)` matching a `$(` or `$((` whose body starts at i. */
export function scanParen(s: string, i: number): number {
  let depth = 1;
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') i += 2;
    else if (c === "'") {
      const e = s.indexOf("'", i + 1);
      if (e < 0) throw new Incomplete("'");
      i = e + 1;
    } else if (c === '"') i = scanDouble(s, i + 1);
    else if (c === '`') i = scanBacktick(s, i + 1);
    else if (c === '(') {
      depth++;
      i++;
    } else if (c === ')') {
      depth--;
      i++;
      if (depth === 0) return i;
    } else i++;
  }
  throw new Incomplete('$(');
}

/** Index just after the `}` closing a `${` whose body starts at i. */
export function scanBrace(s: string, i: number): number {
  while (i < s.length) {
    const c = s[i];
    if (c === '\\') i += 2;
    else if (c === "'") {
      const e = s.indexOf("'", i + 1);
      if (e < 0) throw new Incomplete("'");
      i = e + 1;
    } else if (c === '"') i = scanDouble(s, i + 1);
    else if (c === '$' && s[i + 1] === '{') i = scanBrace(s, i + 2);
    else if (c === '$' && s[i + 1] === '(') i = scanParen(s, i + 2);
    else if (c === '}') return i + 1;
    else i++;
  }
  throw new Incomplete('${');
}
