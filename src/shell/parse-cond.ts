// Parses bash's `[[ … ]]` after the `[[`: `!`, `&&`, `||`, parentheses, unary file and string tests,
// and binary comparisons (`==` globs, `=~` regular expressions, `<`/`>` by string order).
import type { CondExpr } from './ast.ts';
import { Incomplete, ShellSyntaxError } from './errors.ts';
import type { Lexer, Token } from './lexer.ts';

/** The unary operators of `[[ … ]]` (file tests, `-z`/`-n`, `-v`, `-o`, `-t`). */
export const COND_UNARY = new Set(['-a', '-b', '-c', '-d', '-e', '-f', '-g', '-h', '-k', '-p', '-r', '-s', '-t', '-u', '-w', '-x', '-G', '-L', '-N', '-O', '-S', '-z', '-n', '-v', '-o']);
const BINARY = new Set(['==', '=', '!=', '=~', '<', '>', '-eq', '-ne', '-lt', '-le', '-gt', '-ge', '-nt', '-ot', '-ef']);

/** Reads a conditional expression up to and including its `]]`. */
export function parseCond(lx: Lexer): CondExpr {
  const p = new CondParser(lx);
  if (p.isClose()) throw p.fail(']]');
  const e = p.or();
  if (!p.isClose()) throw p.fail(p.text(p.peek()));
  lx.next();
  return e;
}

class CondParser {
  constructor(private readonly lx: Lexer) {}

  /** The next token, newlines skipped (bash lets `[[ … ]]` span lines). */
  peek(): Token {
    let t = this.lx.peek();
    while (t.kind === 'newline') {
      this.lx.next();
      t = this.lx.peek();
    }
    if (t.kind === 'eof') throw new Incomplete(']]');
    return t;
  }

  text(t: Token): string {
    return t.kind === 'word' || t.kind === 'op' ? t.text : t.kind === 'io' ? String(t.fd) : 'newline';
  }

  isClose(): boolean {
    const t = this.peek();
    return t.kind === 'word' && t.text === ']]';
  }

  fail(token: string, preface = 'syntax error in conditional expression'): ShellSyntaxError {
    return new ShellSyntaxError(token, undefined, preface);
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return (t.kind === 'op' || t.kind === 'word') && t.text === text;
  }

  or(): CondExpr {
    let a = this.and();
    while (this.isOp('||')) {
      this.lx.next();
      a = { k: 'or', a, b: this.and() };
    }
    return a;
  }

  private and(): CondExpr {
    let a = this.not();
    while (this.isOp('&&')) {
      this.lx.next();
      a = { k: 'and', a, b: this.not() };
    }
    return a;
  }

  private not(): CondExpr {
    if (this.isOp('!')) {
      this.lx.next();
      return { k: 'not', e: this.not() };
    }
    return this.primary();
  }

  private word(): string {
    const t = this.peek();
    if (t.kind !== 'word' || t.text === ']]') throw this.fail(this.text(t));
    this.lx.next();
    return t.text;
  }

  private primary(): CondExpr {
    const t = this.peek();
    if (t.kind === 'op' && t.text === '(') {
      this.lx.next();
      const e = this.or();
      if (!this.isOp(')')) throw this.fail(this.text(this.peek()), `unexpected token \`${this.text(this.peek())}', expected \`)'`);
      this.lx.next();
      return { ...e, paren: true };
    }
    if (t.kind !== 'word' || t.text === ']]') throw this.fail(this.text(t));
    this.lx.next();
    if (COND_UNARY.has(t.text) && !this.isBinaryNext()) {
      const n = this.peek();
      if (n.kind !== 'word' || n.text === ']]') throw this.fail(this.text(n), `unexpected argument \`${this.text(n)}' to conditional unary operator`);
      return { k: 'unary', op: t.text, arg: this.word() };
    }
    if (!this.isBinaryNext()) {
      if (this.isClose() || this.isOp('&&') || this.isOp('||') || this.isOp(')')) return { k: 'word', w: t.text };
      throw this.fail(this.text(this.peek()), 'conditional binary operator expected');
    }
    const op = this.peek() as { text: string };
    this.lx.next();
    if (op.text === '=~') {
      const re = this.lx.regexWord();
      if (re === null) throw this.fail(this.text(this.peek()), 'unexpected argument to conditional binary operator');
      return { k: 'binary', op: '=~', l: t.text, r: re };
    }
    const r = this.peek();
    if (r.kind !== 'word' || r.text === ']]') throw this.fail(this.text(r), `unexpected argument \`${this.text(r)}' to conditional binary operator`);
    return { k: 'binary', op: op.text, l: t.text, r: this.word() };
  }

  private isBinaryNext(): boolean {
    const n = this.peek();
    if (n.kind === 'op') return n.text === '<' || n.text === '>';
    return n.kind === 'word' && BINARY.has(n.text);
  }
}
