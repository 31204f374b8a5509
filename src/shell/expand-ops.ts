// The parts of parameter expansion that need no recursion into words: the pattern operators
// (`#`, `%`, `/`), how an array's elements become fields, and each shell's "bad substitution".
import { ArithRecursion, ExpansionError } from './errors.ts';
import { evaluateArith } from './arith.ts';
import { globMatch, patternSource } from './glob.ts';
import type { Dialect } from './messages.ts';

/** How the operators expand their pattern and replacement words. */
export interface WordTools {
  pattern(raw: string): Promise<string>;
  single(raw: string): Promise<string>;
}

/** A piece of an expanded word, before field splitting. */
export interface Piece {
  text: string;
  quoted: boolean;
  split: boolean;
  breakBefore?: boolean; // "$@": start a new field
}

/** The operator at the start of what follows a parameter's name (`:-`, `##`, `//`, …). */
export function operatorOf(rest: string): string | undefined {
  return /^(:-|:=|:\?|:\+|-|=|\?|\+|##|#|%%|%|\/\/|\/)/.exec(rest)?.[0];
}

/** `${x#pat}`, `${x%%pat}`, `${x/pat/rep}` and their kin applied to one value. */
export async function patternOperator(op: string, word: string, v: string, tools: WordTools): Promise<string> {
  if (op === '#' || op === '##') {
    const pat = await tools.pattern(word);
    for (let k = op === '#' ? 0 : v.length; op === '#' ? k <= v.length : k >= 0; op === '#' ? k++ : k--) {
      if (globMatch(pat, v.slice(0, k))) return v.slice(k);
    }
    return v;
  }
  if (op === '%' || op === '%%') {
    const pat = await tools.pattern(word);
    for (let k = op === '%' ? v.length : 0; op === '%' ? k >= 0 : k <= v.length; op === '%' ? k-- : k++) {
      if (globMatch(pat, v.slice(k))) return v.slice(0, k);
    }
    return v;
  }
  // ${x/pat/rep} and ${x//pat/rep} (bash and ash both have them)
  // ${x/#pat/rep} and ${x/%pat/rep} anchor the pattern at the start or the end (longest match).
  const anchor = op === '/' && (word[0] === '#' || word[0] === '%') ? word[0] : '';
  const subst = anchor ? word.slice(1) : word;
  const slash = findUnescapedSlash(subst);
  const patRaw = slash < 0 ? subst : subst.slice(0, slash);
  const rep = slash < 0 ? '' : await tools.single(subst.slice(slash + 1));
  const p2 = await tools.pattern(patRaw);
  if (p2 === '' && !anchor) return v;
  const src = patternSource(p2);
  const re = new RegExp(anchor === '#' ? `^(?:${src})` : anchor === '%' ? `(?:${src})$` : src, op === '//' ? 'g' : '');
  return v.replace(re, () => rep);
}

/** `${x:offset:length}` of a value, or of the positional parameters (`${@:2}`, an array with $0 first). */
export async function substringPieces(whole: string | string[], name: string, spec: string, evaluate: (raw: string) => Promise<number>, ifs: string | undefined, inDouble: boolean): Promise<Piece[]> {
  const items = typeof whole === 'string' ? [...whole] : whole;
  const [from, to] = await substringRange(spec, items.length, evaluate);
  if (typeof whole !== 'string') return listPieces(items.slice(from, to), name, ifs, inDouble);
  return [{ text: items.slice(from, to).join(''), quoted: inDouble, split: !inDouble }];
}

// The [from, to) slice `offset[:length]` names in `n` items: negative counts from the end, as bash and busybox ash do.
async function substringRange(spec: string, n: number, evaluate: (raw: string) => Promise<number>): Promise<[number, number]> {
  let depth = 0;
  let colon = -1;
  for (let i = 0; i < spec.length && colon < 0; i++) {
    if (spec[i] === '(') depth++;
    else if (spec[i] === ')') depth--;
    else if (spec[i] === ':' && depth === 0) colon = i;
  }
  let from = await evaluate(colon < 0 ? spec : spec.slice(0, colon));
  if (from < 0) from += n;
  if (from < 0 || from > n) return [0, 0];
  if (colon < 0) return [from, n];
  const length = await evaluate(spec.slice(colon + 1));
  const to = length < 0 ? n + length : from + length;
  return [from, Math.max(from, Math.min(to, n))];
}

/** A bad `${…}` in each shell's words: bash names it; busybox and dash do not. */
export function badSubstitution(body: string, host: { dialect?: Dialect }): ExpansionError {
  if (host.dialect === 'ash') return new ExpansionError('syntax error: bad substitution', 2, 2);
  if (host.dialect === 'dash') return new ExpansionError('Bad substitution', 2, 2);
  return new ExpansionError(`\${${body}}: bad substitution`, 1);
}

/** Elements as `"${a[@]}"` (one field each) or `"${a[*]}"` (joined by IFS's first character) give them. */
export function listPieces(values: string[], sub: string, ifs: string | undefined, inDouble: boolean): Piece[] {
  if (sub === '*' && inDouble) return [{ text: values.join((ifs ?? ' ').slice(0, 1)), quoted: true, split: false }];
  return values.map((v, k) => ({ text: v, quoted: inDouble, split: !inDouble, breakBefore: k > 0 }));
}

function findUnescapedSlash(s: string): number {
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\') i++;
    else if (s[i] === '/') return i;
  }
  return -1;
}

/** `$((…))` with each shell's words for a value that refers to itself. */
export function arith(expr: string, host: { getVar(name: string): string | undefined; setVar(name: string, value: string): void; dialect?: Dialect }): number {
  try {
    return evaluateArith(expr, { get: (k) => host.getVar(k), set: (k, val) => host.setVar(k, val) });
  } catch (e) {
    if (!(e instanceof ArithRecursion)) throw e;
    if (host.dialect === 'ash') throw new ExpansionError('expression recursion loop detected', 2, 2);
    throw new ExpansionError(`${e.token}: expression recursion level exceeded (error token is "${e.token}")`, 1, 1);
  }
}
