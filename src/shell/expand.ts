// Word expansion in POSIX order: tilde, parameters, command substitution, arithmetic, then field
// splitting on unquoted results, pathname globbing, and quote removal.
import { ExpansionError, Incomplete } from './errors.ts';
import { expandGlob, hasWildcard, unescapePattern } from './glob.ts';
import { scanBacktick, scanBrace, scanDouble, scanParen } from './lexer.ts';
import type { Vfs } from '../vfs/vfs.ts';
import type { Dialect } from './messages.ts';
import { arrayKeys, arrayValues, indexKey, type ShellArray } from './arrays.ts';
import { arith, badSubstitution, listPieces, operatorOf, patternOperator, substringPieces, type Piece } from './expand-ops.ts';

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
  /** `<(…)` / `>(…)`: starts the command on a descriptor of the command being expanded; returns its /dev/fd path. */
  processSubst?(src: string, direction: '<' | '>'): Promise<string>;
  /** `set -u` */
  nounset?: boolean;
  /** An unclosed `$(` in a heredoc, `lines` lines before its end: report it (the substitution is empty). */
  unclosedSubst?(lines: number): void;
  /** Whose words to use in errors (default bash). */
  dialect?: Dialect;
  /** Bash's array of this name, if it is one. */
  getArray?(name: string): ShellArray | undefined;
}

const SPECIAL = /^[?$#!@*\-0-9]$/;

function isQuoteCtx(inDouble: boolean, c: string): boolean {
  return inDouble ? '$`"\\\n'.includes(c) : true;
}

/** Expands a word into pieces (before field splitting). */
async function toPieces(raw: string, host: ExpandHost, inDouble: boolean, tilde: boolean, arithmetic = false): Promise<Piece[]> {
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
    } else if (!inDouble && !arithmetic && (c === '<' || c === '>') && raw[i + 1] === '(' && host.processSubst) {
      // Only the lexer of a shell that has them leaves `<(` unquoted in a word (dash's says "(" unexpected).
      flush();
      const end = scanParen(raw, i + 2);
      out.push({ text: await host.processSubst(raw.slice(i + 2, end - 1), c), quoted: true, split: false });
      i = end;
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
      out.push({ text: (await host.commandSubst(src)).replace(TRAILING_NEWLINES, ''), quoted: inDouble, split: !inDouble });
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
          out.push({ text: (await host.commandSubst(raw.slice(i + 2, endSub - 1))).replace(TRAILING_NEWLINES, ''), quoted: inDouble, split: !inDouble });
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
        out.push({ text: (await host.commandSubst(raw.slice(i + 2, end - 1))).replace(TRAILING_NEWLINES, ''), quoted: inDouble, split: !inDouble });
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

const TRAILING_NEWLINES = /\n+$/; // command substitution drops them

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
  const sub = /^([#!]?)([A-Za-z_][A-Za-z0-9_]*)\[([^\]]*)\](.*)$/s.exec(body);
  if (sub) return subscripted(body, sub, host, inDouble);
  if (body.startsWith('#') && body.length > 1) {
    const name = body.slice(1);
    if (name === '@' || name === '*') return piece(String(host.positional().length));
    if (!/^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#!-])$/.test(name)) throw badSubstitution(body, host);
    return piece(String([...(lookup(name, host) ?? '')].length));
  }
  const m = /^([A-Za-z_][A-Za-z0-9_]*|[0-9]+|[?$#!@*-])(.*)$/s.exec(body);
  if (!m) throw badSubstitution(body, host);
  const [, name, rest] = m;
  if (rest === '') {
    if (name === '@' || name === '*') return paramPieces(name, host, inDouble);
    return piece(lookup(name, host) ?? '');
  }
  const whole = () => (name === '@' || name === '*' ? [host.special('0') ?? '', ...host.positional()] : (lookup(name, host) ?? ''));
  if (rest[0] === ':' && !operatorOf(rest) && host.dialect !== 'dash') return substringPieces(whole(), name, rest.slice(1), async (raw) => arith(await expandSingle(raw, host), host), host.getVar('IFS'), inDouble);
  const value = name === '@' || name === '*' ? host.positional().join(' ') : (/^[0-9]$/.test(name) || /^[?$#!-]$/.test(name) ? host.special(name) : host.getVar(name));
  return withOperator(body, name, value, rest, host, inDouble, /^[A-Za-z_]/.test(name) ? (v) => host.setVar(name, v) : null);
}

/** `${x op word}`: defaults, assignment, errors, alternatives, and the pattern operators. */
async function withOperator(body: string, name: string, value: string | undefined, rest: string, host: ExpandHost, inDouble: boolean, assign: ((v: string) => void) | null): Promise<Piece[]> {
  const piece = (text: string): Piece[] => [{ text, quoted: inDouble, split: !inDouble }];
  const op = operatorOf(rest);
  if (!op) throw badSubstitution(body, host);
  const word = rest.slice(op.length);
  const colon = op.startsWith(':');
  const unset = value === undefined || (colon && value === '');
  switch (op) {
    case ':-':
    case '-':
      return unset ? toPieces(word, host, inDouble, true) : piece(value!);
    case ':=':
    case '=': {
      if (!unset) return piece(value!);
      if (!assign) throw new ExpansionError(`$${name}: cannot assign in this way`, 1);
      const v = await expandSingle(word, host);
      assign(v);
      return piece(v);
    }
    case ':?':
    case '?': {
      if (!unset) return piece(value!);
      const msg = word === '' ? null : await expandSingle(word, host);
      throw new ExpansionError(`${name}: ${msg ?? 'parameter null or not set'}`, 1);
    }
    case ':+':
    case '+':
      return unset ? [] : toPieces(word, host, inDouble, true);
  }
  return piece(await patternOperator(op, word, value ?? '', tools(host)));
}

/** `${a[i]}`, `${a[@]}`, `${#a[@]}`, `${!a[@]}` and `${a[i]op…}` (bash only). */
async function subscripted(body: string, m: RegExpExecArray, host: ExpandHost, inDouble: boolean): Promise<Piece[]> {
  if ((host.dialect ?? 'bash') !== 'bash') throw badSubstitution(body, host);
  const [, prefix, name, subRaw, rest] = m;
  const piece = (text: string): Piece[] => [{ text, quoted: inDouble, split: !inDouble }];
  const arr = host.getArray?.(name);
  const scalar = arr ? undefined : host.getVar(name);
  const all = subRaw === '@' || subRaw === '*';
  if (prefix === '!') {
    if (!all || rest !== '') throw badSubstitution(body, host);
    return listPieces(arr ? arrayKeys(arr) : scalar === undefined ? [] : ['0'], subRaw, host.getVar('IFS'), inDouble);
  }
  if (all) {
    const values = arr ? arrayValues(arr) : scalar === undefined ? [] : [scalar];
    if (prefix === '#') return rest === '' ? piece(String(values.length)) : Promise.reject(badSubstitution(body, host));
    if (rest === '') return listPieces(values, subRaw, host.getVar('IFS'), inDouble);
    const op = operatorOf(rest);
    if (op && /^(#|##|%|%%|\/|\/\/)$/.test(op)) {
      const word = rest.slice(op.length);
      const mapped: string[] = [];
      for (const v of values) mapped.push(await patternOperator(op, word, v, tools(host)));
      return listPieces(mapped, subRaw, host.getVar('IFS'), inDouble);
    }
    return withOperator(body, name, values.length ? values.join(' ') : undefined, rest, host, inDouble, null);
  }
  let key: string | null;
  if (arr?.assoc) key = await expandSingle(subRaw, host);
  else {
    const index = arith(await expandSingle(subRaw, host), host);
    key = arr ? indexKey(arr, index) : String(index);
    if (key === null) throw new ExpansionError(`${name}: bad array subscript`, 1);
  }
  const value = arr ? arr.items.get(key) : key === '0' ? scalar : undefined;
  if (prefix === '#') return rest === '' ? piece(String([...(value ?? '')].length)) : Promise.reject(badSubstitution(body, host));
  if (rest === '') return piece(value ?? '');
  return withOperator(body, name, value, rest, host, inDouble, null);
}

function tools(host: ExpandHost) {
  return { pattern: (raw: string) => expandPattern(raw, host), single: (raw: string) => expandSingle(raw, host) };
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
  // An arithmetic expression's `<(` is a comparison, never a process substitution.
  const pieces = await toPieces(raw, host, false, true, keepDoubleQuotesInArith);
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

/** Expansion of the right side of `=~`: quoted characters match literally, the rest is a regular expression. */
export async function expandRegex(raw: string, host: ExpandHost): Promise<string> {
  const pieces = await toPieces(raw, host, false, true);
  return pieces.map((p) => (p.quoted ? p.text.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&') : p.text)).join('');
}

/** `$((…))`'s evaluation with each shell's words for its errors (for `[[ a -eq b ]]` and subscripts). */
export { arith as arithmetic };
