// Assignment words as each shell reads them: `NAME=value` everywhere; bash also `NAME+=value`,
// `NAME[i]=value` and the compound `NAME=(a b [k]=v)`, also as arguments of declare/local/….
import type { Assign } from './ast.ts';
import { Incomplete, ShellSyntaxError } from './errors.ts';
import type { Lexer } from './lexer.ts';

/** Commands whose `NAME=(…)` arguments bash reads as compound assignments. */
export const DECLARING = new Set(['declare', 'typeset', 'local', 'export', 'readonly']);

/** The assignment a word spells, or null; `bash` allows `+=` and a subscript. */
export function assignmentWord(text: string, bash: boolean): Assign | null {
  const m = bash ? /^([A-Za-z_][A-Za-z0-9_]*)(\[[^\]]*\])?(\+?)=/.exec(text) : /^([A-Za-z_][A-Za-z0-9_]*)()()=/.exec(text);
  if (!m) return null;
  const a: Assign = { name: m[1], value: text.slice(m[0].length) };
  if (m[2]) a.index = m[2].slice(1, -1);
  if (m[3]) a.append = true;
  return a;
}

/** After `NAME=`: the raw words of `( … )` when a compound assignment follows, else undefined. */
export function arrayLiteral(lx: Lexer): string[] | undefined {
  const open = lx.peek();
  if (!(open.kind === 'op' && open.text === '(')) return undefined;
  lx.next();
  const words: string[] = [];
  for (;;) {
    const t = lx.next();
    if (t.kind === 'eof') throw new Incomplete(')');
    if (t.kind === 'newline') continue;
    if (t.kind === 'op' && t.text === ')') return words;
    if (t.kind !== 'word') throw new ShellSyntaxError(t.kind === 'op' ? t.text : String(t.kind === 'io' ? t.fd : 'newline'));
    words.push(t.text);
  }
}
