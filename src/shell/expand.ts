// Word expansion in POSIX order: tilde, parameters, command substitution, arithmetic, then field
// splitting on unquoted results, pathname globbing, and quote removal.
import { evaluateArith } from './arith.ts';
import { ArithRecursion, ExpansionError, Incomplete } from './errors.ts';
import { expandGlob, globMatch, hasWildcard, patternSource, unescapePattern } from './glob.ts';
import { scanBacktick, scanBrace, scanDouble, scanParen } from './lexer.ts';
import type { Vfs } from '../vfs/vfs.ts';

/** What expansion needs from the shell. */
export interface ExpandHost {
  fs: Vfs;
  cwd: string;
  getVar(name: string): string | undefined;
  setVar(name: string, value: string): void;
  /** `$?`, `$$`, `$#`, `$0`…, `$!`, `$-`; undefined for unset positionals. */
  special(name: string): string | undefined;
  positional(): string[];
  /** Runs `$(…)` and returns its stdout. */
  commandSubst(src: string): Promise<string>;
  /** `set -u` */
  nounset?: boolean;
  /** An unclosed `$(` in a heredoc, `lines` lines before its end: report it (the substitution is empty). */
  unclosedSubst?(lines: number): void;
  /** Whose words to use in errors (default bash). */
  dialect?: 'bash' | 'ash';
}

interface Piece {
  text: string;
  quoted: boolean;
  split: boolean;
  breakBefore?: boolean; // "$@": start a new field
}

const SPECIAL = /^[?$#!@*\-0-9]$/;

function isQuoteCtx(inDouble: boolean, c: string): boolean {
  return inDouble ? '$`"\\\n'.includes(c) : true;
}

/** Expands a word into pieces (before field splitting). */
async function toPieces(raw: string, host: ExpandHost, inDouble: boolean, tilde: boolean): Promise<Piece[]> {
  const out: Piece[] = [];
  let lit = '';
  const flush = () => {
    if (lit) out.push({ text: lit, quoted: inDouble, split: false });
    lit = '';
  };
  let i = 0;
  if (tilde && !inDouble && raw.startsWith('~')) {
    const m = /^~([A-Za-z0-9_.-]*)(?=\/|$)/.exec(raw);
    if (m) {
      const home = m[1] === '' ? host.getVar('HOME') : m[1] === 'root' ? '/root' : undefined;
      if (home !== undefined) {
        out.push({ text: home, quoted: true, split: false });
        i = m[0].length;
      }
    }
  }
  while (i < raw.length) {
    const c = raw[i];
    if (c === '\\') {
      const n = raw[i + 1];
      if (n === undefined) {
        lit += '\\';
        i++;
      } else if (isQuoteCtx(inDouble, n)) {
        flush();
        if (n !== '\n') out.push({ text: n, quoted: true, split: false });
        i += 2;
      } else {
        lit += '\\' + n;
        i += 2;
      }
    } else if (c === "'" && !inDouble) {
      flush();
      const end = raw.indexOf("'", i + 1);
      const e = end < 0 ? raw.length : end;
      out.push({ text: raw.slice(i + 1, e), quoted: true, split: false });
      i = e + 1;
    } else if (c === '"' && !inDouble) {
      flush();
      const end = scanDouble(raw, i + 1);
      const inner = await toPieces(raw.slice(i + 1, end - 1), host, true, false);
      if (inner.length === 0) out.push({ text: '', quoted: true, split: false });
      out.push(...inner);
      i = end;
    } else if (c === '`') {
      flush();
      let end: number;
      try {
        end = scanBacktick(raw, i + 1);
      } catch (e) {
        // An unclosed backquote can only be left in a heredoc body: bash reports it as a bad substitution.
        if (!(e instanceof Incomplete)) throw e;
        throw new ExpansionError(`bad substitution: no closing "\`" in ${raw.slice(i).split('\n')[0]}`, 1);
      }
      const src = raw.slice(i + 1, end - 1).replace(/\\([$`\\])/g, '$1');
      out.push({ text: stripNewlines(await host.commandSubst(src)), quoted: inDouble, split: !inDouble });
      i = end;
    } else if (c === '$') {
      const n = raw[i + 1];
      if (n === '(' && raw[i + 2] === '(') {
        flush();
        let end: number;
        try {
          end = scanParen(raw, i + 2);
        } catch (e) {
          // An unclosed `$((` can only be left in a heredoc body: bash reports it as a bad substitution.
          if (!(e instanceof Incomplete)) throw e;
          throw new ExpansionError(`bad substitution: no closing \`)' in ${raw.slice(raw.lastIndexOf('\n', i) + 1).split('\n')[0]}`, 1);
        }
        const exprRaw = raw.slice(i + 3, end - 2);
        if (raw[end - 2] === ')') {
          const expr = await expandSingle(exprRaw, host, true);
          const v = arith(expr, host);
          out.push({ text: String(v), quoted: inDouble, split: !inDouble });
          i = end;
        } else {
          const endSub = scanParen(raw, i + 2);
          out.push({ text: stripNewlines(await host.commandSubst(raw.slice(i + 2, endSub - 1))), quoted: inDouble, split: !inDouble });
          i = endSub;
        }
      } else if (n === '(') {
        flush();
        let end: number;
        try {
          end = scanParen(raw, i + 2);
        } catch (e) {
          // Only a heredoc body can hold an unclosed `$(` by now (the parser rejects it elsewhere).
          if (!(e instanceof Incomplete) || !host.unclosedSubst) throw e;
          host.unclosedSubst(raw.slice(i).split('\n').length);
          i = raw.length;
          continue;
        }
        out.push({ text: stripNewlines(await host.commandSubst(raw.slice(i + 2, end - 1))), quoted: inDouble, split: !inDouble });
        i = end;
      } else if (n === '{') {
        flush();
        let end: number;
        try {
          end = scanBrace(raw, i + 2);
        } catch (e) {
          // An unclosed `${` can only be left in a heredoc body: bash names the rest of it as a bad substitution.
          if (!(e instanceof Incomplete)) throw e;
          throw new ExpansionError(`${raw.slice(i)}: bad substitution`, 1);
        }
        out.push(...(await braceParam(raw.slice(i + 2, end - 1), host, inDouble)));
        i = end;
      } else if (n !== undefined && SPECIAL.test(n)) {
        flush();
        out.push(...paramPieces(n, host, inDouble));
        i += 2;
      } else if (n !== undefined && /[A-Za-z_]/.test(n)) {
        flush();
        const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(raw.slice(i + 1))!;
        const v = lookup(m[0], host);
        out.push({ text: v ?? '', quoted: inDouble, split: !inDouble });
        i += 1 + m[0].length;
      } else {
        lit += '$';
        i++;
      }
    } else {
      lit += c;
      i++;
    }
  }
  flush();
  return out;
}

// $((…)) with each shell's words for a value that refers to itself.
function arith(expr: string, host: ExpandHost): number {
  try {
    return evaluateArith(expr, { get: (k) => host.getVar(k), set: (k, val) => host.setVar(k, val) });
  } catch (e) {
    if (!(e instanceof ArithRecursion)) throw e;
    if (host.dialect === 'ash') throw new ExpansionError('expression recursion loop detected', 2, 2);
    throw new ExpansionError(`${e.token}: expression recursion level exceeded (error token is "${e.token}")`, 1, 1);
  }
}

function lookup(name: string, host: ExpandHost): string | undefined {
  const v = /^[0-9]$/.test(name) || SPECIAL.test(name) ? host.special(name) : host.getVar(name);
  if (v === undefined && host.nounset && name !== '@' && name !== '*') throw new ExpansionError(`${name}: ${host.dialect === 'ash' ? 'parameter not set' : 'unbound variable'}`, 1);
  return v;
}

function paramPieces(name: string, host: ExpandHost, inDouble: boolean): Piece[] {
  if (name === '@' || name === '*') {
    const args = host.positional();
    if (name === '*' || !inDouble) {
      const sep = inDouble ? (host.getVar('IFS') ?? ' ').slice(0, 1) : ' ';
      if (!inDouble) return args.map((a, k) => ({ text: a, quoted: false, split: true, breakBefore: k > 0 }));
      return [{ text: args.join(sep), quoted: true, split: false }];
    }
    return args.map((a, k) => ({ text: a, quoted: true, split: false, breakBefore: k > 0 }));
  }
  return [{ text: lookup(name, host) ?? '', quoted: inDouble, split: !inDouble }];
}

async function braceParam(body: string, host: ExpandHost, inDouble: boolean): Promise<Piece[]> {
  const piece = (text: string): Piece[] => [{ text, quoted: inDouble, split: !inDouble }];
  if (body.startsWith('#') && body.length > 1) {
    const name = body.slice(1);
    if (name === '@' || name === '*') return piece(String(host.positional().length));
    if (!/^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#!-])$/.test(name)) throw new ExpansionError(`\${${body}}: bad substitution`, 1);
    return piece(String([...(lookup(name, host) ?? '')].length));
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#!@*-])(.*)$/s.exec(body);
  if (!m) throw new ExpansionError(`\${${body}}: bad substitution`, 1);
  const [, name, rest] = m;
  if (rest === '') {
    if (name === '@' || name === '*') return paramPieces(name, host, inDouble);
    return piece(lookup(name, host) ?? '');
  }
  const op = /^(:-|:=|:\?|:\+|-|=|\?|\+|##|#|%%|%|\/\/|\/)/.exec(rest)?.[0];
  if (!op) throw new ExpansionError(`\${${body}}: bad substitution`, 1);
  const word = rest.slice(op.length);
  const value = name === '@' || name === '*' ? host.positional().join(' ') : (/^[0-9]$/.test(name) || /^[?$#!-]$/.test(name) ? host.special(name) : host.getVar(name));
  const colon = op.startsWith(':');
  const unset = value === undefined || (colon && value === '');
  switch (op) {
    case ':-':
    case '-':
      return unset ? toPieces(word, host, inDouble, true) : piece(value!);
    case ':=':
    case '=': {
      if (!unset) return piece(value!);
      if (!/^[A-Za-z_]/.test(name)) throw new ExpansionError(`$${name}: cannot assign in this way`, 1);
      const v = await expandSingle(word, host);
      host.setVar(name, v);
      return piece(v);
    }
    case ':?':
    case '?': {
      if (!unset) return piece(value!);
      const msg = word === '' ? null : await expandSingle(word, host);
      throw new ExpansionError(`${name}: ${msg ?? (value === undefined && !colon ? 'parameter null or not set' : 'parameter null or not set')}`, 1);
    }
    case ':+':
    case '+':
      return unset ? [] : toPieces(word, host, inDouble, true);
  }
  const v = value ?? '';
  const pat = await expandPattern(word, host);
  if (op === '#' || op === '##') {
    for (let k = op === '#' ? 0 : v.length; op === '#' ? k <= v.length : k >= 0; op === '#' ? k++ : k--) {
      if (globMatch(pat, v.slice(0, k))) return piece(v.slice(k));
    }
    return piece(v);
  }
  if (op === '%' || op === '%%') {
    for (let k = op === '%' ? v.length : 0; op === '%' ? k >= 0 : k <= v.length; op === '%' ? k-- : k++) {
      if (globMatch(pat, v.slice(k))) return piece(v.slice(0, k));
    }
    return piece(v);
  }
  // ${x/pat/rep} and ${x//pat/rep} (bash and ash both have them)
  // ${x/#pat/rep} and ${x/%pat/rep} anchor the pattern at the start or the end (longest match).
  const anchor = op === '/' && (word[0] === '#' || word[0] === '%') ? word[0] : '';
  const subst = anchor ? word.slice(1) : word;
  const slash = findUnescapedSlash(subst);
  const patRaw = slash < 0 ? subst : subst.slice(0, slash);
  const rep = slash < 0 ? '' : await expandSingle(subst.slice(slash + 1), host);
  const p2 = await expandPattern(patRaw, host);
  if (p2 === '' && !anchor) return piece(v);
  const src = patternSource(p2);
  const re = new RegExp(anchor === '#' ? `^(?:${src})` : anchor === '%' ? `(?:${src})$` : src, op === '//' ? 'g' : '');
  return piece(v.replace(re, () => rep));
}

function findUnescapedSlash(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '/') return i;
  }
  return -1;
}

function stripNewlines(s: string): string {
  return s.replace(/\n+$/, '');
}

interface Field {
  text: string;
  pattern: string;
  glob: boolean;
  started: boolean;
}

/** Full expansion of a command word: may give zero, one or many fields. */
export async function expandFields(raw: string, host: ExpandHost): Promise<string[]> {
  const pieces = await toPieces(raw, host, false, true);
  const ifs = host.getVar('IFS') ?? ' \t\n';
  const fields: Field[] = [];
  let cur: Field = { text: '', pattern: '', glob: false, started: false };
  const push = () => {
    if (cur.started) fields.push(cur);
    cur = { text: '', pattern: '', glob: false, started: false };
  };
  const add = (text: string, quoted: boolean) => {
    cur.text += text;
    cur.pattern += quoted ? text.replace(/[\\*?[\]]/g, '\\$&') : text;
    if (!quoted && hasWildcard(text)) cur.glob = true;
    cur.started = true;
  };
  for (const p of pieces) {
    if (p.breakBefore) push();
    if (p.quoted) {
      add(p.text, true);
      continue;
    }
    if (!p.split || ifs === '') {
      add(p.text, false);
      continue;
    }
    // split on IFS characters; runs of IFS whitespace count as one separator
    let k = 0;
    const t = p.text;
    while (k < t.length) {
      if (ifs.includes(t[k])) {
        const ws = ' \t\n'.includes(t[k]);
        push();
        k++;
        if (ws) while (k < t.length && ifs.includes(t[k]) && ' \t\n'.includes(t[k])) k++;
        continue;
      }
      let j = k;
      while (j < t.length && !ifs.includes(t[j])) j++;
      add(t.slice(k, j), false);
      k = j;
    }
  }
  push();
  const out: string[] = [];
  for (const f of fields) {
    if (f.glob) {
      const matches = expandGlob(host.fs, host.cwd, f.pattern);
      if (matches.length) {
        out.push(...matches);
        continue;
      }
    }
    out.push(f.text);
  }
  return out;
}

/** Expansion without splitting or globbing (assignments, redirect targets, `case` words). */
export async function expandSingle(raw: string, host: ExpandHost, keepDoubleQuotesInArith = false): Promise<string> {
  void keepDoubleQuotesInArith;
  const pieces = await toPieces(raw, host, false, true);
  // "$@" in a single-word context joins its fields with spaces
  return pieces.map((p) => (p.breakBefore ? ' ' : '') + p.text).join('');
}

/** Expansion to a pattern: quoted characters are escaped so they match literally (`case`, `${x#pat}`). */
export async function expandPattern(raw: string, host: ExpandHost): Promise<string> {
  const pieces = await toPieces(raw, host, false, true);
  return pieces.map((p) => (p.quoted ? p.text.replace(/[\\*?[\]]/g, '\\$&') : p.text)).join('');
}

/** Expands a heredoc body: parameters, `$(…)`, arithmetic and `\$ \` \\` only; quotes stay literal. */
export async function expandHeredoc(body: string, host: ExpandHost): Promise<string> {
  // Treat the body as if in double quotes, but a `"` is an ordinary character.
  const parts = body.split('"');
  const out: string[] = [];
  for (const part of parts) out.push((await toPieces(part, host, true, false)).map((p) => p.text).join(''));
  return out.join('"');
}

export { unescapePattern };
