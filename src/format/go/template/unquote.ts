// Go strconv.Unquote for template string, raw-string and character literals.

/** Thrown as Go's strconv.ErrSyntax ("invalid syntax"). */
export class UnquoteError extends Error {}

/** Decodes the escapes of a Go "..." body or '.' char body; throws UnquoteError on a bad escape. */
function unescape(body: string, quote: '"' | "'"): string {
  let out = '';
  for (let i = 0; i < body.length; ) {
    const c = body[i]!;
    if (c === quote && quote === '"') throw new UnquoteError('invalid syntax');
    if (c !== '\\') {
      if (c === '\n') throw new UnquoteError('invalid syntax');
      out += c;
      i++;
      continue;
    }
    const e = body[i + 1];
    i += 2;
    const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
    if (e !== undefined && simple[e] !== undefined) {
      out += simple[e];
      continue;
    }
    if (e === quote) {
      out += e;
      continue;
    }
    const hexLen = e === 'x' ? 2 : e === 'u' ? 4 : e === 'U' ? 8 : 0;
    if (hexLen > 0) {
      const h = body.slice(i, i + hexLen);
      if (!/^[0-9a-fA-F]+$/.test(h) || h.length !== hexLen) throw new UnquoteError('invalid syntax');
      const v = parseInt(h, 16);
      i += hexLen;
      if (e === 'x') out += String.fromCharCode(v); // a byte; non-ASCII bytes cannot be represented exactly
      else {
        if (v > 0x10ffff || (v >= 0xd800 && v <= 0xdfff)) throw new UnquoteError('invalid syntax');
        out += String.fromCodePoint(v);
      }
      continue;
    }
    if (e !== undefined && e >= '0' && e <= '7') {
      const o = body.slice(i - 1, i + 2);
      if (!/^[0-7]{3}$/.test(o)) throw new UnquoteError('invalid syntax');
      const v = parseInt(o, 8);
      if (v > 255) throw new UnquoteError('invalid syntax');
      out += String.fromCharCode(v);
      i += 2;
      continue;
    }
    throw new UnquoteError('invalid syntax');
  }
  return out;
}

/** strconv.Unquote of a "..." or `...` literal. */
export function unquoteString(lit: string): string {
  if (lit.startsWith('`')) {
    if (lit.length < 2 || !lit.endsWith('`')) throw new UnquoteError('invalid syntax');
    return lit.slice(1, -1).replace(/\r/g, '');
  }
  if (lit.length < 2 || !lit.startsWith('"') || !lit.endsWith('"')) throw new UnquoteError('invalid syntax');
  return unescape(lit.slice(1, -1), '"');
}

/** The rune value of a '.' literal; throws UnquoteError when it is not exactly one character. */
export function unquoteChar(lit: string): number {
  if (lit.length < 3 || !lit.startsWith("'") || !lit.endsWith("'")) throw new UnquoteError('invalid syntax');
  const body = lit.slice(1, -1);
  const s = unescape(body, "'");
  const chars = [...s];
  if (chars.length !== 1) throw new UnquoteError('invalid syntax');
  return chars[0]!.codePointAt(0)!;
}
