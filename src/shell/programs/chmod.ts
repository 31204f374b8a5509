// chmod [-R] MODE[,MODE]… FILE…: octal (755) or symbolic ([ugoa]*[+-=][rwxXst]*, e.g. u+x,go-w,a=r) modes.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, busyboxUsage, errCode, progName, quote, usageError, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { applyMode } from '../file-mode.ts';

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
          ctx.fs.chmod(p, applyMode(expr, n.mode, n.type === 'dir', ctx.fs.umask, flavour === 'busybox')!);
        });
      } catch (e) {
        ctx.stderr.write(flavour === 'gnu' ? `${name}: cannot access '${f}': ${strerror(errCode(e))}\n` : `${name}: ${f}: ${strerror(errCode(e))}\n`);
        code = 1;
      }
    }
    return code;
  };
}
