// ln [-sfnT] TARGET… LINK|DIR: symbolic links, and hard links (the vfs has no shared inodes: a hard link
// is made as a metadata-preserving copy, so later writes to one name do not show through the other).
import type { Program } from '../../kernel/process.ts';
import { abs, busyboxUsage, errCode, parseFlags, progName, usageError, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { basename } from '../../vfs/path.ts';
import { FsError } from '../../vfs/types.ts';

/** Makes `ln` with GNU (`failed to create symbolic link 'b': File exists`) or busybox (`b: File exists`) wording. */
export function makeLn(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), 'sfnTv', ctx, flavour, flavour === 'gnu' ? ['backup?', 'force:f', 'interactive:i', 'logical:L', 'no-dereference:n', 'physical:P', 'relative:r', 'symbolic:s', 'suffix=:S', 'target-directory=:t', 'no-target-directory:T', 'verbose:v'] : []);
    if (bad) return 1;
    const name = progName(ctx, flavour);
    const usage = '[-sfnbtv] [-S SUF] TARGET... LINK|DIR';
    if (operands.length === 0) return flavour === 'gnu' ? usageError(ctx, flavour, 'missing file operand') : busyboxUsage(ctx, usage);
    if (operands.length === 1 && flavour === 'busybox') return busyboxUsage(ctx, usage);
    const targets = operands.length === 1 ? operands : operands.slice(0, -1);
    const dest = operands.length === 1 ? '.' : operands[operands.length - 1];
    const destAbs = abs(ctx, dest);
    const destIsDir = !flags.has('T') && (() => {
      try {
        const n = flags.has('n') ? ctx.fs.lstat(destAbs) : ctx.fs.stat(destAbs);
        return n.type === 'dir';
      } catch {
        return false;
      }
    })();
    if (targets.length > 1 && !destIsDir) {
      if (flavour === 'gnu') ctx.stderr.write(`${name}: target '${dest}': ${ctx.fs.exists(destAbs) ? 'Not a directory' : 'No such file or directory'}\n`);
      else for (const _t of targets) ctx.stderr.write(`${name}: ${dest}: ${ctx.fs.exists(destAbs) ? 'File exists' : 'No such file or directory'}\n`);
      return 1;
    }
    let code = 0;
    const symbolic = flags.has('s');
    for (const t of targets) {
      const linkName = destIsDir ? (operands.length === 1 ? `./${basename(t)}` : `${dest.replace(/\/+$/, '')}/${basename(t)}`) : dest;
      const linkAbs = abs(ctx, linkName);
      const shown = flavour === 'gnu' ? linkName : destIsDir && operands.length === 1 ? basename(t) : linkName;
      try {
        if (!symbolic) {
          const src = ctx.fs.stat(abs(ctx, t));
          if (src.type === 'dir') {
            ctx.stderr.write(flavour === 'gnu' ? `${name}: ${t}: hard link not allowed for directory\n` : `${name}: ${shown}: Operation not permitted\n`);
            code = 1;
            continue;
          }
        }
      } catch (e) {
        ctx.stderr.write(flavour === 'gnu' ? `${name}: failed to access '${t}': ${strerror(errCode(e))}\n` : `${name}: ${t}: ${strerror(errCode(e))}\n`);
        code = 1;
        continue;
      }
      try {
        if (flags.has('f') && ctx.fs.lexists(linkAbs) && ctx.fs.lstat(linkAbs).type !== 'dir') ctx.fs.unlink(linkAbs);
        if (symbolic) ctx.fs.symlink(t, linkAbs);
        else {
          if (ctx.fs.lexists(linkAbs)) throw new FsError('EEXIST', linkAbs);
          ctx.fs.copy(abs(ctx, t), linkAbs, { preserve: true });
        }
        if (flags.has('v')) ctx.stdout.write(`'${linkName}' ${symbolic ? '->' : '=>'} '${t}'\n`);
      } catch (e) {
        const c = strerror(errCode(e));
        ctx.stderr.write(flavour === 'gnu' ? `${name}: failed to create ${symbolic ? 'symbolic' : 'hard'} link '${linkName}': ${c}\n` : `${name}: ${shown}: ${c}\n`);
        code = 1;
      }
    }
    return code;
  };
}
