// `$'…'` (ANSI-C quoting, bash and busybox ash; dash has none): backslash escapes decoded where the word is read.
// Octal and hex escapes are bytes, so `$'\303\251'` is é and a lone `$'\377'` one byte (vfs/utf8.ts).
import { byteChar, joinBytes } from '../vfs/utf8.ts';

const SIMPLE: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\', "'": "'", '"': '"' };
/** Escapes bash knows beyond ash's. */
const BASH_ONLY: Record<string, string> = { e: '\x1b', E: '\x1b', '?': '?' };

/** Index just after the closing quote of `$'…'` whose body starts at `i`, or -1 when unclosed (`\'` does not close it). */
export function scanDollarQuote(s: string, i: number): number {
  for (; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === "'") return i + 1;
  }
  return -1;
}

/** The text of the body of `$'…'`; bash ends the string at a NUL byte, ash drops the NUL. */
export function decodeDollarQuote(body: string, bash: boolean): string {
  let out = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    const n = body[i + 1];
    if (c !== '\\' || n === undefined) {
      out += c;
      continue;
    }
    i++;
    const simple = SIMPLE[n] ?? (bash ? BASH_ONLY[n] : undefined);
    const oct = /^[0-7]{1,3}/.exec(body.slice(i));
    const hex = n === 'x' ? /^[0-9a-fA-F]{1,2}/.exec(body.slice(i + 1)) : null;
    const uni = bash && (n === 'u' || n === 'U') ? new RegExp(`^[0-9a-fA-F]{1,${n === 'u' ? 4 : 8}}`).exec(body.slice(i + 1)) : null;
    let code = -1;
    if (simple !== undefined) out += simple;
    else if (oct) {
      code = parseInt(oct[0], 8) & 255;
      i += oct[0].length - 1;
    } else if (hex) {
      code = parseInt(hex[0], 16);
      i += hex[0].length;
    } else if (uni) {
      // A container's locale is C (no LANG): bash can only show a non-ASCII code point as its escape.
      const cp = parseInt(uni[0], 16);
      out += cp < 0x80 ? String.fromCharCode(cp) : '\\' + n + cp.toString(16).toUpperCase().padStart(n === 'u' ? 4 : 8, '0');
      i += uni[0].length;
    } else if (bash && n === 'c' && i + 1 < body.length) {
      out += String.fromCharCode(body.charCodeAt(++i) & 31);
    } else out += '\\' + n;
    if (code === 0) {
      if (bash) break;
    } else if (code > 0) out += byteChar(code);
  }
  return joinBytes(out);
}
