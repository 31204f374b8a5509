// Evaluates awk expressions and executes statements against an AwkMachine. Every step returns a plain
// value, or a promise only when a command ran beneath it (maybe.ts), so a program without commands runs synchronously.
import type { AwkProgram, Expr, Redirect, Stmt } from './ast.ts';
import { callBuiltin, regexArg, type EvalHooks } from './builtins.ts';
import { formatAwk } from './format.ts';
import { AwkRuntimeError, type AwkMachine, type Slot } from './machine.ts';
import { always, attempt, andThen, type Maybe } from './maybe.ts';
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

  private subscript(subs: Expr[]): Maybe<string> {
    const sep = this.m.toStr(this.m.globals.get('SUBSEP'));
    if (subs.length === 1) return andThen(this.value(subs[0]), (v) => this.m.toStr(v));
    return andThen(this.values(subs), (vals) => vals.map((v) => this.m.toStr(v)).join(sep));
  }

  /** Assigns to a variable, array element or field. */
  assign(target: Expr, v: Val): Maybe<void> {
    if (target.k === 'var') this.m.setVar(target.name, v);
    else if (target.k === 'index') {
      const arr = this.m.array(target.name);
      return andThen(this.subscript(target.subs), (key) => void arr.set(key, v));
    } else if (target.k === 'field') return andThen(this.value(target.e), (i) => this.m.setField(Math.trunc(num(i)), v));
    else if (target.k === 'group') return this.assign(target.e, v);
    else throw new AwkRuntimeError('assignment to a non-variable');
  }

  // Assigns `v` to `target`; the expression's value is `result`.
  private assigned(target: Expr, v: Val, result: Val = v): Maybe<Val> {
    const done = this.assign(target, v);
    return done instanceof Promise ? done.then(() => result) : result;
  }

  // A binary node's value from the values of its operands: `a` then `b`.
  private pair(e: Extract<Expr, { k: 'bin' | 'concat' }>): Maybe<Val> {
    const a = this.value(e.a);
    if (a instanceof Promise) return a.then((a) => andThen(this.value(e.b), (b) => this.combine(e, a, b)));
    const b = this.value(e.b);
    return b instanceof Promise ? b.then((b) => this.combine(e, a, b)) : this.combine(e, a, b);
  }

  private combine(e: Extract<Expr, { k: 'bin' | 'concat' }>, a: Val, b: Val): Val {
    if (e.k === 'concat') return this.m.toStr(a) + this.m.toStr(b);
    return RELATIONS.has(e.op) ? this.relation(e.op, a, b) : this.binary(e.op, num(a), num(b));
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

  private relation(op: string, a: Val, b: Val): Val {
    const c = compare(a, b, this.m.convfmt());
    const r = op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '==' ? c === 0 : op === '!=' ? c !== 0 : op === '>' ? c > 0 : c >= 0;
    return r ? 1 : 0;
  }

  /** The value of an expression. */
  value(e: Expr): Maybe<Val> {
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
        return andThen(this.subscript(e.subs), (key) => {
          if (!arr.has(key)) arr.set(key, undefined); // referencing an element creates it, as in awk
          return arr.get(key);
        });
      }
      case 'field': {
        const i = this.value(e.e);
        return i instanceof Promise ? i.then((i) => m.getField(Math.trunc(num(i)))) : m.getField(Math.trunc(num(i)));
      }
      case 'assign': {
        const v = this.value(e.value);
        return v instanceof Promise ? v.then((v) => this.update(e, v)) : this.update(e, v);
      }
      case 'cond':
        return andThen(this.value(e.c), (c) => this.value(truthy(c) ? e.a : e.b));
      case 'and':
        return andThen(this.value(e.a), (a) => (truthy(a) ? andThen(this.value(e.b), (b) => (truthy(b) ? 1 : 0)) : 0));
      case 'or':
        return andThen(this.value(e.a), (a) => (truthy(a) ? 1 : andThen(this.value(e.b), (b) => (truthy(b) ? 1 : 0))));
      case 'in': {
        const arr = m.array(e.name);
        return andThen(this.subscript(e.subs), (key) => (arr.has(key) ? 1 : 0));
      }
      case 'match':
        return andThen(regexArg(m, e.re, this), (re) => andThen(this.value(e.a), (a) => (re.test(m.toStr(a)) !== e.neg ? 1 : 0)));
      case 'bin':
      case 'concat':
        return this.pair(e);
      case 'unary':
        return andThen(this.value(e.e), (v) => (e.op === '!' ? (truthy(v) ? 0 : 1) : e.op === '-' ? -num(v) : num(v)));
      case 'incr': {
        const v = this.value(e.target);
        return v instanceof Promise ? v.then((v) => this.step(e, v)) : this.step(e, v);
      }
      case 'builtin':
        return callBuiltin(m, e.name, e.args, this);
      case 'call':
        return this.call(e.name, e.args);
      case 'getline':
        return this.getline(e);
    }
  }

  // An assignment's work once its value `v` is known: `=` stores it, `+=` and the rest combine it with the old value.
  private update(e: Extract<Expr, { k: 'assign' }>, v: Val): Maybe<Val> {
    if (e.op === '=') return this.assigned(e.target, v);
    const old = this.value(e.target);
    if (old instanceof Promise) return old.then((old) => this.assigned(e.target, this.binary(e.op[0], num(old), num(v))));
    return this.assigned(e.target, this.binary(e.op[0], num(old), num(v)));
  }

  // ++ or -- once the target's value `v` is known.
  private step(e: Extract<Expr, { k: 'incr' }>, v: Val): Maybe<Val> {
    const old = num(v);
    const next = e.op === '++' ? old + 1 : old - 1;
    return this.assigned(e.target, next, e.prefix ? next : old);
  }

  private call(name: string, args: Expr[]): Maybe<Val> {
    const f = this.prog.funcs.get(name);
    if (!f) throw new AwkRuntimeError(`function ${name} never defined`);
    if (args.length > f.params.length) throw new AwkRuntimeError(`function ${name} called with ${args.length} args, accepts only ${f.params.length}`);
    const frame = new Map<string, Slot>();
    return andThen(this.bind(f.params, args, frame, 0), () => {
      if (this.m.frames.length > 1000) throw new AwkRuntimeError('function call nesting too deep');
      this.m.frames.push(frame);
      return always(
        () =>
          attempt(
            () => andThen(this.block(f.body), () => undefined),
            (e) => {
              if (e instanceof ReturnValue) return e.value;
              throw e;
            },
          ),
        () => void this.m.frames.pop(),
      );
    });
  }

  // Binds a call's parameters from `i` on: arrays by reference, other arguments by value, missing ones unset.
  private bind(params: string[], args: Expr[], frame: Map<string, Slot>, i: number): Maybe<void> {
    for (; i < params.length; i++) {
      const p = params[i];
      const a = args[i];
      // An array argument is passed by reference; an unset name may become one inside the function.
      if (a && a.k === 'var' && this.m.isArray(a.name)) frame.set(p, { arr: this.m.array(a.name) });
      else if (a && a.k === 'var' && this.m.getVar(a.name) === undefined) frame.set(p, { v: undefined, ref: this.m.lazyArray(a.name) });
      else if (!a) frame.set(p, { v: undefined });
      else {
        const v = this.value(a);
        const at = i;
        if (v instanceof Promise)
          return v.then((v) => {
            frame.set(p, { v });
            return this.bind(params, args, frame, at + 1);
          });
        frame.set(p, { v });
      }
    }
  }

  private getline(e: Extract<Expr, { k: 'getline' }>): Maybe<Val> {
    const m = this.m;
    const rs = () => m.toStr(m.globals.get('RS'));
    // `CMD | getline` sets $0 and NF (or VAR) but, in mawk and busybox alike, leaves NR and FNR alone.
    if (e.cmd) return andThen(this.value(e.cmd), (cmd) => andThen(m.commands.reader(m.toStr(cmd)), (reader) => this.got(e, reader.next(rs()))));
    if (e.file)
      return andThen(this.value(e.file), (file) => {
        const reader = m.fileReader(m.toStr(file));
        return reader ? this.got(e, reader.next(rs())) : -1;
      });
    const rec = this.mainInput();
    if (rec !== undefined) {
      m.globals.set('NR', num(m.globals.get('NR')) + 1);
      m.globals.set('FNR', num(m.globals.get('FNR')) + 1);
    }
    return this.got(e, rec);
  }

  // getline's record (undefined at the end): into its variable, or $0.
  private got(e: Extract<Expr, { k: 'getline' }>, rec: string | undefined): Maybe<Val> {
    if (rec === undefined) return 0;
    if (e.target) return this.assigned(e.target, new StrNum(rec), 1);
    this.m.setRecord(rec);
    return 1;
  }

  /** The values of expressions, left to right (from `list[i]` on, after `vals`). */
  values(list: Expr[], vals: Val[] = [], i = 0): Maybe<Val[]> {
    for (; i < list.length; i++) {
      const v = this.value(list[i]);
      const at = i;
      if (v instanceof Promise)
        return v.then((v) => {
          vals.push(v);
          return this.values(list, vals, at + 1);
        });
      vals.push(v);
    }
    return vals;
  }

  // ---- statements ----
  /** Runs statements from `body[i]` on. */
  block(body: Stmt[], i = 0): Maybe<void> {
    for (; i < body.length; i++) {
      const done = this.exec(body[i]);
      const at = i;
      if (done instanceof Promise) return done.then(() => this.block(body, at + 1));
    }
  }

  private output(text: string, redirect: Redirect | undefined): Maybe<void> {
    if (!redirect) return this.m.write(text);
    return andThen(this.value(redirect.dest), (dest) => {
      const name = this.m.toStr(dest);
      if (redirect.mode === '|') this.m.commands.write(name, text);
      else this.m.write(text, { mode: redirect.mode, name });
    });
  }

  /** Runs one statement. */
  exec(s: Stmt): Maybe<void> {
    const m = this.m;
    if (++m.steps > AWK_STEP_BUDGET) throw new AwkBudgetExceeded();
    switch (s.k) {
      case 'expr':
        return andThen(this.value(s.e), ignore);
      case 'print': {
        const ofmt = m.toStr(m.globals.get('OFMT')) || '%.6g';
        return andThen(this.values(s.args), (vals) => {
          const parts = s.args.length ? vals.map((v) => str(v, ofmt)) : [m.toStr(m.getField(0))];
          return this.output(parts.join(m.toStr(m.globals.get('OFS'))) + m.toStr(m.globals.get('ORS')), s.redirect);
        });
      }
      case 'printf':
        return andThen(this.values(s.args), ([fmt, ...rest]) => this.output(formatAwk<Val>(m.toStr(fmt), rest, { num, str: (v) => m.toStr(v) }), s.redirect));
      case 'if': {
        const c = this.value(s.c);
        return c instanceof Promise ? c.then((c) => this.branch(s, c)) : this.branch(s, c);
      }
      case 'block':
        return this.block(s.body);
      case 'while':
        return this.repeat(() => andThen(this.value(s.c), (c) => (truthy(c) ? this.loopBody(s.body) : true)));
      case 'do':
        return this.repeat(() => andThen(this.loopBody(s.body), (broke) => broke || andThen(this.value(s.c), (c) => !truthy(c))));
      case 'for': {
        const body = (): Maybe<boolean> => andThen(this.loopBody(s.body), (broke) => (broke || !s.step ? broke : andThen(this.exec(s.step), () => false)));
        const loop = () => this.repeat(() => (s.c ? andThen(this.value(s.c), (c) => (truthy(c) ? body() : true)) : body()));
        return s.init ? andThen(this.exec(s.init), loop) : loop();
      }
      case 'forin': {
        const keys = [...m.array(s.arr).keys()];
        let i = 0;
        return this.repeat(() => {
          if (i >= keys.length) return true;
          const key = keys[i++];
          if (!m.array(s.arr).has(key)) return false;
          return andThen(this.assign(s.v, new StrNum(key)), () => this.loopBody(s.body));
        });
      }
      case 'next':
        throw new NextRecord();
      case 'nextfile':
        throw new NextFile();
      case 'break':
        throw new BreakLoop();
      case 'continue':
        throw new ContinueLoop();
      case 'exit':
        if (!s.e) throw new ExitRun(undefined);
        return andThen(this.value(s.e), (v) => {
          throw new ExitRun(Math.trunc(num(v)));
        });
      case 'return':
        if (!s.e) throw new ReturnValue(undefined);
        return andThen(this.value(s.e), (v) => {
          throw new ReturnValue(v);
        });
      case 'delete': {
        const arr = m.array(s.name);
        if (!s.subs) return arr.clear();
        return andThen(this.subscript(s.subs), (key) => void arr.delete(key));
      }
    }
  }

  // An if statement's branch for condition value `c`.
  private branch(s: Extract<Stmt, { k: 'if' }>, c: Val): Maybe<void> {
    if (truthy(c)) return this.exec(s.then);
    if (s.else) return this.exec(s.else);
  }

  // Runs loop iterations until one answers true (the loop ends).
  private repeat(iteration: () => Maybe<boolean>): Maybe<void> {
    for (;;) {
      const stop = iteration();
      if (stop instanceof Promise) return stop.then((stop) => (stop ? undefined : this.repeat(iteration)));
      if (stop) return;
    }
  }

  // Runs a loop body; true when it breaks.
  private loopBody(body: Stmt): Maybe<boolean> {
    if (++this.m.steps > AWK_STEP_BUDGET) throw new AwkBudgetExceeded();
    try {
      const done = this.exec(body);
      return done instanceof Promise ? done.then(() => false, loopSignal) : false;
    } catch (e) {
      return loopSignal(e);
    }
  }
}

// What ends a loop body early: break (true, the loop ends) or continue (false); anything else propagates.
function loopSignal(e: unknown): boolean {
  if (e instanceof BreakLoop) return true;
  if (e instanceof ContinueLoop) return false;
  throw e;
}

function ignore(): void {}

const RELATIONS = new Set(['<', '<=', '==', '!=', '>', '>=']);
