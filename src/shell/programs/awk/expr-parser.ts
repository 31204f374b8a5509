// awk expressions by precedence: assignment, ?:, ||, &&, in, ~ !~, comparison (and `cmd | getline`),
// concatenation, + -, * / %, unary, ^, ++ --, $, primary.
import type { Expr } from './ast.ts';
import { TokenCursor } from './cursor.ts';

const ASSIGN_OPS = new Set(['=', '+=', '-=', '*=', '/=', '%=', '^=']);
const COMPARE_OPS = new Set(['<', '<=', '==', '!=', '>', '>=']);
const CONCAT_START = new Set(['NUMBER', 'STRING', 'ERE', 'NAME', 'FUNC_NAME', 'BUILTIN', '$', '!', '(', '-', '+', '++', '--']);

/** The expression layer of the parser. */
export class ExprParser extends TokenCursor {
  protected exprList(): Expr[] {
    const list = [this.expr()];
    while (this.eat(',')) {
      this.nls();
      list.push(this.expr());
    }
    return list;
  }

  /** expr: assignment or ternary. */
  expr(): Expr {
    const left = this.ternary();
    if (ASSIGN_OPS.has(this.t.kind) && (left.k === 'var' || left.k === 'index' || left.k === 'field')) {
      const op = this.next().kind;
      this.nls();
      return { k: 'assign', op, target: left, value: this.expr() };
    }
    return left;
  }

  protected ternary(): Expr {
    const c = this.or();
    if (!this.eat('?')) return c;
    this.nls();
    const a = this.expr();
    this.nls();
    this.expect(':');
    this.nls();
    return { k: 'cond', c, a, b: this.expr() };
  }

  // `||` and `&&` are left-associative, and a newline may follow either.
  protected or(): Expr {
    let a = this.and();
    while (this.eat('||')) a = { k: 'or', a, b: (this.nls(), this.and()) };
    return a;
  }

  protected and(): Expr {
    let a = this.inExpr();
    while (this.eat('&&')) a = { k: 'and', a, b: (this.nls(), this.inExpr()) };
    return a;
  }

  protected inExpr(): Expr {
    let a = this.matchExpr();
    while (this.eat('in')) a = { k: 'in', subs: [a], name: this.expect('NAME').text };
    return a;
  }

  protected matchExpr(): Expr {
    let a = this.compare();
    while (this.is('~') || this.is('!~')) {
      const neg = this.next().kind === '!~';
      a = { k: 'match', neg, a, re: this.compare() };
    }
    return a;
  }

  protected compare(): Expr {
    let a = this.concat();
    for (;;) {
      if (this.is('|') && this.toks[this.pos + 1].kind === 'getline') {
        this.pos += 2;
        a = { k: 'getline', cmd: a, target: this.optLvalue() };
        continue;
      }
      if (COMPARE_OPS.has(this.t.kind) && !(this.noGt && this.is('>'))) {
        const op = this.next().kind;
        return { k: 'bin', op, a, b: this.concat() };
      }
      return a;
    }
  }

  protected concat(): Expr {
    let a = this.additive();
    while (CONCAT_START.has(this.t.kind) && !this.is('!')) a = { k: 'concat', a, b: this.additive() };
    return a;
  }

  protected additive(): Expr {
    let a = this.mult();
    while (this.is('+') || this.is('-')) {
      const op = this.next().kind;
      a = { k: 'bin', op, a, b: this.mult() };
    }
    return a;
  }

  protected mult(): Expr {
    let a = this.unary();
    while (this.is('*') || this.is('/') || this.is('%')) {
      const op = this.next().kind;
      a = { k: 'bin', op, a, b: this.unary() };
    }
    return a;
  }

  protected unary(): Expr {
    if (this.is('!') || this.is('-') || this.is('+')) {
      const op = this.next().kind;
      return { k: 'unary', op, e: this.unary() };
    }
    return this.power();
  }

  protected power(): Expr {
    const a = this.postfix();
    if (!this.eat('^')) return a;
    // Right-associative, and binds tighter than a unary minus on its left: -2^2 is -4; 2^-1 is 0.5.
    const b = this.is('-') || this.is('+') || this.is('!') ? { k: 'unary' as const, op: this.next().kind, e: this.power() } : this.power();
    return { k: 'bin', op: '^', a, b };
  }

  protected postfix(): Expr {
    if (this.is('++') || this.is('--')) {
      const op = this.next().kind as '++' | '--';
      return { k: 'incr', op, prefix: true, target: this.lvalue() };
    }
    const e = this.primary();
    if ((this.is('++') || this.is('--')) && (e.k === 'var' || e.k === 'index' || e.k === 'field')) {
      return { k: 'incr', op: this.next().kind as '++' | '--', prefix: false, target: e };
    }
    return e;
  }

  protected lvalue(): Expr {
    if (this.eat('$')) return { k: 'field', e: this.fieldOperand() };
    const name = this.expect('NAME').text;
    if (!this.eat('[')) return { k: 'var', name };
    const subs = this.exprList();
    this.expect(']');
    return { k: 'index', name, subs };
  }

  protected optLvalue(): Expr | undefined {
    return this.is('NAME') || this.is('$') ? this.lvalue() : undefined;
  }

  // `$` applies to the next primary (with a prefix ++/-- or a minus): `$NF-1` is ($NF)-1, `$i++` is ($i)++.
  protected fieldOperand(): Expr {
    if (this.is('++') || this.is('--')) {
      const op = this.next().kind as '++' | '--';
      return { k: 'incr', op, prefix: true, target: this.lvalue() };
    }
    if (this.is('-') || this.is('!')) return { k: 'unary', op: this.next().kind, e: this.fieldOperand() };
    return this.primary();
  }

  protected primary(): Expr {
    const t = this.next();
    switch (t.kind) {
      case 'NUMBER':
        return { k: 'num', v: t.num! };
      case 'STRING':
        return { k: 'str', v: t.text };
      case 'ERE':
        return { k: 're', src: t.text };
      case '$':
        return { k: 'field', e: this.fieldOperand() };
      case '(': {
        const savedGt = this.noGt;
        this.noGt = false;
        const list = this.exprList();
        this.noGt = savedGt;
        this.expect(')');
        if (list.length > 1) {
          this.expect('in');
          return { k: 'in', subs: list, name: this.expect('NAME').text };
        }
        return { k: 'group', e: list[0] };
      }
      case 'NAME': {
        if (!this.eat('[')) return { k: 'var', name: t.text };
        const subs = this.exprList();
        this.expect(']');
        return { k: 'index', name: t.text, subs };
      }
      case 'FUNC_NAME': {
        this.expect('(');
        const args = this.is(')') ? [] : this.exprList();
        this.expect(')');
        return { k: 'call', name: t.text, args };
      }
      case 'BUILTIN': {
        if (!this.eat('(')) {
          if (t.text === 'length') return { k: 'builtin', name: 'length', args: [] };
          this.pos--;
          this.fail();
        }
        const args = this.is(')') ? [] : this.exprList();
        this.expect(')');
        return { k: 'builtin', name: t.text, args };
      }
      case 'getline': {
        const target = this.optLvalue();
        if (this.eat('<')) return { k: 'getline', target, file: this.primary() };
        return { k: 'getline', target };
      }
      case '-':
      case '+':
      case '!':
        return { k: 'unary', op: t.kind, e: this.unary() };
      default:
        this.pos--;
        return this.fail();
    }
  }
}
