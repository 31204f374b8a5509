// Splits a logical Dockerfile line into keyword, builder flags (`--from=x`) and the rest.
import { goTrimSpace, isGoSpace } from '../go/unicode.ts';

/** The pieces of one instruction line. */
export interface SplitLine {
  command: string;
  flags: string[];
  args: string;
}

// regexp `[\t\v\f\r ]+` of BuildKit's parser
export const RE_WHITESPACE = /[\t\v\f\r ]+/;

/** splitCommand: the keyword keeps its case; flags are the leading `--words`; `--` ends the flags. */
export function splitCommand(line: string): SplitLine {
  const trimmed = goTrimSpace(line);
  const m = RE_WHITESPACE.exec(trimmed);
  if (!m) return { command: trimmed, flags: [], args: '' };
  const command = trimmed.slice(0, m.index);
  const { rest, flags } = extractBuilderFlags(trimmed.slice(m.index + m[0].length));
  return { command, flags, args: goTrimSpace(rest) };
}

/** extractBuilderFlags: reads `--flag[=value]` words (quotes and `\` are unwrapped) until a non-flag word. */
export function extractBuilderFlags(line: string): { rest: string; flags: string[] } {
  const words: string[] = [];
  let phase: 'spaces' | 'word' | 'quote' = 'spaces';
  let word = '';
  let quote = '';
  let blankOK = false;
  for (let pos = 0; pos <= line.length; pos++) {
    let ch = pos < line.length ? line[pos] : '';
    if (phase === 'spaces') {
      if (pos === line.length) break;
      if (isGoSpace(ch)) continue;
      if (ch !== '-' || pos + 1 === line.length || line[pos + 1] !== '-') return { rest: line.slice(pos), flags: words };
      phase = 'word';
    }
    if (pos === line.length) {
      if (word !== '--' && (blankOK || word.length > 0)) words.push(word);
      break;
    }
    if (phase === 'word') {
      if (isGoSpace(ch)) {
        phase = 'spaces';
        if (word === '--') return { rest: line.slice(pos), flags: words };
        if (blankOK || word.length > 0) words.push(word);
        word = '';
        blankOK = false;
        continue;
      }
      if (ch === "'" || ch === '"') {
        quote = ch;
        blankOK = true;
        phase = 'quote';
        continue;
      }
      if (ch === '\\') {
        if (pos + 1 === line.length) continue;
        pos++;
        ch = line[pos];
      }
      word += ch;
      continue;
    }
    if (ch === quote) {
      phase = 'word';
      continue;
    }
    if (ch === '\\') {
      if (pos + 1 === line.length) {
        phase = 'word';
        continue;
      }
      pos++;
      ch = line[pos];
    }
    word += ch;
  }
  return { rest: '', flags: words };
}
