// Evaluates awk expressions and executes statements against an AwkMachine.
import type { AwkProgram, Expr, Redirect, Stmt } from './ast.ts';
import { callBuiltin, regexArg, type EvalHooks } from './builtins.ts';
import { formatAwk } from './format.ts';
import { AwkRuntimeError, type AwkMachine, type Slot } from './machine.ts';
import { AWK_STEP_BUDGET, AwkBudgetExceeded, BreakLoop, ContinueLoop, ExitRun, NextFile, NextRecord, ReturnValue } from './signals.ts';
import { compare, num, str, StrNum, truthy, type Val } from './values.ts';

/** Where plain `getline` takes the next main-input record from (set by the run loop). */
export type MainInput = () => string | undefined;

/** Evaluates expressions and runs statements of one program. */
export class Evaluator implements EvalHooks {
  mainInput: MainInput = () => undefined;
  constructor(
    private readonly m: AwkMachine,
    private readonly prog: AwkProgram,
  ) {}

  private subscript(subs: Expr[]): string {
    const sep = this.m.toStr(this.m.globals.get('SUBSEP'));
    return subs.map((e) => this.m.toStr(this.value(e))).join(sep);
  }

  /** Assigns to a variable, array element or field. */
  assign(target: Expr, v: Val): void {
    if (target.k === 'var') this.m.setVar(target.name, v);
    else if (target.k === 'index') this.m.array(target.name).set(this.subscript(target.subs), v);
    else if (target.k === 'field') this.m.setField(Math.trunc(num(this.value(target.e))), v);
    else if (target.k === 'group') this.assign(target.e, v);
    else throw new AwkRuntimeError('assignment to a non-variable');
  }

  private binary(op: string, a: number, b: number): number {
    switch (op) {
      case '+':
        return a + b;
      case '-':
        return a - b;
      case '*':
        return a * b;
      case '/':
        if (b === 0) throw new AwkRuntimeError('division by zero');
        return a / b;
      case '%':
        if (b === 0) throw new AwkRuntimeError('division by zero in %');
        return a % b;
      default:
        return a ** b;
    }
  }

  /** The value of an expression. */
  value(e: Expr): Val {
    const m = this.m;
    switch (e.k) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 're':
        return m.regex(e.src).test(m.toStr(m.getField(0))) ? 1 : 0;
      case 'group':
        return this.value(e.e);
      case 'var':
        return m.getVar(e.name);
      case 'index': {
        const arr = m.array(e.name);
        const key = this.subscript(e.subs);
        if (!arr.has(key)) arr.set(key, undefined); // referencing an element creates it, as in awk
        return arr.get(key);
      }
      case 'field':
        return m.getField(Math.trunc(num(this.value(e.e))));
      case 'assign': {
        const v = this.value(e.value);
        const result = e.op === '=' ? v : this.binary(e.op[0], num(this.value(e.target)), num(v));
        this.assign(e.target, result);
        return result;
      }
      case 'cond':
        return truthy(this.value(e.c)) ? this.value(e.a) : this.value(e.b);
      case 'and':
        return truthy(this.value(e.a)) && truthy(this.value(e.b)) ? 1 : 0;
      case 'or':
        return truthy(this.value(e.a)) || truthy(this.value(e.b)) ? 1 : 0;
      case 'in':
        return m.array(e.name).has(this.subscript(e.subs)) ? 1 : 0;
      case 'match': {
        const hit = regexArg(m, e.re, this).test(m.toStr(this.value(e.a)));
        return hit !== e.neg ? 1 : 0;
      }
      case 'bin': {
        if (['<', '<=', '==', '!=', '>', '>='].includes(e.op)) {
          const c = compare(this.value(e.a), this.value(e.b), m.convfmt());
          const r = e.op === '<' ? c < 0 : e.op === '<=' ? c <= 0 : e.op === '==' ? c === 0 : e.op === '!=' ? c !== 0 : e.op === '>' ? c > 0 : c >= 0;
          return r ? 1 : 0;
        }
        return this.binary(e.op, num(this.value(e.a)), num(this.value(e.b)));
      }
      case 'concat':
        return m.toStr(this.value(e.a)) + m.toStr(this.value(e.b));
      case 'unary': {
        const v = this.value(e.e);
        return e.op === '!' ? (truthy(v) ? 0 : 1) : e.op === '-' ? -num(v) : num(v);
      }
      case 'incr': {
        const old = num(this.value(e.target));
        const next = e.op === '++' ? old + 1 : old - 1;
        this.assign(e.target, next);
        return e.prefix ? next : old;
      }
      case 'builtin':
        return callBuiltin(m, e.name, e.args, this);
      case 'call':
        return this.call(e.name, e.args);
      case 'getline':
        return this.getline(e);
    }
  }

  private call(name: string, args: Expr[]): Val {
    const f = this.prog.funcs.get(name);
    if (!f) throw new AwkRuntimeError(`function ${name} never defined`);
    if (args.length > f.params.length) throw new AwkRuntimeError(`function ${name} called with ${args.length} args, accepts only ${f.params.length}`);
    const frame = new Map<string, Slot>();
    f.params.forEach((p, i) => {
      const a = args[i];
      // An array argument is passed by reference; an unset name may become one inside the function.
      if (a && a.k === 'var' && this.m.isArray(a.name)) frame.set(p, { arr: this.m.array(a.name) });
      else if (a && a.k === 'var' && this.m.getVar(a.name) === undefined) frame.set(p, { v: undefined, ref: this.m.lazyArray(a.name) });
      else frame.set(p, { v: a ? this.value(a) : undefined });
    });
    if (this.m.frames.length > 1000) throw new AwkRuntimeError('function call nesting too deep');
    this.m.frames.push(frame);
    try {
      this.block(f.body);
      return undefined;
    } catch (e) {
      if (e instanceof ReturnValue) return e.value;
      throw e;
    } finally {
      this.m.frames.pop();
    }
  }

  private getline(e: Extract<Expr, { k: 'getline' }>): Val {
    const m = this.m;
    if (e.cmd) {
      m.flush();
      m.ctx.stderr.write('awk: running commands is not supported in the workbook\n');
      return -1;
    }
    let rec: string | undefined;
    if (e.file) {
      const reader = m.fileReader(m.toStr(this.value(e.file)));
      if (!reader) return -1;
      rec = reader.next(m.toStr(m.globals.get('RS')));
    } else {
      rec = this.mainInput();
      if (rec !== undefined) {
        m.globals.set('NR', num(m.globals.get('NR')) + 1);
        m.globals.set('FNR', num(m.globals.get('FNR')) + 1);
      }
    }
    if (rec === undefined) return 0;
    if (e.target) this.assign(e.target, new StrNum(rec));
    else m.setRecord(rec);
    return 1;
  }

  // ---- statements ----
  block(body: Stmt[]): void {
    for (const s of body) this.exec(s);
  }

  private output(text: string, redirect: Redirect | undefined): void {
    if (!redirect) return this.m.write(text);
    const name = this.m.toStr(this.value(redirect.dest));
    if (redirect.mode === '|') {
      this.m.flush();
      this.m.ctx.stderr.write('awk: running commands is not supported in the workbook\n');
      return;
    }
    this.m.write(text, { mode: redirect.mode, name });
  }

  /** Runs one statement. */
  exec(s: Stmt): void {
    const m = this.m;
    if (++m.steps > AWK_STEP_BUDGET) throw new AwkBudgetExceeded();
    switch (s.k) {
      case 'expr':
        this.value(s.e);
        return;
      case 'print': {
        const ofmt = m.toStr(m.globals.get('OFMT')) || '%.6g';
        const parts = s.args.length ? s.args.map((a) => str(this.value(a), ofmt)) : [m.toStr(m.getField(0))];
        this.output(parts.join(m.toStr(m.globals.get('OFS'))) + m.toStr(m.globals.get('ORS')), s.redirect);
        return;
      }
      case 'printf': {
        const [fmt, ...rest] = s.args.map((a) => this.value(a));
        this.output(formatAwk<Val>(m.toStr(fmt), rest, { num, str: (v) => m.toStr(v) }), s.redirect);
        return;
      }
      case 'if':
        if (truthy(this.value(s.c))) this.exec(s.then);
        else if (s.else) this.exec(s.else);
        return;
      case 'block':
        this.block(s.body);
        return;
      case 'while':
        while (truthy(this.value(s.c))) if (this.loopBody(s.body)) break;
        return;
      case 'do':
        do if (this.loopBody(s.body)) break;
        while (truthy(this.value(s.c)));
        return;
      case 'for':
        if (s.init) this.exec(s.init);
        while (!s.c || truthy(this.value(s.c))) {
          if (this.loopBody(s.body)) break;
          if (s.step) this.exec(s.step);
        }
        return;
      case 'forin':
        for (const key of [...m.array(s.arr).keys()]) {
          if (!m.array(s.arr).has(key)) continue;
          this.assign(s.v, new StrNum(key));
          if (this.loopBody(s.body)) break;
        }
        return;
      case 'next':
        throw new NextRecord();
      case 'nextfile':
        throw new NextFile();
      case 'break':
        throw new BreakLoop();
      case 'continue':
        throw new ContinueLoop();
      case 'exit':
        throw new ExitRun(s.e ? Math.trunc(num(this.value(s.e))) : undefined);
      case 'return':
        throw new ReturnValue(s.e ? this.value(s.e) : undefined);
      case 'delete':
        if (s.subs) m.array(s.name).delete(this.subscript(s.subs));
        else m.array(s.name).clear();
        return;
    }
  }

  // Runs a loop body; true when it breaks.
  private loopBody(body: Stmt): boolean {
    if (++this.m.steps > AWK_STEP_BUDGET) throw new AwkBudgetExceeded();
    try {
      this.exec(body);
    } catch (e) {
      if (e instanceof BreakLoop) return true;
      if (e instanceof ContinueLoop) return false;
      throw e;
    }
    return false;
  }
}
