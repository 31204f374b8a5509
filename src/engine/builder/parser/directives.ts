// Parser directives at the top of a Dockerfile: `# syntax=`, `# escape=`, `# check=`.
import { isGoSpace } from '../go/unicode.ts';
import { LineParseError } from './errors.ts';

/** A directive found at the top of the file. */
export interface Directive {
  name: 'syntax' | 'escape' | 'check';
  value: string;
  line: number;
}

const VALID = new Set(['syntax', 'escape', 'check']);
// Go's \s is [\t\n\f\r ]
const DIRECTIVE = /^([a-zA-Z][a-zA-Z0-9]*)[\t\n\f\r ]*=[\t\n\f\r ]*(.+?)[\t\n\f\r ]*$/s;

/** BuildKit's DirectiveParser: reads `#key=value` lines until the first line that is not one. */
export class DirectiveParser {
  private line = 0;
  private done = false;
  private readonly seen = new Set<string>();

  constructor(
    private readonly commentPrefix = '#',
    startLine = 0,
  ) {
    this.line = startLine;
  }

  /** Feeds one physical line; returns the directive on it, or null (and stops looking) when it is not one. */
  parseLine(line: string): Directive | null {
    this.line++;
    if (this.done) return null;
    if (!line.startsWith(this.commentPrefix)) {
      this.done = true;
      return null;
    }
    let rest = line.slice(this.commentPrefix.length);
    let i = 0;
    const chars = Array.from(rest);
    while (i < chars.length && isGoSpace(chars[i])) i++;
    rest = chars.slice(i).join('');
    const match = DIRECTIVE.exec(rest);
    if (!match) {
      this.done = true;
      return null;
    }
    const key = match[1].toLowerCase();
    if (!VALID.has(key)) {
      this.done = true;
      return null;
    }
    if (this.seen.has(key)) throw new LineParseError(`only one ${key} parser directive can be used`);
    this.seen.add(key);
    return { name: key as Directive['name'], value: match[2], line: this.line };
  }
}

/** The escape token and the line-continuation test that goes with it. */
export class EscapeSettings {
  escapeToken = '\\';
  private continuation = EscapeSettings.continuationRegex('\\');

  private static continuationRegex(token: string): RegExp {
    const t = '\\' + token;
    // the token ends the line unless itself escaped; a token alone on its line also continues
    return new RegExp(`([^${t}])${t}[ \\t]*$|^${t}[ \\t]*$`);
  }

  /** `# escape=` value: only `\` and `` ` `` are accepted. */
  setEscapeToken(token: string): void {
    if (token !== '`' && token !== '\\') {
      throw new LineParseError(`invalid escape token '${token}' does not match \` or \\`);
    }
    this.escapeToken = token;
    this.continuation = EscapeSettings.continuationRegex(token);
  }

  /** Removes a trailing continuation token; `isEndOfLine` is false when the line continues. */
  trimContinuation(line: string): { line: string; isEndOfLine: boolean } {
    const match = this.continuation.exec(line);
    if (!match) return { line, isEndOfLine: true };
    return { line: line.slice(0, match.index) + (match[1] ?? ''), isEndOfLine: false };
  }
}

const stripBOM = (text: string): string => (text.startsWith('\ufeff') ? text.slice(1) : text);

/** Finds one directive's value (`# check=…`) at the top of a Dockerfile; null when absent. */
export function parseDirective(key: Directive['name'], text: string): Directive | null {
  return findDirective(key, stripBOM(text), false);
}

/** DetectSyntax: the `syntax` directive, also as `// syntax=` or a JSON `{"syntax": …}`, skipping a `#!` line. */
export function detectSyntax(text: string): Directive | null {
  return findDirective('syntax', stripBOM(text), true);
}

function findDirective(key: Directive['name'], text: string, anyFormat: boolean): Directive | null {
  let body = text;
  let startLine = 0;
  const firstBreak = body.indexOf('\n');
  const first = firstBreak < 0 ? body : body.slice(0, firstBreak);
  if (first.startsWith('#!')) {
    body = firstBreak < 0 ? '' : body.slice(firstBreak + 1);
    startLine = 1;
  }
  const prefixes = anyFormat ? ['#', '//'] : ['#'];
  for (const prefix of prefixes) {
    const parser = new DirectiveParser(prefix, startLine);
    for (const raw of body.split('\n')) {
      let found: Directive | null;
      try {
        found = parser.parseLine(raw.replace(/\r$/, ''));
      } catch {
        break;
      }
      // the syntax directive names an image: its first word (the rest are frontend options)
      if (found?.name === key) return key === 'syntax' ? { ...found, value: found.value.split(' ')[0] } : found;
      if (!found) break;
    }
  }
  if (anyFormat) {
    try {
      const parsed: unknown = JSON.parse(body);
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        const value = (parsed as Record<string, unknown>)[key];
        if (typeof value === 'string') return { name: key, value, line: startLine };
      }
    } catch {
      // not JSON: no directive
    }
  }
  return null;
}
