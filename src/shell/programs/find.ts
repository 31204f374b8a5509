// find [PATH]… [EXPRESSION]: walks trees printing paths that pass -name -iname -path -type -maxdepth -mindepth,
// -size -mtime -mmin -atime -amin -ctime -cmin -newer -empty (find-tests.ts), -perm (find-perm.ts), printed by -print or -print0, combined with ! -not -a -o and parentheses, or running -exec and -delete on them (find-actions.ts). Real find walks in directory (hash) order; we walk in sorted
// order, so the set of lines is right but their order can differ from a real machine.
import type { Program } from '../../kernel/process.ts';
import type { ProgramTable } from './exec.ts';
import { deletePath, runCommand, substitute } from './find-actions.ts';
import { ageTest, FindArgError, newerTest, sizeTest } from './find-tests.ts';
import { permTest } from './find-perm.ts';
import { findAccount, findGroup } from './users.ts';
import type { FsNode } from '../../vfs/types.ts';
import { patternSource } from '../glob.ts';
import { abs, checkSignal, errCode, progName, quote, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';

type Expr =
  | { op: 'and' | 'or'; a: Expr; b: Expr }
  | { op: 'not'; a: Expr }
  | { op: 'test'; fn: (path: string, node: FsNode) => boolean }
  | { op: 'print'; end: string }
  | { op: 'quit' }
  | { op: 'exec'; argv: string[]; batch: boolean }
  | { op: 'delete' };

class FindError extends Error {}

// -quit: the walk stops at once (after what was printed so far).
class QuitWalk {}

function baseName(p: string): string {
  const s = p.replace(/\/+$/, '');
  return s === '' ? '/' : s.slice(s.lastIndexOf('/') + 1);
}

/** Makes `find` with GNU or busybox messages; -exec runs programs of `table` (or a shell). */
export function makeFind(flavour: Flavour, table: ProgramTable): Program {
  return async (ctx) => {
    const name = progName(ctx, flavour);
    const args = ctx.argv.slice(1);
    const paths: string[] = [];
    let i = 0;
    while (i < args.length && !/^[-!(]/.test(args[i]) ) paths.push(args[i++]);
    let maxDepth = Infinity;
    let minDepth = 0;
    let printed = false;
    let depthFirst = false;
    const batches: { argv: string[]; paths: string[] }[] = [];
    const toks = args.slice(i);
    let pos = 0;
    const need = (opt: string): string => {
      const v = toks[pos++];
      if (v === undefined) throw new FindError(flavour === 'gnu' ? `missing argument to \`${opt}'` : `${opt} requires an argument`);
      return v;
    };
    const primary = (): Expr => {
      const t = toks[pos++];
      if (t === '!' || t === '-not') return { op: 'not', a: primary() };
      if (t === '(') {
        const e = orExpr();
        if (toks[pos++] !== ')') throw new FindError(flavour === 'gnu' ? 'invalid expression; I was expecting to find a \')\' somewhere but did not see one.' : 'unrecognized: (');
        return e;
      }
      switch (t) {
        case '-name':
        case '-iname': {
          const re = new RegExp('^' + patternSource(need(t)) + '$', t === '-iname' ? 'i' : '');
          return { op: 'test', fn: (p) => re.test(baseName(p)) };
        }
        case '-path':
        case '-ipath':
        case '-wholename': {
          const re = new RegExp('^' + patternSource(need(t)) + '$', t === '-ipath' ? 'i' : '');
          return { op: 'test', fn: (p) => re.test(p) };
        }
        case '-type': {
          const v = need(t);
          if (!/^[fdlbcps]$/.test(v)) throw new FindError(flavour === 'gnu' ? `Unknown argument to -type: ${v}` : `invalid argument '${v}' to '-type'`);
          const want = v === 'f' ? 'file' : v === 'd' ? 'dir' : v === 'l' ? 'symlink' : 'none';
          return { op: 'test', fn: (_p, n) => n.type === want };
        }
        case '-maxdepth':
        case '-mindepth': {
          const v = need(t);
          if (!/^\d+$/.test(v)) throw new FindError(flavour === 'gnu' ? `Expected a positive decimal integer argument to ${t}, but got ${quote(ctx, v)}` : `invalid number '${v}'`);
          if (t === '-maxdepth') maxDepth = Number(v);
          else minDepth = Number(v);
          return { op: 'test', fn: () => true };
        }
        case '-empty':
          return { op: 'test', fn: (_p, n) => (n.type === 'dir' ? n.children.size === 0 : n.type === 'file' ? (n.size ?? n.data.length) === 0 : false) };
        case '-print':
        case '-print0':
          printed = true;
          return { op: 'print', end: t === '-print0' ? '\0' : '\n' };
        case '-size':
          return { op: 'test', fn: sizeTest(flavour, need(t)) };
        case '-mtime':
        case '-mmin':
        case '-atime':
        case '-amin':
        case '-ctime':
        case '-cmin':
          return { op: 'test', fn: ageTest(flavour, t, need(t), ctx.fs.now()) };
        case '-perm':
          return { op: 'test', fn: permTest(ctx, flavour, need(t)) };
        case '-newer':
          return { op: 'test', fn: newerTest(ctx, flavour, need(t)) };
        case '-quit':
          return { op: 'quit' };
        case '-exec': {
          const start = pos;
          while (pos < toks.length && toks[pos] !== ';' && !(toks[pos] === '+' && toks[pos - 1] === '{}')) pos++;
          if (pos >= toks.length || pos === start) throw new FindError(flavour === 'gnu' ? `missing argument to \`-exec'` : '-exec requires an argument');
          const batch = toks[pos++] === '+';
          printed = true;
          const argv = toks.slice(start, batch ? pos - 2 : pos - 1);
          if (batch) batches.push({ argv, paths: [] });
          return { op: 'exec', argv, batch };
        }
        case '-user':
        case '-group': {
          const v = need(t);
          const user = t === '-user';
          const found = user ? findAccount(ctx, v)?.uid : findGroup(ctx, v)?.gid;
          const id = found ?? (/^\d+$/.test(v) ? Number(v) : v === 'root' ? 0 : undefined);
          if (id === undefined) throw new FindError(flavour === 'gnu' ? `${quote(ctx, v)} is not the name of ${user ? 'a known user' : 'an existing group'}` : `unknown ${user ? 'user' : 'group'} ${v}`);
          return { op: 'test', fn: (_p, n) => (user ? n.uid : n.gid) === id };
        }
        case '-delete':
          printed = true;
          depthFirst = true;
          return { op: 'delete' };
        case '-depth':
          depthFirst = true;
          return { op: 'test', fn: () => true };
        case '-follow':
          // Symlinks are followed only to decide types; the trees here have no symlinked directories to loop through.
          return { op: 'test', fn: () => true };
        case '-true':
          return { op: 'test', fn: () => true };
        case '-false':
          return { op: 'test', fn: () => false };
        case undefined:
          throw new FindError(flavour === 'gnu' ? 'invalid expression' : 'unrecognized: ');
        default:
          throw new FindError(flavour === 'gnu' ? (t.startsWith('-') ? `unknown predicate \`${t}'` : `paths must precede expression: \`${t}'`) : `unrecognized: ${t}`);
      }
    };
    const andExpr = (): Expr => {
      let e = primary();
      while (pos < toks.length && toks[pos] !== '-o' && toks[pos] !== '-or' && toks[pos] !== ')') {
        if (toks[pos] === '-a' || toks[pos] === '-and') pos++;
        e = { op: 'and', a: e, b: primary() };
      }
      return e;
    };
    const orExpr = (): Expr => {
      let e = andExpr();
      while (toks[pos] === '-o' || toks[pos] === '-or') {
        pos++;
        e = { op: 'or', a: e, b: andExpr() };
      }
      return e;
    };
    let expr: Expr | undefined;
    try {
      if (toks.length) expr = orExpr();
      if (pos < toks.length) throw new FindError(flavour === 'gnu' ? `unexpected extra predicate '${toks[pos]}'` : `unrecognized: ${toks[pos]}`);
    } catch (e) {
      if (!(e instanceof FindError || e instanceof FindArgError)) throw e;
      ctx.stderr.write(`${name}: ${e.message}\n`);
      return 1;
    }
    let out = '';
    let code = 0;
    const flush = () => {
      ctx.stdout.write(out);
      out = '';
    };
    const execute = async (argv: string[]) => {
      flush();
      return runCommand(ctx, table, flavour, argv);
    };
    const evaluate = async (e: Expr, p: string, n: FsNode): Promise<boolean> => {
      switch (e.op) {
        case 'and': return (await evaluate(e.a, p, n)) && evaluate(e.b, p, n);
        case 'or': return (await evaluate(e.a, p, n)) || evaluate(e.b, p, n);
        case 'not': return !(await evaluate(e.a, p, n));
        case 'test': return e.fn(p, n);
        case 'print': out += p + e.end; return true;
        case 'quit': throw new QuitWalk();
        case 'delete':
          if (deletePath(ctx, flavour, p)) return true;
          code = 1;
          return false;
        case 'exec':
          if (e.batch) batches.find((b) => b.argv === e.argv)!.paths.push(p);
          return e.batch || (await execute(substitute(e.argv, p))) === 0;
      }
    };
    for (const start of paths.length ? paths : ['.']) {
      const p = abs(ctx, start);
      let startNode: FsNode;
      try {
        startNode = ctx.fs.lstat(p);
      } catch (e) {
        ctx.stdout.write(out);
        out = '';
        ctx.stderr.write(flavour === 'gnu' ? `${name}: ${quote(ctx, start)}: ${strerror(errCode(e))}\n` : `${name}: ${start}: ${strerror(errCode(e))}\n`);
        code = 1;
        continue;
      }
      // A start path that is a symlink to a directory is not followed (-P), as both tools do by default.
      // -depth and -delete act on a directory after its contents.
      const visit = async (shown: string, node: FsNode, depth: number) => {
        checkSignal(ctx);
        const act = async () => {
          if (depth < minDepth) return;
          const ok = expr ? await evaluate(expr, shown, node) : true;
          if (ok && !printed) out += shown + '\n';
        };
        if (!depthFirst) await act();
        if (node.type === 'dir' && depth < maxDepth) {
          for (const child of [...node.children.keys()].sort()) await visit(shown.endsWith('/') ? shown + child : `${shown}/${child}`, node.children.get(child)!, depth + 1);
        }
        if (depthFirst) await act();
      };
      try {
        await visit(start, startNode, 0);
      } catch (e) {
        if (e instanceof QuitWalk) break;
        throw e;
      }
    }
    flush();
    // -exec … +: one run with every path (GNU finds exit 1 when one fails).
    for (const b of batches) {
      if (b.paths.length === 0) continue;
      const at = b.argv.lastIndexOf('{}');
      if ((await execute([...b.argv.slice(0, at < 0 ? b.argv.length : at), ...b.paths, ...b.argv.slice(at < 0 ? b.argv.length : at + 1)])) !== 0) code = 1;
    }
    return code;
  };
}
