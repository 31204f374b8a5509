// cp and mv: their command lines (cp-options.ts), the copy walk where options need one (cp-tree.ts),
// backups (cp-backup.ts); in the lazy userland chunk, so the worker's first chunk does not carry them.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { basename } from '../../vfs/path.ts';
import { abs, errCode, parseFlags, type Flavour } from './util.ts';
import { copyPlan, moveAside, ownWalk } from './cp-options.ts';
import { copyTree } from './cp-tree.ts';

// The long options busybox's cp and mv take (with FEATURE_CP_LONG_OPTIONS, as Alpine builds it).
const CP_LONG_BB = ['archive:a', 'force:f', 'interactive:i', 'link:l', 'dereference:L', 'no-dereference:P', 'recursive:R', 'symbolic-link:s', 'verbose:v', 'parents', 'update:u', 'remove-destination', 'target-directory=:t', 'no-target-directory:T', 'preserve?'];
const MV_LONG_BB = ['interactive:i', 'force:f', 'no-clobber:n', 'no-target-directory:T', 'target-directory=:t', 'verbose:v'];
// GNU's (cp --help, mv --help).
const CP_LONG = ['archive:a', 'attributes-only', '+backup?', 'copy-contents', 'force:f', 'interactive:i', 'link:l', 'dereference:L', 'no-clobber:n', 'no-dereference:P', 'preserve?', 'no-preserve=', 'parents', 'recursive:R', 'reflink?', 'remove-destination', 'sparse=', 'strip-trailing-slashes', 'symbolic-link:s', 'suffix=:S', 'target-directory=:t', 'no-target-directory:T', 'update:u', 'verbose:v', 'one-file-system:x', 'context?'];
const MV_LONG = ['+backup?', 'force:f', 'interactive:i', 'no-clobber:n', 'strip-trailing-slashes', 'suffix=:S', 'target-directory=:t', 'no-target-directory:T', 'update:u', 'verbose:v', 'context:Z'];

function isDir(ctx: ProgramContext, p: string): boolean {
  try {
    return ctx.fs.stat(p).type === 'dir';
  } catch {
    return false;
  }
}

function copyOrMove(kind: 'cp' | 'mv', flavour: Flavour): Program {
  return (ctx) => {
    // cp -l stays refused: the vfs has no shared inodes (cp-options.ts).
    const letters = kind === 'cp' ? (flavour === 'gnu' ? 'rRafpvTnusdPLHxbt:S:' : 'rRafpvTnusdPLHt:') : flavour === 'gnu' ? 'fivnTubt:S:' : 'fivnTt:';
    const parsed = parseFlags(ctx.argv.slice(1), letters, ctx, flavour, flavour === 'gnu' ? (kind === 'cp' ? CP_LONG : MV_LONG) : kind === 'cp' ? CP_LONG_BB : MV_LONG_BB, kind === 'mv' ? 'i' : '');
    if (parsed.bad) return 1;
    const plan = copyPlan(ctx, kind, flavour, parsed);
    if (typeof plan === 'number') return plan;
    const { flags } = parsed;
    const { dest, sources, destIsDir, x } = plan;
    const recursive = x.recursive;
    const destAbs = abs(ctx, dest);
    if (sources.length > 1 && !destIsDir) {
      ctx.stderr.write(flavour === 'gnu' ? `${kind}: target '${dest}': ${ctx.fs.exists(destAbs) ? 'Not a directory' : 'No such file or directory'}\n` : `${kind}: '${dest}' is not a directory\n`);
      return 1;
    }
    let code = 0;
    for (const s of sources) {
      const sAbs = abs(ctx, s);
      // cp names the copy by the operand's last part as typed: `d/.` goes into the directory itself.
      const base = kind === 'cp' ? s.replace(/(.)\/+$/, '$1').replace(/^.*\//, '').replace(/^\.\.$/, '.') : basename(sAbs);
      const target = destIsDir ? (destAbs === '/' ? '' : destAbs) + '/' + base : destAbs;
      const shown = destIsDir ? `${dest.replace(/\/+$/, '')}/${base}` : dest;
      // cp's rarer options take its own walk.
      if (kind === 'cp' && ownWalk(ctx, x, sAbs, target)) {
        // busybox strips the operand's trailing slashes naming its copy in a directory.
        if (!copyTree(ctx, x, flavour === 'busybox' && destIsDir ? s.replace(/(.)\/+$/, '$1') : s, shown, target)) code = 1;
        continue;
      }
      // -n: an existing target is kept, silently.
      if (x.noClobber && ctx.fs.lexists(sAbs) && ctx.fs.lexists(target)) continue;
      try {
        if (!ctx.fs.lexists(sAbs)) ctx.fs.lstat(sAbs);
        if (kind === 'cp') {
          if (isDir(ctx, sAbs) && !recursive) {
            ctx.stderr.write(flavour === 'gnu' ? `cp: -r not specified; omitting directory '${s}'\n` : `cp: omitting directory '${s}'\n`);
            code = 1;
            continue;
          }
          if (isDir(ctx, target) && !isDir(ctx, sAbs)) {
            ctx.stderr.write(flavour === 'gnu' ? `cp: cannot overwrite directory '${shown}' with non-directory\n` : `cp: '${shown}' is a directory\n`);
            code = 1;
            continue;
          }
          ctx.fs.copy(sAbs, target, { recursive, preserve: flags.has('a') || flags.has('p') });
          if (flags.has('v')) ctx.stdout.write(copiedLines(ctx, flavour, s, shown, target));
        } else {
          if (ctx.fs.lexists(target) && isDir(ctx, target) && !isDir(ctx, sAbs)) {
            ctx.stderr.write(flavour === 'gnu' ? `mv: cannot overwrite directory '${shown}' with non-directory\n` : `mv: can't rename '${s}': Is a directory\n`);
            code = 1;
            continue;
          }
          // -u's newer destination stays; GNU's backup is made first.
          const aside = moveAside(ctx, x, s, sAbs, shown, target);
          if (aside === 'skip') continue;
          if (aside === false) {
            code = 1;
            continue;
          }
          ctx.fs.rename(sAbs, target);
          if (flags.has('v')) ctx.stdout.write(`${flavour === 'gnu' ? 'renamed ' : ''}'${s}' -> '${shown}'${aside ? ` (backup: '${shown}${aside}')` : ''}\n`);
        }
      } catch (e) {
        const c = errCode(e);
        // cp reads through a symlink: a dangling one is a source not there.
        if (kind === 'cp' ? !ctx.fs.exists(sAbs) : !ctx.fs.lexists(sAbs)) {
          ctx.stderr.write(flavour === 'gnu' ? `${kind}: cannot stat '${s}': ${strerror(c)}\n` : kind === 'mv' ? `mv: can't rename '${s}': ${strerror(c)}\n` : `cp: can't stat '${s}': ${strerror(c)}\n`);
        } else if (c === 'EINVAL') {
          ctx.stderr.write(flavour === 'gnu' ? `${kind}: cannot ${kind === 'cp' ? 'copy' : 'move'} a directory, '${s}', into itself, '${dest}/${basename(sAbs)}'\n` : `${kind}: can't ${kind === 'cp' ? 'copy' : 'move'} a directory into itself\n`);
        } else {
          // The file made or moved is named as typed: `cp f dir/` fails on 'dir/f'.
          const msg = strerror(c);
          if (kind === 'cp') ctx.stderr.write(flavour === 'gnu' ? `cp: cannot create regular file '${shown}': ${msg}\n` : `cp: can't create '${shown}': ${msg}\n`);
          else ctx.stderr.write(flavour === 'gnu' ? `mv: cannot move '${s}' to '${shown}': ${msg}\n` : `mv: can't rename '${s}': ${msg}\n`);
        }
        code = 1;
      }
    }
    return code;
  };
}

/** cp -v's lines for a copy made, each `'from' -> 'to'`: a directory before what it holds (busybox: after). */
function copiedLines(ctx: ProgramContext, flavour: Flavour, from: string, to: string, made: string): string {
  const own = `'${from}' -> '${to}'\n`;
  if (!isDir(ctx, made)) return own;
  const inner = ctx.fs.readdir(made).map((child) => copiedLines(ctx, flavour, `${from.replace(/\/+$/, '')}/${child}`, `${to}/${child}`, `${made}/${child}`)).join('');
  return flavour === 'gnu' ? own + inner : inner + own;
}

/** `cp [-r] SRC… DEST` */
export const makeCp = (flavour: Flavour): Program => copyOrMove('cp', flavour);
/** `mv SRC… DEST` */
export const makeMv = (flavour: Flavour): Program => copyOrMove('mv', flavour);
