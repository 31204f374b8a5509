// Reading a .dockerignore file into patterns (moby/patternmatcher ignorefile.ReadAll).
import { cleanPath } from './clean.ts';

/** bufio.Scanner's default limit: a line must fit in 64 KiB together with its newline. */
const MAX_LINE_BYTES = 64 * 1024;

/** A .dockerignore that could not be read; `.message` is BuildKit's text. */
export class DockerignoreReadError extends Error {
  override readonly name = 'DockerignoreReadError';
  readonly code = 'token-too-long';
  readonly line: number;
  constructor(line: number) {
    super('error reading .dockerignore: bufio.Scanner: token too long');
    this.line = line;
  }
}

/** Lines as Go's bufio.ScanLines yields them: split at `\n`, one trailing `\r` dropped, no empty last line. */
function scanLines(content: string): string[] {
  const lines = content.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const encoder = new TextEncoder();
  return lines.map((line, index) => {
    if (encoder.encode(line).length >= MAX_LINE_BYTES) throw new DockerignoreReadError(index + 1);
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  });
}

// Go's unicode.IsSpace set, which strings.TrimSpace trims (JS's \s differs: it has U+FEFF, lacks U+0085).
const GO_SPACE = '[\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000]';
const EDGE_SPACE = new RegExp(`^${GO_SPACE}+|${GO_SPACE}+$`, 'g');

/** Go's strings.TrimSpace (patternmatcher trims lines and patterns with it). */
export function trimSpace(text: string): string {
  return text.replace(EDGE_SPACE, '');
}

/**
 * The patterns of a .dockerignore text: BOM stripped, lines starting with `#` skipped, lines trimmed,
 * empty ones dropped, each path cleaned with a leading `/` removed, and `!` kept in front.
 */
export function readDockerignore(content: string): string[] {
  const patterns: string[] = [];
  scanLines(content).forEach((raw, index) => {
    const line = index === 0 && raw.startsWith('\uFEFF') ? raw.slice(1) : raw;
    if (line.startsWith('#')) return;
    let pattern = trimSpace(line);
    if (pattern === '') return;
    const invert = pattern.startsWith('!');
    if (invert) pattern = trimSpace(pattern.slice(1));
    if (pattern.length > 0) {
      pattern = cleanPath(pattern);
      if (pattern.length > 1 && pattern.startsWith('/')) pattern = pattern.slice(1);
    }
    patterns.push(invert ? `!${pattern}` : pattern);
  });
  return patterns;
}
