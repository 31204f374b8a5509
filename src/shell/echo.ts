// echo's argument handling (bash builtin, busybox and coreutils agree on -n -e -E).
import { byteChar, joinBytes } from '../vfs/utf8.ts';

/** What `echo args…` prints, with `-n`, `-e` (backslash escapes) and `-E`. */
export function echoText(args: string[]): string {
  let newline = true;
  let escapes = false;
  let k = 0;
  for (; k < args.length; k++) {
    const a = args[k];
    if (!/^-[neE]+$/.test(a)) break;
    for (const c of a.slice(1)) {
      if (c === 'n') newline = false;
      else if (c === 'e') escapes = true;
      else escapes = false;
    }
  }
  let text = args.slice(k).join(' ');
  if (escapes) {
    const r = interpretEscapes(text);
    text = r.text;
    if (r.stop) return text;
  }
  return newline ? text + '\n' : text;
}

/**
 * Backslash escapes of `echo -e` and printf's %b; `\c` stops all output. An octal or hex escape is one byte,
 * so `\303\251` is é and a lone `\377` stays a single byte (vfs/utf8.ts's escape).
 */
export function interpretEscapes(s: string): { text: string; stop: boolean } {
  const r = escapesAsBytes(s);
  return { text: joinBytes(r.text), stop: r.stop };
}

function escapesAsBytes(s: string): { text: string; stop: boolean } {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\\' || i + 1 >= s.length) {
      out += c;
      continue;
    }
    const n = s[++i];
    switch (n) {
      case 'n': out += '\n'; break;
      case 't': out += '\t'; break;
      case 'r': out += '\r'; break;
      case 'a': out += '\x07'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'v': out += '\v'; break;
      case 'e': out += '\x1b'; break;
      case '\\': out += '\\'; break;
      case 'c': return { text: out, stop: true };
      case '0': {
        const m = /^[0-7]{0,3}/.exec(s.slice(i + 1))![0];
        out += byteChar(parseInt(m || '0', 8) & 255);
        i += m.length;
        break;
      }
      case 'x': {
        const m = /^[0-9a-fA-F]{1,2}/.exec(s.slice(i + 1))?.[0];
        if (m) {
          out += byteChar(parseInt(m, 16));
          i += m.length;
        } else out += '\\x';
        break;
      }
      default: out += '\\' + n;
    }
  }
  return { text: out, stop: false };
}

/** dash's builtin echo: only `-n` is an option, and backslash escapes always apply (`\\0nnn` octal). */
export function dashEchoText(args: string[]): string {
  const newline = args[0] !== '-n';
  const r = interpretEscapes(args.slice(newline ? 0 : 1).join(' '));
  return r.text + (newline && !r.stop ? '\n' : '');
}
