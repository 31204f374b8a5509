// The s command: its matches over the pattern space and its replacement's `&`, `\1`…`\9` and escapes.
import type { Command } from './command.ts';

/** Expands `&`, `\1`…`\9`, `\n` and escaped characters of a replacement; with `caseConv` (GNU), \U \L \u \l \E too. */
function expand(rep: string, m: RegExpExecArray, caseConv: boolean): string {
  let out = '';
  let mode: '' | 'U' | 'L' = '';
  let once: '' | 'u' | 'l' = '';
  const put = (text: string) => {
    if (!text) return;
    let t = mode === 'U' ? text.toUpperCase() : mode === 'L' ? text.toLowerCase() : text;
    if (once) {
      t = (once === 'u' ? t[0].toUpperCase() : t[0].toLowerCase()) + t.slice(1);
      once = '';
    }
    out += t;
  };
  for (let k = 0; k < rep.length; k++) {
    const c = rep[k];
    if (c === '&') put(m[0]);
    else if (c === '\\' && k + 1 < rep.length) {
      const n = rep[++k];
      if (/[0-9]/.test(n)) put(m[Number(n)] ?? '');
      else if (n === 'n') put('\n');
      else if (n === 't') put('\t');
      else if (caseConv && (n === 'U' || n === 'L')) [mode, once] = [n, ''];
      else if (caseConv && n === 'E') [mode, once] = ['', ''];
      else if (caseConv && (n === 'u' || n === 'l')) once = n;
      else put(n);
    } else put(c);
  }
  return out;
}

/** Runs an s command over the pattern space; `done` says whether it replaced anything. */
export function substitute(c: Command, re: RegExp, line: string): { text: string; done: boolean } {
  re.lastIndex = 0;
  let out = '';
  let last = 0;
  let count = 0;
  let done = false;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    count++;
    const want = c.nth === undefined ? count === 1 || c.global : count === c.nth || (c.global && count > c.nth);
    if (want) {
      out += line.slice(last, m.index) + expand(c.replacement!, m, c.caseConv === true);
      last = m.index + m[0].length;
      done = true;
    }
    if (m[0] === '') re.lastIndex++;
    if (!c.global && done) break;
    if (re.lastIndex > line.length) break;
  }
  return { text: done ? out + line.slice(last) : line, done };
}
