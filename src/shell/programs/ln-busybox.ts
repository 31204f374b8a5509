// busybox ln [-sfnbvT] [-S SUF] TARGET... LINK|DIR, as coreutils/ln.c runs it: each TARGET in turn, the
// link named LINK or DIR/TARGET, a backup renamed out of the way (-b) or the old name unlinked (-f)
// first, every failure `ln: NAME: strerror`. -S only sets -b's suffix.
import type { ProgramContext } from '../../kernel/process.ts';
import { strerror } from '../messages.ts';
import { abs, busyboxUsage } from './util.ts';
import { fsCall, hardLinkAt, symlinkAt } from './ln-link.ts';

/** The options busybox's ln acts on. */
export interface BusyboxLnOptions {
  symbolic: boolean;
  force: boolean;
  noDereference: boolean;
  backup: boolean;
  suffix: string;
  verbose: boolean;
  noTargetDir: boolean;
}

/** bb_get_last_path_component_strip: the last component, trailing slashes dropped (`/` stays). */
function lastComponent(name: string): string {
  const s = name.replace(/(.)\/+$/, '$1');
  return s === '/' ? s : s.slice(s.lastIndexOf('/') + 1);
}

// is_directory(): stat(2), or lstat(2) when not following.
function isDirectory(ctx: ProgramContext, name: string, follow: boolean): boolean {
  try {
    return (follow ? ctx.fs.stat(abs(ctx, name)) : ctx.fs.lstat(abs(ctx, name))).type === 'dir';
  } catch {
    return false;
  }
}

/** Runs busybox's ln over its operands; returns the exit status. */
export function busyboxLn(ctx: ProgramContext, o: BusyboxLnOptions, operands: string[]): number {
  if (operands.length === 0) return busyboxUsage(ctx, '[-sfnbtv] [-S SUF] TARGET... LINK|DIR');
  const fail = (name: string, code: string) => void ctx.stderr.write(`ln: ${name}: ${strerror(code)}\n`);
  if (o.noTargetDir && operands.length > 2) {
    ctx.stderr.write('ln: -T accepts 2 args max\n');
    return 1;
  }
  // `ln PATH/TO/FILE` links FILE here.
  const last = operands.length === 1 ? lastComponent(operands[0]) : operands[operands.length - 1];
  const targets = operands.length === 1 ? operands : operands.slice(0, -1);
  let status = 0;
  for (const target of targets) {
    let link = last;
    // -T does not follow a symlink to a directory, as -n does not.
    if (isDirectory(ctx, link, !(o.noDereference || o.noTargetDir))) {
      if (o.noTargetDir) {
        ctx.stderr.write(`ln: '${link}' is a directory\n`);
        return 1;
      }
      link = `${link}${link.endsWith('/') ? '' : '/'}${lastComponent(target).replace(/^\/+/, '')}`;
    }
    const targetAbs = abs(ctx, target);
    // A hard link's target must exist, or be a symlink (coreutils links a dangling one too).
    if (!o.symbolic && !ctx.fs.exists(targetAbs)) {
      const missing = fsCall(() => ctx.fs.stat(targetAbs));
      if (!ctx.fs.lexists(targetAbs) || ctx.fs.lstat(targetAbs).type !== 'symlink') {
        fail(target, missing || 'ENOENT');
        status = 1;
        continue;
      }
    }
    const linkAbs = abs(ctx, link);
    if (o.backup) {
      const moved = fsCall(() => ctx.fs.rename(linkAbs, abs(ctx, link + o.suffix)));
      if (moved && moved !== 'ENOENT') {
        fail(link, moved);
        status = 1;
        continue;
      }
    }
    // The old name goes whatever it is (a directory stays: unlink fails on it, then the link does).
    if (o.backup || o.force) fsCall(() => ctx.fs.unlink(linkAbs));
    if (o.verbose) ctx.stdout.write(`'${link}' -> '${target}'\n`);
    const made = o.symbolic ? symlinkAt(ctx.fs, target, linkAbs) : hardLinkAt(ctx.fs, targetAbs, linkAbs);
    if (made) {
      fail(link, made);
      status = 1;
    }
  }
  return status;
}
