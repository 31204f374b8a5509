// chown [-R] USER[:GROUP] FILE…: owner and group by name (from the machine's /etc/passwd, /etc/group) or number.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, busyboxUsage, errCode, progName, quote, usageError, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { findAccount, findGroup } from './users.ts';

/** Resolves `user`, `user:group`, `user:` (login group), `:group` or `user.group`; a string on error. */
function parseOwner(ctx: ProgramContext, spec: string, flavour: Flavour): { uid?: number; gid?: number } | { error: string } {
  const sep = spec.includes(':') ? ':' : flavour === 'gnu' && spec.includes('.') && !findAccount(ctx, spec) ? '.' : undefined;
  const [u, g] = sep ? [spec.slice(0, spec.indexOf(sep)), spec.slice(spec.indexOf(sep) + 1)] : [spec, undefined];
  const out: { uid?: number; gid?: number } = {};
  if (u !== '') {
    const a = findAccount(ctx, u);
    if (a) out.uid = a.uid;
    else if (/^\d+$/.test(u)) out.uid = Number(u);
    else return { error: flavour === 'gnu' ? `invalid user: ${quote(ctx, spec)}` : `unknown user ${u}` };
    if (g === '') out.gid = a ? a.gid : undefined;
  }
  if (g) {
    const grp = findGroup(ctx, g);
    if (grp) out.gid = grp.gid;
    else if (/^\d+$/.test(g)) out.gid = Number(g);
    else return { error: flavour === 'gnu' ? `invalid group: ${quote(ctx, spec)}` : `unknown user/group ${spec}` };
  }
  return out;
}

/** Makes `chown`; ownership changes follow symlinks given on the command line, -R does not follow them below. */
export function makeChown(flavour: Flavour): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    let recursive = false;
    const rest: string[] = [];
    for (const a of args) {
      if (/^-[RhcfvHLP]+$/.test(a)) recursive ||= a.includes('R');
      else rest.push(a);
    }
    const name = progName(ctx, flavour);
    const usage = '[-RhLHPcvf]... USER[:[GRP]] FILE...';
    if (rest.length === 0) return flavour === 'gnu' ? usageError(ctx, flavour, 'missing operand') : busyboxUsage(ctx, usage);
    if (rest.length === 1) return flavour === 'gnu' ? usageError(ctx, flavour, `missing operand after ${quote(ctx, rest[0])}`) : busyboxUsage(ctx, usage);
    const [spec, ...files] = rest;
    const owner = parseOwner(ctx, spec, flavour);
    if ('error' in owner) {
      ctx.stderr.write(`${name}: ${owner.error}\n`);
      return 1;
    }
    let code = 0;
    for (const f of files) {
      const p = abs(ctx, f);
      try {
        ctx.fs.chown(p, owner.uid, owner.gid);
        if (recursive && ctx.fs.lstat(p).type === 'dir')
          for (const e of ctx.fs.walkTree(p)) {
            if (e.node.type === 'symlink') continue;
            ctx.fs.chown(e.path, owner.uid, owner.gid);
          }
      } catch (e) {
        ctx.stderr.write(flavour === 'gnu' ? `${name}: cannot access '${f}': ${strerror(errCode(e))}\n` : `${name}: ${f}: ${strerror(errCode(e))}\n`);
        code = 1;
      }
    }
    return code;
  };
}
