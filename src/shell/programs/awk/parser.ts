// Recursive-descent parser for the POSIX awk grammar: items (patterns and actions, functions) and
// statements; expressions are in expr-parser.ts.
import type { AwkProgram, Expr, Func, Item, Redirect, Stmt } from './ast.ts';
import { tokenize } from './lexer.ts';
import { ExprParser } from './expr-parser.ts';

const PRINT_END = new Set([';', 'NEWLINE', '}', '>', '>>', '|', 'EOF']);

/** Parses awk program text; throws AwkSyntaxError with awk's wording. */
export function parseAwk(src: string): AwkProgram {
  return new Parser(tokenize(src)).program();
}

class Parser extends ExprParser {
  program(): AwkProgram {
    const items: Item[] = [];
    const funcs = new Map<string, Func>();
    for (;;) {
      while (this.is('NEWLINE') || this.is(';')) this.pos++;
      if (this.is('EOF')) return { items, funcs };
      if (this.eat('function')) {
        const name = this.is('FUNC_NAME') || this.is('NAME') ? this.next().text : this.fail();
        this.expect('(');
        const params: string[] = [];
        while (!this.is(')')) {
          params.push(this.expect('NAME').text);
          if (!this.eat(',')) break;
          this.nls();
        }
        this.expect(')');
        this.nls();
        funcs.set(name, { params, body: this.block() });
        continue;
      }
      if (this.eat('BEGIN')) items.push({ pattern: { k: 'begin' }, action: this.block() });
      else if (this.eat('END')) items.push({ pattern: { k: 'end' }, action: this.block() });
      else if (this.is('{')) items.push({ pattern: { k: 'always' }, action: this.block() });
      else {
        const from = this.expr();
        let pattern: Item['pattern'] = { k: 'expr', e: from };
        if (this.eat(',')) {
          this.nls();
          pattern = { k: 'range', from, to: this.expr() };
        }
        items.push({ pattern, action: this.is('{') ? this.block() : undefined });
      }
    }
  }

  private block(): Stmt[] {
    this.expect('{');
    const body: Stmt[] = [];
    for (;;) {
      while (this.is('NEWLINE') || this.is(';')) this.pos++;
      if (this.eat('}')) return body;
      body.push(this.stmt());
    }
  }

  // A simple statement ends at `;`, a newline, or before `}`.
  private end(): void {
    if (this.eat(';') || this.eat('NEWLINE')) return;
    if (this.is('}') || this.is('EOF')) return;
    this.fail();
  }

  private body(): Stmt {
    this.nls();
    if (this.eat(';')) return { k: 'block', body: [] };
    return this.stmt();
  }

  private stmt(): Stmt {
    if (this.is('{')) return { k: 'block', body: this.block() };
    if (this.eat('if')) {
      this.expect('(');
      const c = this.expr();
      this.expect(')');
      const then = this.body();
      const save = this.pos;
      while (this.is('NEWLINE') || this.is(';')) this.pos++;
      if (this.eat('else')) return { k: 'if', c, then, else: this.body() };
      this.pos = save;
      return { k: 'if', c, then };
    }
    if (this.eat('while')) {
      this.expect('(');
      const c = this.expr();
      this.expect(')');
      if (this.is(';')) {
        this.next();
        return { k: 'while', c, body: { k: 'block', body: [] } };
      }
      return { k: 'while', c, body: this.body() };
    }
    if (this.eat('do')) {
      const body = this.body();
      while (this.is('NEWLINE') || this.is(';')) this.pos++;
      this.expect('while');
      this.expect('(');
      const c = this.expr();
      this.expect(')');
      this.end();
      return { k: 'do', body, c };
    }
    if (this.eat('for')) return this.forStmt();
    const s = this.simple();
    this.end();
    return s;
  }

  private forStmt(): Stmt {
    this.expect('(');
    if (this.is('NAME') && this.toks[this.pos + 1].kind === 'in' && this.toks[this.pos + 2].kind === 'NAME' && this.toks[this.pos + 3].kind === ')') {
      const v: Expr = { k: 'var', name: this.next().text };
      this.next();
      const arr = this.next().text;
      this.next();
      return { k: 'forin', v, arr, body: this.body() };
    }
    const init = this.is(';') ? undefined : this.simple();
    this.expect(';');
    this.nls();
    const c = this.is(';') ? undefined : this.expr();
    this.expect(';');
    this.nls();
    const step = this.is(')') ? undefined : this.simple();
    this.expect(')');
    if (this.is(';')) {
      this.next();
      return { k: 'for', init, c, step, body: { k: 'block', body: [] } };
    }
    return { k: 'for', init, c, step, body: this.body() };
  }

  private simple(): Stmt {
    const t = this.t.kind;
    if (t === 'print' || t === 'printf') {
      this.next();
      const args = this.printArgs();
      if (t === 'printf' && args.length === 0) this.fail();
      let redirect: Redirect | undefined;
      if (this.is('>') || this.is('>>') || this.is('|')) {
        const mode = this.next().kind as Redirect['mode'];
        redirect = { mode, dest: this.concat() };
      }
      return { k: t, args, redirect };
    }
    if (t === 'next' || t === 'nextfile' || t === 'break' || t === 'continue') {
      this.next();
      return { k: t };
    }
    if (t === 'exit' || t === 'return') {
      this.next();
      return { k: t, e: this.is(';') || this.is('NEWLINE') || this.is('}') || this.is('EOF') ? undefined : this.expr() };
    }
    if (this.eat('delete')) {
      const name = this.expect('NAME').text;
      if (!this.eat('[')) return { k: 'delete', name };
      const subs = this.exprList();
      this.expect(']');
      return { k: 'delete', name, subs };
    }
    return { k: 'expr', e: this.expr() };
  }

  private printArgs(): Expr[] {
    if (PRINT_END.has(this.t.kind)) return [];
    if (this.is('(')) {
      const save = this.pos;
      this.next();
      const list = this.exprList();
      if (this.eat(')') && PRINT_END.has(this.t.kind)) return list;
      this.pos = save;
    }
    const saved = this.noGt;
    this.noGt = true;
    try {
      return this.exprList();
    } finally {
      this.noGt = saved;
    }
  }
}
