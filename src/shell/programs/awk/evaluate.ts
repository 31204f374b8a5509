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

  private async subscript(subs: Expr[]): Promise<string> {
    const sep = this.m.toStr(this.m.globals.get('SUBSEP'));
    const keys: string[] = [];
    for (const e of subs) keys.push(this.m.toStr(await this.value(e)));
    return keys.join(sep);
  }

  /** Assigns to a variable, array element or field. */
  async assign(target: Expr, v: Val): Promise<void> {
    if (target.k === 'var') this.m.setVar(target.name, v);
    else if (target.k === 'index') this.m.array(target.name).set(await this.subscript(target.subs), v);
    else if (target.k === 'field') this.m.setField(Math.trunc(num(await this.value(target.e))), v);
    else if (target.k === 'group') await this.assign(target.e, v);
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
  async value(e: Expr): Promise<Val> {
    const m = this.m;
    switch (e.k) {
      case 'num':
        return e.v;
      case 'str':
        return e.v;
      case 're':
        return m.regex(e.src).test(m.toStr(m.getField(0))) ? 1 : 0;
      case 'group':
        return await this.value(e.e);
      case 'var':
        return m.getVar(e.name);
      case 'index': {
        const arr = m.array(e.name);
        const key = await this.subscript(e.subs);
        if (!arr.has(key)) arr.set(key, undefined); // referencing an element creates it, as in awk
        return arr.get(key);
      }
      case 'field':
        return m.getField(Math.trunc(num(await this.value(e.e))));
      case 'assign': {
        const v = await this.value(e.value);
        const result = e.op === '=' ? v : this.binary(e.op[0], num(await this.value(e.target)), num(v));
        await this.assign(e.target, result);
        return result;
      }
      case 'cond':
        return truthy(await this.value(e.c)) ? await this.value(e.a) : await this.value(e.b);
      case 'and':
        return truthy(await this.value(e.a)) && truthy(await this.value(e.b)) ? 1 : 0;
      case 'or':
        return truthy(await this.value(e.a)) || truthy(await this.value(e.b)) ? 1 : 0;
      case 'in':
        return m.array(e.name).has(await this.subscript(e.subs)) ? 1 : 0;
      case 'match': {
        const hit = (await regexArg(m, e.re, this)).test(m.toStr(await this.value(e.a)));
        return hit !== e.neg ? 1 : 0;
      }
      case 'bin': {
        if (['<', '<=', '==', '!=', '>', '>='].includes(e.op)) {
          const c = compare(await this.value(e.a), await this.value(e.b), m.convfmt());
          const r = e.op === '<' ? c < 0 : e.op === '<=' ? c <= 0 : e.op === '==' ? c === 0 : e.op === '!=' ? c !== 0 : e.op === '>' ? c > 0 : c >= 0;
          return r ? 1 : 0;
        }
        return this.binary(e.op, num(await this.value(e.a)), num(await this.value(e.b)));
      }
      case 'concat':
        return m.toStr(await this.value(e.a)) + m.toStr(await this.value(e.b));
      case 'unary': {
        const v = await this.value(e.e);
        return e.op === '!' ? (truthy(v) ? 0 : 1) : e.op === '-' ? -num(v) : num(v);
      }
      case 'incr': {
        const old = num(await this.value(e.target));
        const next = e.op === '++' ? old + 1 : old - 1;
        await this.assign(e.target, next);
        return e.prefix ? next : old;
      }
      case 'builtin':
        return await callBuiltin(m, e.name, e.args, this);
      case 'call':
        return await this.call(e.name, e.args);
      case 'getline':
        return await this.getline(e);
    }
  }

  private async call(name: string, args: Expr[]): Promise<Val> {
    const f = this.prog.funcs.get(name);
    if (!f) throw new AwkRuntimeError(`function ${name} never defined`);
    if (args.length > f.params.length) throw new AwkRuntimeError(`function ${name} called with ${args.length} args, accepts only ${f.params.length}`);
    const frame = new Map<string, Slot>();
    for (const [i, p] of f.params.entries()) {
      const a = args[i];
      // An array argument is passed by reference; an unset name may become one inside the function.
      if (a && a.k === 'var' && this.m.isArray(a.name)) frame.set(p, { arr: this.m.array(a.name) });
      else if (a && a.k === 'var' && this.m.getVar(a.name) === undefined) frame.set(p, { v: undefined, ref: this.m.lazyArray(a.name) });
      else frame.set(p, { v: a ? await this.value(a) : undefined });
    }
    if (this.m.frames.length > 1000) throw new AwkRuntimeError('function call nesting too deep');
    this.m.frames.push(frame);
    try {
      await this.block(f.body);
      return undefined;
    } catch (e) {
      if (e instanceof ReturnValue) return e.value;
      throw e;
    } finally {
      this.m.frames.pop();
    }
  }

  private async getline(e: Extract<Expr, { k: 'getline' }>): Promise<Val> {
    const m = this.m;
    let rec: string | undefined;
    if (e.cmd) {
      // `CMD | getline` sets $0 and NF (or VAR) but, in mawk and busybox alike, leaves NR and FNR alone.
      const cmd = m.toStr(await this.value(e.cmd));
      rec = (await m.commands.reader(cmd)).next(m.toStr(m.globals.get('RS')));
    } else if (e.file) {
      const reader = m.fileReader(m.toStr(await this.value(e.file)));
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
    if (e.target) await this.assign(e.target, new StrNum(rec));
    else m.setRecord(rec);
    return 1;
  }

  /** The values of expressions, left to right. */
  async values(list: Expr[]): Promise<Val[]> {
    const vals: Val[] = [];
    for (const e of list) vals.push(await this.value(e));
    return vals;
  }

  // ---- statements ----
  async block(body: Stmt[]): Promise<void> {
    for (const s of body) await this.exec(s);
  }

  private async output(text: string, redirect: Redirect | undefined): Promise<void> {
    if (!redirect) return this.m.write(text);
    const name = this.m.toStr(await this.value(redirect.dest));
    if (redirect.mode === '|') {
      this.m.commands.write(name, text);
      return;
    }
    this.m.write(text, { mode: redirect.mode, name });
  }

  /** Runs one statement. */
  async exec(s: Stmt): Promise<void> {
    const m = this.m;
    if (++m.steps > AWK_STEP_BUDGET) throw new AwkBudgetExceeded();
    switch (s.k) {
      case 'expr':
        await this.value(s.e);
        return;
      case 'print': {
        const ofmt = m.toStr(m.globals.get('OFMT')) || '%.6g';
        const parts = s.args.length ? (await this.values(s.args)).map((v) => str(v, ofmt)) : [m.toStr(m.getField(0))];
        await this.output(parts.join(m.toStr(m.globals.get('OFS'))) + m.toStr(m.globals.get('ORS')), s.redirect);
        return;
      }
      case 'printf': {
        const [fmt, ...rest] = await this.values(s.args);
        await this.output(formatAwk<Val>(m.toStr(fmt), rest, { num, str: (v) => m.toStr(v) }), s.redirect);
        return;
      }
      case 'if':
        if (truthy(await this.value(s.c))) await this.exec(s.then);
        else if (s.else) await this.exec(s.else);
        return;
      case 'block':
        await this.block(s.body);
        return;
      case 'while':
        while (truthy(await this.value(s.c))) if (await this.loopBody(s.body)) break;
        return;
      case 'do':
        do if (await this.loopBody(s.body)) break;
        while (truthy(await this.value(s.c)));
        return;
      case 'for':
        if (s.init) await this.exec(s.init);
        while (!s.c || truthy(await this.value(s.c))) {
          if (await this.loopBody(s.body)) break;
          if (s.step) await this.exec(s.step);
        }
        return;
      case 'forin':
        for (const key of [...m.array(s.arr).keys()]) {
          if (!m.array(s.arr).has(key)) continue;
          await this.assign(s.v, new StrNum(key));
          if (await this.loopBody(s.body)) break;
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
        throw new ExitRun(s.e ? Math.trunc(num(await this.value(s.e))) : undefined);
      case 'return':
        throw new ReturnValue(s.e ? await this.value(s.e) : undefined);
      case 'delete':
        if (s.subs) m.array(s.name).delete(await this.subscript(s.subs));
        else m.array(s.name).clear();
        return;
    }
  }

  // Runs a loop body; true when it breaks.
  private async loopBody(body: Stmt): Promise<boolean> {
    if (++this.m.steps > AWK_STEP_BUDGET) throw new AwkBudgetExceeded();
    try {
      await this.exec(body);
    } catch (e) {
      if (e instanceof BreakLoop) return true;
      if (e instanceof ContinueLoop) return false;
      throw e;
    }
    return false;
  }
}
