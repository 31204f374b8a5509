// Heredocs on RUN/COPY/ADD: `<<EOF`, `<<-EOF`, `<<'EOF'`, `3<<EOF`, several per line.
import { ShellLex } from '../shell-lex/lex.ts';
import type { Heredoc, Node } from './node.ts';

// Go's \s is [\t\n\f\r ]
const RE_HEREDOC = /^(\d*)<<(-?)[\t\n\f\r ]*([^<]*)$/;
const HEREDOC_INSTRUCTIONS = new Set(['add', 'copy', 'run']);
const HEREDOC_COMPOUND = new Set(['onbuild']);

const countQuotes = (s: string): number => (s.match(/['"]/g) ?? []).length;

/** ParseHeredoc: the heredoc a word opens (`<<EOF`, `<<-'EOF'`, `<< EOF`), or null if it opens none. */
export function parseHeredoc(src: string): Heredoc | null {
  const match = RE_HEREDOC.exec(src);
  if (!match) return null;
  const rest = match[3];
  if (rest.length === 0) return null;
  const fd = match[1] === '' ? 0 : Number.parseInt(match[1], 10);
  // Lex the name with and without quotes: if they differ, part of it was quoted and the body is not expanded.
  const shlex = new ShellLex('\\', { skipUnsetEnv: true });
  const words = shlex.processWords(rest, []);
  if (words.length !== 1) return null;
  shlex.rawQuotes = true;
  const wordsRaw = shlex.processWords(rest, []);
  if (wordsRaw.length !== words.length) {
    throw new Error(`internal lexing of heredoc produced inconsistent results: ${rest}`);
  }
  return {
    name: words[0],
    fileDescriptor: fd,
    expand: countQuotes(words[0]) === countQuotes(wordsRaw[0]),
    chomp: match[2] === '-',
    content: '',
  };
}

/** The heredocs opened on an instruction line, in order (`<<` may stand apart from its name). */
export function heredocsFromLine(line: string): Heredoc[] {
  const shlex = new ShellLex('\\', { rawQuotes: true, rawEscapes: true, skipUnsetEnv: true });
  let words: string[];
  try {
    words = shlex.processWords(line, []);
  } catch {
    words = [];
  }
  const docs: Heredoc[] = [];
  for (let i = 0; i < words.length; i++) {
    let word = words[i];
    if ((word === '<<' || word === '<<-') && i + 1 < words.length) {
      word += ' ' + words[i + 1];
      i++;
    }
    const heredoc = parseHeredoc(word);
    if (heredoc) docs.push(heredoc);
  }
  return docs;
}

/** Whether heredocs are read after this instruction: RUN/COPY/ADD (also under ONBUILD), never in JSON form. */
export function canContainHeredoc(node: Node): boolean {
  let target = node;
  if (HEREDOC_COMPOUND.has(target.value.toLowerCase()) && target.next && target.next.children.length > 0) {
    target = target.next.children[0];
  }
  if (!HEREDOC_INSTRUCTIONS.has(target.value.toLowerCase())) return false;
  return !target.attributes.json;
}

/** ChompHeredocContent: strips leading tabs from every line (`<<-`). */
export function chompHeredocContent(src: string): string {
  // line starts are after \n only (Go's (?m)^), not after \r as in a JS multiline regex
  return src
    .split('\n')
    .map((line) => line.replace(/^\t+/, ''))
    .join('\n');
}
