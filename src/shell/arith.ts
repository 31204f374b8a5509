// Shell arithmetic `$(( … ))`: C integer expressions over shell variables (64-bit wrap ignored; JS
// numbers truncated to integers), with assignment operators writing back to the variables.
import { ArithRecursion, ExpansionError } from './errors.ts';

/**
 * How deep a variable's value may be evaluated as arithmetic again. bash allows 1024 levels; each of
 * ours costs a few dozen JS frames, so the limit is lower, with bash's message when it is reached.
 */
export const MAX_ARITH_RECURSION = 127;

/**
 * Parentheses (and unary operators) nested deeper than this end in the recursion error instead of overflowing the stack. Real
 * bash and busybox evaluate deeper nesting; 1024 is bash's own recursion limit (MAX_EXPR_RECURSION_LEVEL).
 */
export const MAX_PAREN_DEPTH = 1024;

/** Variable access for arithmetic. */
export interface ArithVars {
  get(name: string): string | undefined;
  set(name: string, value: string): void;
}

type Tok = { t: 'num'; v: number } | { t: 'name'; v: string } | { t: 'op'; v: string };

const OPS = ['<<=', '>>=', '**', '++', '--', '<<', '>>', '<=', '>=', '==', '!=', '&&', '||', '+=', '-=', '*=', '/=', '%=', '&=', '|=', '^=',
  '+', '-', '*', '/', '%', '<', '>', '&', '|', '^', '!', '~', '?', ':', '=', '(', ')', ','];

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i];
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    const num = /^(0[xX][0-9a-fA-F]+|\d+(#[0-9a-zA-Z@_]+)?)/.exec(src.slice(i));
    if (num) {
      const text = num[0];
      let v: number;
      if (/^0[xX]/.test(text)) v = parseInt(text, 16);
      else if (text.includes('#')) {
        const [b, d] = text.split('#');
        v = parseInt(d, Number(b));
      } else if (text.length > 1 && text.startsWith('0')) {
        if (/[89]/.test(text)) throw new Error(`value too great for base (error token is "${text}")`);
        v = parseInt(text, 8);
      } else v = Number(text);
      out.push({ t: 'num', v });
      i += text.length;
      if (/[A-Za-z_]/.test(src[i] ?? '')) throw new Error(`value too great for base (error token is "${src.slice(i - text.length).trim()}")`);
      continue;
    }
    const name = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
    if (name) {
      out.push({ t: 'name', v: name[0] });
      i += name[0].length;
      continue;
    }
    const op = OPS.find((o) => src.startsWith(o, i));
    if (!op) throw new Error(`syntax error: operand expected (error token is "${src.slice(i)}")`);
    out.push({ t: 'op', v: op });
    i += op.length;
  }
  return out;
}

const BINARY: [string[], number][] = [
  [['||'], 1],
  [['&&'], 2],
  [['|'], 3],
  [['^'], 4],
  [['&'], 5],
  [['==', '!='], 6],
  [['<', '<=', '>', '>='], 7],
  [['<<', '>>'], 8],
  [['+', '-'], 9],
  [['*', '/', '%'], 10],
];
const PREC = new Map<string, number>();
for (const [ops, p] of BINARY) for (const o of ops) PREC.set(o, p);

/** Evaluates an arithmetic expression (already parameter-expanded); errors carry bash's wording. */
export function evaluateArith(src: string, vars: ArithVars, depth = 0): number {
  if (depth >= MAX_ARITH_RECURSION) throw new ArithRecursion(src.trim());
  if (src.trim() === '') return 0;
  let toks: Tok[];
  try {
    toks = tokenize(src);
  } catch (e) {
    throw new ExpansionError(`${src.trim()}: ${(e as Error).message}`, 1);
  }
  let pos = 0;
  let parens = 0;
  const fail = (): never => {
    const rest = toks.slice(pos).map((t) => String(t.v)).join(' ');
    throw new ExpansionError(`${src.trim()}: syntax error: ${pos >= toks.length ? 'operand expected' : 'invalid arithmetic operator'} (error token is "${rest}")`, 1);
  };
  const peekOp = (): string | undefined => (toks[pos]?.t === 'op' ? (toks[pos].v as string) : undefined);
  const readVar = (n: string): number => {
    const v = vars.get(n);
    if (v === undefined || v === '') return 0;
    const x = Number(v.trim());
    if (Number.isInteger(x)) return x;
    return evaluateArith(v, vars, depth + 1);
  };
  const toInt = (x: number): number => Math.trunc(x);

  const primary = (): number => {
    const t = toks[pos];
    if (!t) fail();
    if (t.t === 'num') {
      pos++;
      return t.v;
    }
    if (t.t === 'name') {
      pos++;
      const op = peekOp();
      if (op === '++' || op === '--') {
        pos++;
        const old = readVar(t.v);
        vars.set(t.v, String(op === '++' ? old + 1 : old - 1));
        return old;
      }
      if (op && ['=', '+=', '-=', '*=', '/=', '%=', '<<=', '>>=', '&=', '|=', '^='].includes(op)) {
        pos++;
        const rhs = assign();
        const cur = readVar(t.v);
        const v = op === '=' ? rhs : binop(op.slice(0, -1), cur, rhs);
        vars.set(t.v, String(v));
        return v;
      }
      return readVar(t.v);
    }
    if (t.v === '(') {
      if (++parens > MAX_PAREN_DEPTH) throw new ArithRecursion(src.trim().slice(0, 40));
      pos++;
      const v = comma();
      if (peekOp() !== ')') fail();
      pos++;
      parens--;
      return v;
    }
    if (t.v === '++' || t.v === '--') {
      pos++;
      const n = toks[pos];
      if (n?.t !== 'name') fail();
      pos++;
      const v = readVar(n.v as string) + (t.v === '++' ? 1 : -1);
      vars.set(n.v as string, String(v));
      return v;
    }
    if (t.v === '-' || t.v === '+' || t.v === '!' || t.v === '~') {
      if (++parens > MAX_PAREN_DEPTH) throw new ArithRecursion(src.trim().slice(0, 40));
      pos++;
      const v = unary();
      parens--;
      return t.v === '-' ? -v : t.v === '+' ? v : t.v === '!' ? Number(!v) : ~v;
    }
    return fail();
  };
  const unary = (): number => primary();
  const power = (): number => {
    const base = unary();
    if (peekOp() === '**') {
      pos++;
      const e = power();
      if (e < 0) throw new ExpansionError(`${src.trim()}: exponent less than 0 (error token is "${e}")`, 1);
      return toInt(base ** e);
    }
    return base;
  };
  const binop = (op: string, a: number, b: number): number => {
    switch (op) {
      case '+': return a + b;
      case '-': return a - b;
      case '*': return toInt(a * b);
      case '/':
      case '%': {
        if (b === 0) throw new ExpansionError(`${src.trim()}: division by 0 (error token is "${b}")`, 1);
        return op === '/' ? Math.trunc(a / b) : a % b;
      }
      case '<<': return a << b;
      case '>>': return a >> b;
      case '<': return Number(a < b);
      case '<=': return Number(a <= b);
      case '>': return Number(a > b);
      case '>=': return Number(a >= b);
      case '==': return Number(a === b);
      case '!=': return Number(a !== b);
      case '&': return a & b;
      case '^': return a ^ b;
      case '|': return a | b;
      case '&&': return Number(a !== 0 && b !== 0);
      case '||': return Number(a !== 0 || b !== 0);
    }
    return fail();
  };
  const binary = (minPrec: number): number => {
    let left = power();
    for (;;) {
      const op = peekOp();
      const p = op ? PREC.get(op) : undefined;
      if (p === undefined || p < minPrec) return left;
      pos++;
      const right = binary(p + 1);
      left = binop(op!, left, right);
    }
  };
  const ternary = (): number => {
    const c = binary(1);
    if (peekOp() !== '?') return c;
    pos++;
    const a = assign();
    if (peekOp() !== ':') fail();
    pos++;
    const b = assign();
    return c ? a : b;
  };
  const assign = (): number => ternary();
  const comma = (): number => {
    let v = assign();
    while (peekOp() === ',') {
      pos++;
      v = assign();
    }
    return v;
  };
  const v = comma();
  if (pos < toks.length) fail();
  return v;
}
