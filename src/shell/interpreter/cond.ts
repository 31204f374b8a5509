// Bash's `[[ … ]]`: words are expanded without splitting or globbing; `==` and `!=` match a glob,
// `=~` a POSIX extended regular expression (its groups go to BASH_REMATCH), `<` and `>` compare
// strings, `-eq` and its kin compare arithmetic values, and the file tests are `test`'s.
import type { CondExpr } from '../ast.ts';
import { newArray } from '../arrays.ts';
import { ExpansionError } from '../errors.ts';
import { arithmetic, expandPattern, expandRegex, expandSingle, type ExpandHost } from '../expand.ts';
import { compileEre } from '../ere.ts';
import { globMatch } from '../glob.ts';
import type { ExecIo } from '../io.ts';
import { runTest } from '../test-expr.ts';
import { expandHost } from './substitution.ts';
import type { Interp } from './types.ts';

/** Runs a `[[ … ]]`: 0 true, 1 false, 2 for a regular expression that does not compile. */
export async function execCond(it: Interp, expr: CondExpr, io: ExecIo): Promise<number> {
  const host = expandHost(it, io);
  try {
    return (await evaluate(it, expr, host, io)) ? 0 : 1;
  } catch (e) {
    if (e instanceof BadRegex) return 2;
    if (e instanceof ExpansionError) {
      io.stderr.write(it.errPrefix() + e.message + '\n');
      return 1;
    }
    throw e;
  }
}

class BadRegex {}

async function evaluate(it: Interp, e: CondExpr, host: ExpandHost, io: ExecIo): Promise<boolean> {
  switch (e.k) {
    case 'and': return (await evaluate(it, e.a, host, io)) && evaluate(it, e.b, host, io);
    case 'or': return (await evaluate(it, e.a, host, io)) || evaluate(it, e.b, host, io);
    case 'not': return !(await evaluate(it, e.e, host, io));
    case 'word': return (await expandSingle(e.w, host)) !== '';
    case 'unary': return unary(it, e.op, await expandSingle(e.arg, host), io);
    case 'binary': return binary(it, e, host, io);
  }
}

function unary(it: Interp, op: string, arg: string, io: ExecIo): boolean {
  if (op === '-v') return it.getVar(arg) !== undefined || it.arrays.has(arg);
  if (op === '-o') return arg in it && it[arg as 'errexit'] === true;
  return runTest([op === '-a' ? '-e' : op, arg], testEnv(it, io)) === 0;
}

async function binary(it: Interp, e: Extract<CondExpr, { k: 'binary' }>, host: ExpandHost, io: ExecIo): Promise<boolean> {
  const l = await expandSingle(e.l, host);
  switch (e.op) {
    case '==':
    case '=':
      return globMatch(await expandPattern(e.r, host), l);
    case '!=':
      return !globMatch(await expandPattern(e.r, host), l);
    case '=~':
      return regexMatch(it, l, await expandRegex(e.r, host));
    case '<':
      return l < (await expandSingle(e.r, host));
    case '>':
      return l > (await expandSingle(e.r, host));
    case '-eq': case '-ne': case '-lt': case '-le': case '-gt': case '-ge': {
      const a = arithmetic(l, host);
      const b = arithmetic(await expandSingle(e.r, host), host);
      return runTest([String(a), e.op, String(b)], testEnv(it, io)) === 0;
    }
  }
  return runTest([l, e.op, await expandSingle(e.r, host)], testEnv(it, io)) === 0;
}

function regexMatch(it: Interp, s: string, source: string): boolean {
  const re = compileEre(source);
  if (!re) throw new BadRegex();
  const m = re.exec(s);
  const rematch = newArray(false);
  if (m) m.forEach((g, k) => rematch.items.set(String(k), g ?? ''));
  it.unsetVar('BASH_REMATCH');
  it.arrays.set('BASH_REMATCH', rematch);
  return m !== null;
}

function testEnv(it: Interp, io: ExecIo) {
  return { fs: it.fs, cwd: it.cwd, stderr: io.stderr, name: '[[', prefix: it.errPrefix(), dialect: it.dialect };
}
