// `set -x`: each command is printed to stderr before it runs, after expansion, with the words
// quoted the way each shell quotes them (bash: `+ echo 'a b'`; busybox: `+ echo 'in' 'a=b'`).
import type { Writer } from '../../kernel/process.ts';
import type { Dialect } from '../messages.ts';

const ASH_KEYWORDS = new Set(['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'if', 'in', 'then', 'until', 'while', '{', '}']);

/** Quotes one word as bash's xtrace does: single quotes when it holds a shell metacharacter. */
function bashQuote(w: string): string {
  if (w === '') return "''";
  if (!/[\s'"\\|&;()<>!{}*[?\]^$`]|^[~#]|[=:]~/.test(w)) return w;
  return `'${w.replace(/'/g, `'\\''`)}'`;
}

/** Quotes one word as busybox ash's xtrace does (anything outside `+,-./0-9:@A-Z]^_a-z`, and keywords). */
function ashQuote(w: string): string {
  if (w === '') return '';
  if (!/[^+,\-./0-9:@A-Z\]^_a-z]/.test(w) && !ASH_KEYWORDS.has(w)) return w;
  return `'${w.replace(/'/g, `'"'"'`)}'`;
}

/** The trace line for a simple command: `+ a=1 cmd args` (ash) or one line per assignment and one for the command (bash). */
export function traceCommand(out: Writer, dialect: Dialect, depth: number, assigns: [string, string][], argv: string[]): void {
  const plus = '+'.repeat(dialect === 'bash' ? depth + 1 : 1) + ' ';
  // dash prints the words as they are, unquoted.
  const quote = dialect === 'bash' ? bashQuote : dialect === 'dash' ? (w: string) => w : ashQuote;
  if (dialect === 'bash') {
    for (const [k, v] of assigns) out.write(`${plus}${k}=${quote(v)}\n`);
    if (argv.length) out.write(`${plus}${argv.map(quote).join(' ')}\n`);
    return;
  }
  out.write(`${plus}${[...assigns.map(([k, v]) => `${k}=${quote(v)}`), ...argv.map(quote)].join(' ')}\n`);
}

/** bash's trace of a `for` header (`+ for i in 1 2`); busybox does not trace it. */
export function traceFor(out: Writer, dialect: Dialect, depth: number, name: string, items: string[]): void {
  if (dialect === 'bash') out.write(`${'+'.repeat(depth + 1)} for ${name} in ${items.map(bashQuote).join(' ')}\n`);
}

/** bash's trace of `[[ … ]]` and `(( … ))`: the words after expansion. */
export function traceWords(out: Writer, dialect: Dialect, depth: number, words: string[]): void {
  if (dialect === 'bash') out.write(`${'+'.repeat(depth + 1)} ${words.join(' ')}\n`);
}
