// BuildKit's Dockerfile shell lexer: quotes, escapes and `$VAR` / `${VAR…}` expansion with match tracking.
import { goQuote } from '../../model/go-quote.ts';
import { isGoDigit, isGoLetter } from '../go/unicode.ts';
import { toEnvMap, type EnvInput } from './env.ts';
import { ShellLexError } from './errors.ts';
import { replacePattern, trimPrefix, trimSuffix } from './pattern.ts';
import { WordCollector } from './words.ts';

/** Options of a lexer (BuildKit's Lex fields). */
export interface ShellLexOptions {
  /** Keep quote characters in the result (used to detect quoted heredoc names). */
  rawQuotes?: boolean;
  /** Keep escape characters in the result. */
  rawEscapes?: boolean;
  /** Treat quotes as ordinary characters. */
  skipProcessQuotes?: boolean;
  /** Leave references to unset variables as written (`$X`, `${X:-y}`). */
  skipUnsetEnv?: boolean;
}

/** What one expansion produced: the word, its split words, and the variables found / not found. */
export interface ProcessWordResult {
  result: string;
  words: string[];
  matched: Set<string>;
  unmatched: Set<string>;
}

const EOF = null;
type Ch = string | typeof EOF;

const isSpecialParam = (ch: string): boolean => '@*#?-$!0'.includes(ch);

/** NewLex(escapeToken): expands Dockerfile words with `\` or `` ` `` as the escape token. */
export class ShellLex {
  rawQuotes: boolean;
  rawEscapes: boolean;
  skipProcessQuotes: boolean;
  skipUnsetEnv: boolean;

  constructor(
    readonly escapeToken: '\\' | '`' | string = '\\',
    options: ShellLexOptions = {},
  ) {
    this.rawQuotes = options.rawQuotes ?? false;
    this.rawEscapes = options.rawEscapes ?? false;
    this.skipProcessQuotes = options.skipProcessQuotes ?? false;
    this.skipUnsetEnv = options.skipUnsetEnv ?? false;
  }

  /** ProcessWordWithMatches: the expanded word, its words, and which variables were (not) found. */
  processWordWithMatches(word: string, env: EnvInput): ProcessWordResult {
    const run = new ShellWordRun(this, word, toEnvMap(env));
    try {
      const { result, words } = run.processStopOn(EOF, this.rawEscapes);
      return { result, words, matched: run.matches, unmatched: run.nonmatches };
    } catch (err) {
      if (err instanceof ShellLexError) {
        throw new ShellLexError(`failed to process ${goQuote(word)}: ${err.inner}`, word);
      }
      throw err;
    }
  }

  /** ProcessWord: the expanded word (quotes removed, spaces kept). */
  processWord(word: string, env: EnvInput): string {
    return this.processWordWithMatches(word, env).result;
  }

  /** ProcessWords: the expanded word split on unquoted whitespace. */
  processWords(word: string, env: EnvInput): string[] {
    return this.processWordWithMatches(word, env).words;
  }
}

class ShellWordRun {
  readonly matches = new Set<string>();
  readonly nonmatches = new Set<string>();
  private readonly chars: string[];
  private pos = 0;
  private rawEscapes: boolean;

  constructor(
    private readonly lex: ShellLex,
    word: string,
    private readonly envs: ReadonlyMap<string, string>,
  ) {
    this.chars = Array.from(word);
    this.rawEscapes = lex.rawEscapes;
  }

  private peek(): Ch {
    return this.pos < this.chars.length ? this.chars[this.pos] : EOF;
  }

  private next(): Ch {
    return this.pos < this.chars.length ? this.chars[this.pos++] : EOF;
  }

  processStopOn(stopChar: Ch, rawEscapes: boolean): { result: string; words: string[] } {
    const saved = this.rawEscapes;
    this.rawEscapes = rawEscapes;
    try {
      return this.scanUntil(stopChar);
    } finally {
      this.rawEscapes = saved;
    }
  }

  private scanUntil(stopChar: Ch): { result: string; words: string[] } {
    let result = '';
    const words = new WordCollector();
    const quotes = !this.lex.skipProcessQuotes;
    while (this.peek() !== EOF) {
      const ch = this.peek() as string;
      if (stopChar !== EOF && ch === stopChar) {
        this.next();
        return { result, words: words.getWords() };
      }
      if (ch === '$' || (quotes && (ch === "'" || ch === '"'))) {
        const tmp = ch === '$' ? this.processDollar() : ch === "'" ? this.processSingleQuote() : this.processDoubleQuote();
        result += tmp;
        if (ch === '$') words.addString(tmp);
        else words.addRawString(tmp);
        continue;
      }
      let c = this.next() as string;
      if (c === this.lex.escapeToken) {
        if (this.rawEscapes) {
          words.addRawChar(c);
          result += c;
        }
        const escaped = this.next();
        // an escape token at the very end is dropped
        if (escaped === EOF) break;
        c = escaped;
        words.addRawChar(c);
      } else {
        words.addChar(c);
      }
      result += c;
    }
    if (stopChar !== EOF) {
      throw new ShellLexError(`unexpected end of statement while looking for matching ${stopChar}`);
    }
    return { result, words: words.getWords() };
  }

  private processSingleQuote(): string {
    let result = '';
    const open = this.next() as string;
    if (this.lex.rawQuotes) result += open;
    for (;;) {
      const ch = this.next();
      if (ch === EOF) throw new ShellLexError('unexpected end of statement while looking for matching single-quote');
      if (ch === "'") {
        if (this.lex.rawQuotes) result += ch;
        return result;
      }
      result += ch;
    }
  }

  private processDoubleQuote(): string {
    let result = '';
    const open = this.next() as string;
    if (this.lex.rawQuotes) result += open;
    for (;;) {
      const peek = this.peek();
      if (peek === EOF) throw new ShellLexError('unexpected end of statement while looking for matching double-quote');
      if (peek === '"') {
        this.next();
        if (this.lex.rawQuotes) result += '"';
        return result;
      }
      if (peek === '$') {
        result += this.processDollar();
        continue;
      }
      let ch = this.next() as string;
      if (ch === this.lex.escapeToken) {
        if (this.rawEscapes) result += ch;
        const after = this.peek();
        if (after === EOF) continue;
        // inside double quotes only `"`, `$` and the escape token itself can be escaped
        if (after === '"' || after === '$' || after === this.lex.escapeToken) ch = this.next() as string;
      }
      result += ch;
    }
  }

  private processDollar(): string {
    this.next();
    if (this.peek() !== '{') {
      const name = this.processName();
      if (name === '') return '$';
      const [value, found] = this.getEnv(name);
      if (!found && this.lex.skipUnsetEnv) return '$' + name;
      return value;
    }
    this.next();
    const first = this.peek();
    if (first === EOF) throw new ShellLexError("syntax error: missing '}'");
    if (first === '{' || first === '}' || first === ':') throw new ShellLexError('syntax error: bad substitution');

    const name = this.processName();
    let ch = this.next();
    if (ch === EOF) throw new ShellLexError("syntax error: missing '}'");
    let chs = ch;
    let nullIsUnset = false;

    if (ch === '}') {
      const [value, set] = this.getEnv(name);
      if (!set && this.lex.skipUnsetEnv) return `\${${name}}`;
      return value;
    }
    if (ch === '/') return this.processReplace(name);
    if (ch === ':') {
      nullIsUnset = true;
      ch = this.next();
      if (ch === EOF) throw new ShellLexError("syntax error: missing '}'");
      chs += ch;
    } else if (!'+-?#%'.includes(ch)) {
      throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
    }
    const isPattern = ch === '#' || ch === '%';
    if (nullIsUnset && isPattern) throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);

    let word: string;
    try {
      word = this.processStopOn('}', isPattern).result;
    } catch (err) {
      if (err instanceof ShellLexError && this.peek() === EOF) throw new ShellLexError("syntax error: missing '}'");
      throw err;
    }

    const [value, set] = this.getEnv(name);
    if (this.lex.skipUnsetEnv && !set) return `\${${name}${chs}${word}}`;

    switch (ch) {
      case '-':
        return !set || (nullIsUnset && value === '') ? word : value;
      case '+':
        return !set || (nullIsUnset && value === '') ? '' : word;
      case '?':
        if (!set) throw new ShellLexError(`${name}: ${word !== '' ? word : 'is not allowed to be unset'}`);
        if (nullIsUnset && value === '') {
          throw new ShellLexError(`${name}: ${word !== '' ? word : 'is not allowed to be empty'}`);
        }
        return value;
      case '%':
      case '#': {
        // `%`/`#` remove the shortest match, `%%`/`##` the longest
        const greedy = word.startsWith(ch);
        const pattern = greedy ? word.slice(1) : word;
        return ch === '%' ? trimSuffix(pattern, value, greedy) : trimPrefix(pattern, value, greedy);
      }
      default:
        throw new ShellLexError(`unsupported modifier (${chs}) in substitution`);
    }
  }

  private processReplace(name: string): string {
    const replaceAll = this.peek() === '/';
    if (replaceAll) this.next();
    let pattern: string;
    try {
      pattern = this.processStopOn('/', true).result;
    } catch (err) {
      if (err instanceof ShellLexError && this.peek() === EOF) throw new ShellLexError("syntax error: missing '/' in ${}");
      throw err;
    }
    let replacement: string;
    try {
      replacement = this.processStopOn('}', true).result;
    } catch (err) {
      if (err instanceof ShellLexError && this.peek() === EOF) throw new ShellLexError("syntax error: missing '}'");
      throw err;
    }
    const [value, set] = this.getEnv(name);
    if (this.lex.skipUnsetEnv && !set) return `\${${name}/${pattern}/${replacement}}`;
    return replacePattern(pattern, value, replacement, replaceAll);
  }

  // A name: letters, digits and `_`; or a run of digits (positional); or one special parameter.
  private processName(): string {
    let name = '';
    while (this.peek() !== EOF) {
      const ch = this.peek() as string;
      if (name.length === 0 && isGoDigit(ch)) {
        while (this.peek() !== EOF && isGoDigit(this.peek() as string)) name += this.next();
        return name;
      }
      if (name.length === 0 && isSpecialParam(ch)) return this.next() as string;
      if (!isGoLetter(ch) && !isGoDigit(ch) && ch !== '_') break;
      name += this.next();
    }
    return name;
  }

  private getEnv(name: string): [string, boolean] {
    const value = this.envs.get(name);
    if (value !== undefined) {
      this.matches.add(name);
      return [value, true];
    }
    this.nonmatches.add(name);
    return ['', false];
  }
}
