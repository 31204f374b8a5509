// How GNU xargs -t shows each word of a command: gnulib quotearg's shell-escape style. A word of safe
// characters stays bare; another is put in '…', with $'…' escapes for control characters and for bytes
// the locale cannot print (every byte above 127 in the C locale), and in "…" when a ' is the only trouble.
import { decodeUtf8, encodeUtf8 } from '../../vfs/utf8.ts';

/** One character as quotearg meets it: its bytes, and whether the locale prints it. */
interface Unit {
  bytes: number[];
  printable: boolean;
}

const NAMED: Record<number, string> = { 7: 'a', 8: 'b', 9: 't', 10: 'n', 11: 'v', 12: 'f', 13: 'r' };

// Characters that mean the same to the shell bare, in '…' and in "…" (the ' and the blank not bare).
const PLAIN = /^[A-Za-z0-9%+,\-./:\]_@]$/;

/** The word's characters: UTF-8 sequences whole in a UTF-8 locale, else single bytes. */
function units(word: string, utf8: boolean): Unit[] {
  const out: Unit[] = [];
  for (const ch of word) {
    const bytes = [...encodeUtf8(ch)];
    if (bytes.length === 1) out.push({ bytes, printable: bytes[0] >= 0x20 && bytes[0] < 0x7f });
    else if (utf8) out.push({ bytes, printable: ch.codePointAt(0)! >= 0xa0 });
    else for (const b of bytes) out.push({ bytes: [b], printable: false });
  }
  return out;
}

/** Whether a character needs no quoting: a safe one, # and ~ after the start, { and } beside others. */
function bare(u: Unit, i: number, size: number): boolean {
  if (u.bytes.length > 1) return u.printable;
  const c = String.fromCharCode(u.bytes[0]);
  if (PLAIN.test(c)) return true;
  if (c === '#' || c === '~') return i > 0;
  return (c === '{' || c === '}') && size > 1;
}

/** Whether a character may stand inside "…" as it does in '…' (what lets a word with a ' take double quotes). */
function doubleQuotable(u: Unit, i: number, size: number): boolean {
  if (u.bytes.length > 1) return u.printable;
  if (!u.printable) return false;
  const c = String.fromCharCode(u.bytes[0]);
  if (PLAIN.test(c) || c === ' ' || c === "'") return true;
  if (c === '#' || c === '~') return i === 0;
  return (c === '{' || c === '}') && size === 1;
}

/** GNU -t's quoting of a word (quotearg's shell-escape style), in the C locale unless `utf8`. */
export function shellEscape(word: string, utf8 = false): string {
  const us = units(word, utf8);
  const size = us.reduce((n, u) => n + u.bytes.length, 0);
  if (size > 0 && us.every((u, i) => bare(u, i, size))) return word;
  if (word.includes("'") && us.every((u, i) => doubleQuotable(u, i, size))) return `"${word}"`;
  let out = "'";
  // Inside a $'…' run: plain characters first close it and reopen '…'.
  let inEscapes = false;
  const escape = (text: string) => {
    out += (inEscapes ? '' : "'$'") + '\\' + text;
    inEscapes = true;
  };
  for (const u of us) {
    const b = u.bytes[0];
    if (u.bytes.length === 1 && NAMED[b] !== undefined) escape(NAMED[b]);
    else if (!u.printable) for (const x of u.bytes) escape(x.toString(8).padStart(3, '0'));
    else if (b === 0x27) [out, inEscapes] = [out + "'\\''", false];
    else {
      out += (inEscapes ? "''" : '') + decodeUtf8(Uint8Array.from(u.bytes));
      inEscapes = false;
    }
  }
  return out + "'";
}
