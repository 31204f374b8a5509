// Parses a Dockerfile into its AST: directives, comments, line continuations, heredocs, warnings.
import { goTrimLeftSpace, goTrimSpace } from '../go/unicode.ts';
import { DirectiveParser, EscapeSettings, type Directive } from './directives.ts';
import { DockerfileParseError, LineParseError } from './errors.ts';
import { canContainHeredoc, heredocsFromLine } from './heredoc.ts';
import { parseArguments } from './line-parsers.ts';
import { newNode, type Node } from './node.ts';
import { splitCommand } from './split-command.ts';

/** A parser warning (today only empty continuation lines), located at the instruction's last line. */
export interface ParseWarning {
  short: string;
  detail: string[];
  url: string;
  line: number;
}

/** The parsed file: the root node (children = instructions), the escape token, directives and warnings. */
export interface ParseResult {
  ast: Node;
  escapeToken: string;
  directives: Directive[];
  warnings: ParseWarning[];
}

/** bufio.Scanner's limit: a physical line (with its newline) may hold at most 64 KiB. */
const MAX_LINE_BYTES = 64 * 1024;

const trimNewline = (s: string): string => s.replace(/[\r\n]+$/, '');
const isComment = (raw: string): boolean => goTrimLeftSpace(trimNewline(raw)).startsWith('#');
// UTF-8 byte length without TextEncoder (not in the engine's ES-only lib)
function utf8Length(s: string): number {
  let bytes = 0;
  for (const ch of s) {
    const cp = ch.codePointAt(0) ?? 0;
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return bytes;
}

// Physical lines with their line endings, as BuildKit's scanLines keeps them.
function scanLines(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < text.length) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl + 1;
    lines.push(text.slice(start, end));
    start = end;
  }
  return lines;
}

class LineSource {
  private index = 0;
  tooLong = false;
  constructor(private readonly lines: string[]) {}
  /** The next physical line, or null at the end (or at a line too long for BuildKit's scanner). */
  scan(): string | null {
    if (this.tooLong || this.index >= this.lines.length) return null;
    const line = this.lines[this.index];
    if (utf8Length(line) > MAX_LINE_BYTES) {
      this.tooLong = true;
      return null;
    }
    this.index++;
    return line;
  }
}

/** Parse: the Dockerfile text to an AST; throws DockerfileParseError with BuildKit's message and line. */
export function parseDockerfile(text: string): ParseResult {
  const escape = new EscapeSettings();
  const directiveParser = new DirectiveParser();
  const directives: Directive[] = [];
  const source = new LineSource(scanLines(text));
  const root = newNode();
  root.startLine = -1;
  const warnings: ParseWarning[] = [];
  let comments: string[] = [];
  let currentLine = 0;

  const processLine = (token: string, stripLeft: boolean): string => {
    let line = trimNewline(token);
    if (stripLeft) line = goTrimLeftSpace(line);
    try {
      const directive = directiveParser.parseLine(line);
      if (directive) {
        directives.push(directive);
        if (directive.name === 'escape') escape.setEscapeToken(directive.value);
      }
    } catch (err) {
      if (err instanceof LineParseError) throw new DockerfileParseError(err.message, currentLine, 0);
      throw err;
    }
    return line.startsWith('#') ? '' : line;
  };

  const parseLine = (line: string): Node => {
    const { command, flags, args } = splitCommand(line);
    const parsed = parseArguments(command, args, {
      escapeToken: escape.escapeToken,
      parseSubLine: (sub) => parseLine(sub),
    });
    const node = newNode(command, parsed.next);
    node.original = line;
    node.flags = flags;
    node.attributes = parsed.attributes;
    return node;
  };

  for (let raw = source.scan(); raw !== null; raw = source.scan()) {
    if (currentLine === 0 && raw.startsWith('\ufeff')) raw = raw.slice(1);
    if (isComment(raw)) {
      // BuildKit drops the first byte of the raw line, so an indented `# x` keeps its `#`
      const comment = goTrimSpace(raw.slice(1));
      comments = comment === '' ? [] : [...comments, comment];
    }
    const first = processLine(raw, true);
    currentLine++;
    const startLine = currentLine;
    let { line, isEndOfLine } = escape.trimContinuation(first);
    if (isEndOfLine && line === '') continue;

    let hasEmptyContinuationLine = false;
    while (!isEndOfLine) {
      const next = source.scan();
      if (next === null) break;
      const processed = processLine(next, false);
      currentLine++;
      if (isComment(next)) continue;
      if (goTrimLeftSpace(processed).length === 0) {
        hasEmptyContinuationLine = true;
        continue;
      }
      const trimmed = escape.trimContinuation(processed);
      isEndOfLine = trimmed.isEndOfLine;
      line += trimmed.line;
    }

    if (hasEmptyContinuationLine) {
      warnings.push({
        short: 'Empty continuation line found in: ' + line,
        detail: ['Empty continuation lines will become errors in a future release'],
        url: 'https://docs.docker.com/go/dockerfile/rule/no-empty-continuation/',
        line: currentLine,
      });
    }

    let child: Node;
    try {
      child = parseLine(line);
    } catch (err) {
      if (err instanceof LineParseError) throw new DockerfileParseError(err.message, startLine, currentLine);
      throw err;
    }
    child.prevComment = comments;

    if (canContainHeredoc(child) && line.includes('<<')) {
      let heredocs;
      try {
        heredocs = heredocsFromLine(line);
      } catch (err) {
        throw new DockerfileParseError((err as Error).message, startLine, currentLine);
      }
      for (const heredoc of heredocs) {
        let terminated = false;
        for (let body = source.scan(); body !== null; body = source.scan()) {
          currentLine++;
          let candidate = trimNewline(body);
          if (heredoc.chomp) candidate = candidate.replace(/^\t+/, '');
          if (candidate === heredoc.name) {
            terminated = true;
            break;
          }
          heredoc.content += body;
        }
        if (!terminated) throw new DockerfileParseError('unterminated heredoc', startLine, currentLine);
        child.heredocs.push(heredoc);
      }
    }

    child.startLine = startLine;
    child.endLine = currentLine;
    if (root.startLine < 0) root.startLine = startLine;
    root.endLine = currentLine;
    root.children.push(child);
    comments = [];
  }

  if (root.startLine < 0) throw new DockerfileParseError('file with no instructions', currentLine, 0);
  if (source.tooLong) {
    throw new DockerfileParseError(`dockerfile line greater than max allowed size of ${MAX_LINE_BYTES - 1}`, currentLine, 0);
  }
  return { ast: root, escapeToken: escape.escapeToken, directives, warnings };
}
