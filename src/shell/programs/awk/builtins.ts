// awk's built-in functions: string (length, substr, index, split, sub, gsub, match, sprintf, tolower,
// toupper), arithmetic (int, sqrt, exp, log, sin, cos, atan2, rand, srand) and I/O (close, fflush, and system
// through commands.ts).
import type { Expr } from './ast.ts';
import { formatAwk } from './format.ts';
import { AwkRuntimeError, type AwkMachine } from './machine.ts';
import { andThen, type Maybe } from './maybe.ts';
import { num, StrNum, type Val } from './values.ts';

/** What builtins need from the evaluator: evaluating an argument, and assigning to an lvalue. */
export interface EvalHooks {
  value(e: Expr): Maybe<Val>;
  values(list: Expr[]): Maybe<Val[]>;
  assign(target: Expr, v: Val): Maybe<void>;
}

/** A regex argument: a /re/ literal is its pattern; any other value is a dynamic regex string. */
export function regexArg(m: AwkMachine, e: Expr, hooks: EvalHooks, flags = ''): Maybe<RegExp> {
  if (e.k === 're') return m.regex(e.src, flags);
  return andThen(hooks.value(e), (v) => m.regex(m.toStr(v), flags));
}

// sub/gsub replacement: & is the match, \& a literal &, \\ a backslash.
function replacement(repl: string, matched: string): string {
  let out = '';
  for (let i = 0; i < repl.length; i++) {
    const c = repl[i];
    if (c === '\\' && (repl[i + 1] === '&' || repl[i + 1] === '\\')) out += repl[++i];
    else out += c === '&' ? matched : c;
  }
  return out;
}

function substitute(m: AwkMachine, args: Expr[], hooks: EvalHooks, global: boolean): Maybe<number> {
  const target: Expr = args[2] ?? { k: 'field', e: { k: 'num', v: 0 } };
  return andThen(regexArg(m, args[0], hooks, 'g'), (re) =>
    andThen(hooks.value(args[1]), (r) =>
      andThen(hooks.value(target), (t) => {
        const repl = m.toStr(r);
        const text = m.toStr(t);
        let count = 0;
        let out = '';
        let at = 0;
        re.lastIndex = 0;
        for (;;) {
          const r = re.exec(text);
          if (!r) break;
          // An empty match right after the previous match is skipped, as in awk: gsub(/x*/, "-", "abc") gives -a-b-c-.
          out += text.slice(at, r.index) + replacement(repl, r[0]);
          count++;
          at = r.index + r[0].length;
          if (r[0] === '') {
            if (r.index < text.length) out += text[r.index];
            at = r.index + 1;
            re.lastIndex = at;
          }
          if (!global || at > text.length) break;
        }
        if (count === 0) return 0;
        out += text.slice(at);
        return andThen(hooks.assign(target, out), () => count);
      }),
    ),
  );
}

const MATH: Record<string, (x: number) => number> = { int: Math.trunc, sqrt: Math.sqrt, exp: Math.exp, log: Math.log, sin: Math.sin, cos: Math.cos };

/** Calls built-in `name` on unevaluated `args` (split, sub and gsub assign through them). */
export function callBuiltin(m: AwkMachine, name: string, args: Expr[], hooks: EvalHooks): Maybe<Val> {
  const s = (v: Val) => m.toStr(v);
  switch (name) {
    case 'length': {
      if (args.length === 0) return m.toStr(m.getField(0)).length;
      const a = args[0];
      if (a.k === 'var' && m.isArray(a.name)) return m.array(a.name).size;
      return andThen(hooks.value(a), (v) => s(v).length);
    }
    case 'split': {
      const a = args[1];
      if (a.k !== 'var') throw new AwkRuntimeError('split: second argument is not an array');
      const arr = m.array(a.name);
      arr.clear();
      return andThen(hooks.value(args[0]), (t) => {
        const text = s(t);
        const split = (sep: string): number => {
          const parts = args.length > 2 && args[2].k === 're' && text !== '' ? text.split(m.regex(sep)) : m.splitText(text, sep);
          parts.forEach((p, i) => arr.set(String(i + 1), new StrNum(p)));
          return parts.length;
        };
        if (args.length <= 2) return split(m.toStr(m.globals.get('FS')));
        const sepArg = args[2];
        return sepArg.k === 're' ? split(sepArg.src) : andThen(hooks.value(sepArg), (v) => split(s(v)));
      });
    }
    case 'sub':
    case 'gsub':
      return substitute(m, args, hooks, name === 'gsub');
    case 'match':
      return andThen(regexArg(m, args[1], hooks), (re) =>
        andThen(hooks.value(args[0]), (v) => {
          const r = re.exec(s(v));
          m.globals.set('RSTART', r ? r.index + 1 : 0);
          m.globals.set('RLENGTH', r ? r[0].length : -1);
          return r ? r.index + 1 : 0;
        }),
      );
    case 'close':
      // An unopened name: mawk answers -1, busybox 0.
      return andThen(hooks.value(args[0]), (v) => {
        const name = s(v);
        return m.closeFile(name) ?? andThen(m.commands.close(name), (code) => code ?? (m.flavour === 'gnu' ? -1 : 0));
      });
    case 'system':
      return andThen(hooks.value(args[0]), (v) => m.commands.system(s(v)));
    default:
      return andThen(hooks.values(args), (vals) => plainBuiltin(m, name, vals));
  }
}

// The builtins that take their arguments as values.
function plainBuiltin(m: AwkMachine, name: string, vals: Val[]): Val {
  const s = (i: number) => m.toStr(vals[i]);
  const n = (i: number) => num(vals[i]);
  if (name in MATH) return MATH[name](n(0));
  switch (name) {
    case 'substr': {
      const text = s(0);
      let start = Math.trunc(n(1));
      const len = vals.length > 2 ? Math.trunc(n(2)) : Infinity;
      // mawk and busybox start a position below 1 at 1 and keep the length (gawk would shorten it).
      if (start < 1) start = 1;
      return len <= 0 ? '' : text.slice(start - 1, len === Infinity ? undefined : start - 1 + len);
    }
    case 'index':
      return s(0).indexOf(s(1)) + 1;
    case 'sprintf':
      return vals.length ? formatAwk<Val>(s(0), vals.slice(1), { num, str: (v) => m.toStr(v) }) : '';
    case 'tolower':
      return s(0).replace(/[A-Z]+/g, (c) => c.toLowerCase()); // the C locale changes ASCII letters only
    case 'toupper':
      return s(0).replace(/[a-z]+/g, (c) => c.toUpperCase());
    case 'atan2':
      return Math.atan2(n(0), n(1));
    case 'rand': {
      // A fixed-seed generator, so runs are reproducible (as awk's are until srand()).
      m.randSeed = (m.randSeed * 1103515245 + 12345) % 2147483648;
      return m.randSeed / 2147483648;
    }
    case 'srand': {
      const prev = m.prevSeed;
      m.prevSeed = vals.length ? n(0) : 0;
      m.randSeed = m.prevSeed;
      return prev;
    }
    case 'fflush':
      m.flush();
      return 0;
    default:
      throw new AwkRuntimeError(`function ${name} never defined`);
  }
}
