// cp's and mv's command lines settled: the sources and where they go (-t DIR, -T, or the last operand, with
// each flavour's refusals), and what the copy or move does beyond the basics (-u, -s, -L/-H/-P/-d, -n, and
// GNU's backups). -l stays refused: the vfs has no shared inodes, so a hard link could only be a copy.
import type { ProgramContext } from '../../kernel/process.ts';
import { basename, dirname } from '../../vfs/path.ts';
import { strerror } from '../messages.ts';
import { abs, busyboxUsage, errCode, usageError, type Flavour, type ParsedFlags } from './util.ts';
import { backupSuffix, gnuBackups, type Backups } from './cp-backup.ts';
import type { Deref, TreeOptions } from './cp-tree.ts';

/** What cp or mv is to do: the sources, the destination as typed and whether it is a directory to put them in, and how. */
export interface CopyPlan {
  sources: string[];
  dest: string;
  destIsDir: boolean;
  x: TreeOptions;
}

// A refusal that ends the program: its line, status 1.
function die(ctx: ProgramContext, msg: string): number {
  ctx.stderr.write(`${ctx.argv[0]}: ${msg}\n`);
  return 1;
}

// Whether `p` is a directory (following symlinks), or why it is not one ('': it is).
function notDir(ctx: ProgramContext, p: string): string {
  try {
    return ctx.fs.stat(abs(ctx, p)).type === 'dir' ? '' : 'ENOTDIR';
  } catch (e) {
    return errCode(e);
  }
}

// Which symlinks cp follows. GNU: the last of -a/-d/-P (none), -H (the operands'), -L (all); else all, or none with -R.
// busybox: -L, or no -d/-P/-R/-a, follows all; else -H the operands'.
function derefOf(flavour: Flavour, p: ParsedFlags, recursive: boolean): Deref {
  if (flavour === 'busybox') {
    if (p.flags.has('L') || !['d', 'P', 'r', 'R', 'a'].some((c) => p.flags.has(c))) return 'always';
    return p.flags.has('H') ? 'args' : 'never';
  }
  const last = p.order.filter((c) => 'adPHL'.includes(c) && c.length === 1).pop();
  if (last === 'L') return 'always';
  if (last === 'H') return 'args';
  return last || recursive ? 'never' : 'always';
}

// GNU's operand checks (do_copy's and mv's): too few, -T's extra one, -t DIR, or several into what is no directory.
function gnuTarget(ctx: ProgramContext, p: ParsedFlags, target: string | undefined): { dest: string; destIsDir: boolean; sources: string[] } | number {
  const ops = p.operands;
  if (ops.length <= (target === undefined ? 1 : 0)) return usageError(ctx, 'gnu', ops.length ? `missing destination file operand after '${ops[0]}'` : 'missing file operand');
  if (p.flags.has('T')) {
    if (target !== undefined) return die(ctx, 'cannot combine --target-directory (-t) and --no-target-directory (-T)');
    if (ops.length > 2) return usageError(ctx, 'gnu', `extra operand '${ops[2]}'`);
    return { dest: ops[1], destIsDir: false, sources: [ops[0]] };
  }
  if (target !== undefined) {
    const why = notDir(ctx, target);
    return why ? die(ctx, `target directory '${target}': ${strerror(why)}`) : { dest: target, destIsDir: true, sources: ops };
  }
  const last = ops[ops.length - 1];
  const why = notDir(ctx, last);
  if (why && ops.length > 2) return die(ctx, `target '${last}': ${strerror(why)}`);
  return { dest: last, destIsDir: !why, sources: ops.slice(0, -1) };
}

// busybox's: its usage for too few operands (or mv's -t with -T), -T's `'DIR' is a directory` for a file onto a directory.
function busyboxTarget(ctx: ProgramContext, kind: 'cp' | 'mv', p: ParsedFlags, target: string | undefined): { dest: string; destIsDir: boolean; sources: string[] } | number {
  const ops = p.operands;
  const usage = () => busyboxUsage(ctx, kind === 'cp' ? '[-arPLHpfinlsTu] SOURCE DEST' : '[-finT] SOURCE DEST');
  const T = p.flags.has('T');
  if (ops.length === 0 || (kind === 'mv' && T && target !== undefined)) return usage();
  if (target !== undefined) return { dest: target, destIsDir: true, sources: ops };
  if (ops.length < 2 || (T && ops.length > 2)) return usage();
  const last = ops[ops.length - 1];
  const destIsDir = !notDir(ctx, last);
  if (T && destIsDir && notDir(ctx, ops[0])) return die(ctx, `'${last}' is a directory`);
  return { dest: last, destIsDir: destIsDir && !T, sources: ops.slice(0, -1) };
}

/** Reads cp's or mv's command line (parsed) into its plan, or refuses it with its status. */
export function copyPlan(ctx: ProgramContext, kind: 'cp' | 'mv', flavour: Flavour, p: ParsedFlags): CopyPlan | number {
  const gnu = flavour === 'gnu';
  if (gnu && p.order.filter((c) => c === 't').length > 1) return die(ctx, 'multiple target directories specified');
  // mv: the last of -f, -i, -n decides; cp's -f does not undo -n.
  const noClobber = kind === 'mv' ? p.order.filter((c) => 'fin'.includes(c) && c.length === 1).pop() === 'n' : p.flags.has('n');
  const makeBackups = gnu && (p.flags.has('b') || p.flags.has('--backup') || p.flags.has('S'));
  const exclusive = () => usageError(ctx, 'gnu', 'options --backup and --no-clobber are mutually exclusive');
  let backups: Backups | undefined = { type: 'none', suffix: '~' };
  // cp reads its backup type before its operands, mv after.
  if (kind === 'cp' && makeBackups && noClobber) return exclusive();
  if (kind === 'cp') backups = gnuBackups(ctx, makeBackups, p.values.get('backup'), p.values.get('suffix'));
  if (!backups) return 1;
  const target = p.values.get('target-directory');
  const where = gnu ? gnuTarget(ctx, p, target) : busyboxTarget(ctx, kind, p, target);
  if (typeof where === 'number') return where;
  if (kind === 'mv' && makeBackups && noClobber) return exclusive();
  if (kind === 'mv') backups = gnuBackups(ctx, makeBackups, p.values.get('backup'), p.values.get('suffix'));
  if (!backups) return 1;
  const recursive = p.flags.has('r') || p.flags.has('R') || p.flags.has('a');
  const x: TreeOptions = { flavour, recursive, preserve: p.flags.has('a') || p.flags.has('p'), deref: derefOf(flavour, p, recursive), update: p.flags.has('u') && !noClobber, symbolic: p.flags.has('s'), noClobber, force: p.flags.has('f'), backups, verbose: p.flags.has('v') };
  return { ...where, x };
}

/** Whether copying `src` to `dst` (absolute) takes cp's own walk (cp-tree.ts) rather than the vfs's one-call copy. */
export function ownWalk(ctx: ProgramContext, x: TreeOptions, src: string, dst: string): boolean {
  if (x.update || x.symbolic || x.backups.type !== 'none' || (x.deref === 'always' && x.recursive)) return true;
  try {
    const node = ctx.fs.lstat(src);
    // The walk also refuses a file copied onto itself.
    const same = ctx.fs.exists(dst) && ctx.fs.exists(src) && ctx.fs.stat(src) === ctx.fs.stat(dst);
    // -v of a tree: the walk names only what it copies; a tree copied into itself: the walk goes as far as cp does.
    const tree = x.recursive && node.type === 'dir';
    const into = tree && ctx.fs.exists(src) && (dirname(dst) + '/').startsWith(ctx.fs.realpath(src) + '/');
    return same || into || (x.deref === 'never' && node.type === 'symlink') || ((x.noClobber || x.verbose) && tree);
  } catch {
    return false;
  }
}

/** mv's -u and GNU's backups before a rename: 'skip' (the destination is as new), the backup's suffix ('' none), or false after a failure. */
export function moveAside(ctx: ProgramContext, x: TreeOptions, from: string, src: string, to: string, dst: string): 'skip' | string | false {
  if (!ctx.fs.lexists(dst)) return '';
  const node = ctx.fs.lstat(src);
  if (x.update && node.type !== 'dir' && ctx.fs.lstat(dst).mtime >= node.mtime) return 'skip';
  if (x.backups.type === 'none') return '';
  if (x.backups.type !== 'numbered' && basename(from) === basename(to) + x.backups.suffix && ctx.fs.lexists(dst + x.backups.suffix) && ctx.fs.lstat(dst + x.backups.suffix) === node) {
    die(ctx, `backing up '${to}' might destroy source;  '${from}' not moved`);
    return false;
  }
  const suffix = backupSuffix(ctx.fs, dst, x.backups);
  try {
    ctx.fs.rename(dst, dst + suffix);
  } catch (e) {
    die(ctx, `cannot backup '${to}': ${strerror(errCode(e))}`);
    return false;
  }
  return suffix;
}
