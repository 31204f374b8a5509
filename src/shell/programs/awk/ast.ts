// The parsed awk program: pattern-action items, functions, statements and expressions.

/** An expression. */
export type Expr =
  | { k: 'num'; v: number }
  | { k: 'str'; v: string }
  | { k: 're'; src: string } // a bare /re/ matches $0
  | { k: 'var'; name: string }
  | { k: 'index'; name: string; subs: Expr[] }
  | { k: 'field'; e: Expr }
  | { k: 'assign'; op: string; target: Expr; value: Expr }
  | { k: 'cond'; c: Expr; a: Expr; b: Expr }
  | { k: 'and' | 'or'; a: Expr; b: Expr }
  | { k: 'in'; subs: Expr[]; name: string }
  | { k: 'match'; neg: boolean; a: Expr; re: Expr }
  | { k: 'bin'; op: string; a: Expr; b: Expr }
  | { k: 'concat'; a: Expr; b: Expr }
  | { k: 'unary'; op: string; e: Expr }
  | { k: 'incr'; op: '++' | '--'; prefix: boolean; target: Expr }
  | { k: 'call'; name: string; args: Expr[] }
  | { k: 'builtin'; name: string; args: Expr[] }
  | { k: 'getline'; target?: Expr; file?: Expr; cmd?: Expr }
  | { k: 'group'; e: Expr };

/** Where print output goes: `> file`, `>> file` or `| command`. */
export interface Redirect {
  mode: '>' | '>>' | '|';
  dest: Expr;
}

/** A statement. */
export type Stmt =
  | { k: 'expr'; e: Expr }
  | { k: 'print'; args: Expr[]; redirect?: Redirect }
  | { k: 'printf'; args: Expr[]; redirect?: Redirect }
  | { k: 'if'; c: Expr; then: Stmt; else?: Stmt }
  | { k: 'while'; c: Expr; body: Stmt }
  | { k: 'do'; body: Stmt; c: Expr }
  | { k: 'for'; init?: Stmt; c?: Expr; step?: Stmt; body: Stmt }
  | { k: 'forin'; v: Expr; arr: string; body: Stmt }
  | { k: 'block'; body: Stmt[] }
  | { k: 'next' | 'nextfile' | 'break' | 'continue' }
  | { k: 'exit' | 'return'; e?: Expr }
  | { k: 'delete'; name: string; subs?: Expr[] };

/** A pattern-action item; an absent action prints $0. */
export interface Item {
  pattern: { k: 'begin' } | { k: 'end' } | { k: 'always' } | { k: 'expr'; e: Expr } | { k: 'range'; from: Expr; to: Expr };
  action?: Stmt[];
}

/** A user-defined function. */
export interface Func {
  params: string[];
  body: Stmt[];
}

/** A whole program. */
export interface AwkProgram {
  items: Item[];
  funcs: Map<string, Func>;
}
