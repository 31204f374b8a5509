// chmod [-R] MODE[,MODE]… FILE…: octal (755) or symbolic ([ugoa]*[+-=][rwxXst]*, e.g. u+x,go-w,a=r) modes.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, busyboxUsage, errCode, progName, quote, usageError, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';

/** Applies a mode expression to the current mode; null when the expression is invalid. umask is 022 for bare `+x`. */
export function applyMode(expr: string, mode: number, isDir: boolean): number | null {
  if (/^[0-7]{1,4}$/.test(expr)) return parseInt(expr, 8);
  let m = mode;
  for (const clause of expr.split(',')) {
    const c = /^([ugoa]*)((?:[-+=][rwxXst]*|[-+=][ugo])+)$/.exec(clause);
    if (!c) return null;
    const who = c[1] === '' ? 'a' : c[1];
    const implicit = c[1] === '';
    let whoMask = 0;
    if (who.includes('u') || who.includes('a')) whoMask |= 0o4700;
    if (who.includes('g') || who.includes('a')) whoMask |= 0o2070;
    if (who.includes('o') || who.includes('a')) whoMask |= 0o1007;
    for (const op of c[2].match(/[-+=][^-+=]*/g)!) {
      const perms = op.slice(1);
      let bits = 0;
      if (/^[ugo]$/.test(perms)) {
        const src = perms === 'u' ? (m >> 6) & 7 : perms === 'g' ? (m >> 3) & 7 : m & 7;
        bits = (src << 6) | (src << 3) | src;
      } else
        for (const p of perms) {
          if (p === 'r') bits |= 0o444;
          else if (p === 'w') bits |= 0o222;
          else if (p === 'x') bits |= 0o111;
          else if (p === 'X') bits |= isDir || m & 0o111 ? 0o111 : 0;
          else if (p === 's') bits |= 0o6000;
          else if (p === 't') bits |= 0o1000;
        }
      let mask = whoMask & bits;
      if (implicit) mask &= ~0o022;
      if (op[0] === '+') m |= mask;
      else if (op[0] === '-') m &= ~mask;
      else m = (m & ~(whoMask & ~(isDir ? 0o6000 : 0))) | mask;
    }
  }
  return m & 0o7777;
}

function walk(ctx: ProgramContext, p: string, recursive: boolean, each: (path: string) => void): void {
  if (!recursive || ctx.fs.lstat(p).type !== 'dir') return each(p);
  for (const e of ctx.fs.walkTree(p)) if (e.node.type !== 'symlink') each(e.path);
}

/** Makes `chmod`. */
export function makeChmod(flavour: Flavour): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    let recursive = false;
    const rest: string[] = [];
    for (const a of args) {
      if (/^-[Rcfv]+$/.test(a)) recursive ||= a.includes('R');
      else rest.push(a);
    }
    const name = progName(ctx, flavour);
    const usage = '[-Rcvf] MODE[,MODE]... FILE...';
    if (rest.length === 0) return flavour === 'gnu' ? usageError(ctx, flavour, 'missing operand') : busyboxUsage(ctx, usage);
    if (rest.length === 1) return flavour === 'gnu' ? usageError(ctx, flavour, `missing operand after ${quote(ctx, rest[0])}`) : busyboxUsage(ctx, usage);
    const [expr, ...files] = rest;
    if (applyMode(expr, 0o644, false) === null) {
      if (flavour === 'gnu') return usageError(ctx, flavour, `invalid mode: ${quote(ctx, expr)}`);
      ctx.stderr.write(`${name}: invalid mode '${expr}'\n`);
      return 1;
    }
    let code = 0;
    for (const f of files) {
      try {
        walk(ctx, abs(ctx, f), recursive, (p) => {
          const n = ctx.fs.stat(p);
          ctx.fs.chmod(p, applyMode(expr, n.mode, n.type === 'dir')!);
        });
      } catch (e) {
        ctx.stderr.write(flavour === 'gnu' ? `${name}: cannot access '${f}': ${strerror(errCode(e))}\n` : `${name}: ${f}: ${strerror(errCode(e))}\n`);
        code = 1;
      }
    }
    return code;
  };
}
