// ln [-sfnTvr] [-b] [-S SUF] [-t DIR] TARGET… LINK|DIR: symbolic links, and hard links (the vfs has no
// shared inodes: a hard link is made as a copy, see ln-link.ts), GNU's flow (coreutils 9.1's ln.c) or
// busybox's (ln-busybox.ts). -i, and GNU's -L/-P (hard links to a symlink's target or to the symlink
// itself, a distinction only shared inodes would show), are refused.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { abs, parseFlags, usageError, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { backupSuffix, gnuBackups, type Backups } from './cp-backup.ts';
import { fsCall, hardLinkAt, symlinkAt } from './ln-link.ts';
import { relativeTarget } from './ln-relative.ts';
import { busyboxLn } from './ln-busybox.ts';

const LN_LONG = ['+backup?', 'directory:d', 'force:f', 'interactive:i', 'logical:L', 'no-dereference:n', 'physical:P', 'relative:r', 'symbolic:s', 'suffix=:S', 'target-directory=:t', 'no-target-directory:T', 'verbose:v'];

/** What GNU's ln was asked, settled before the first link. */
interface GnuLn {
  symbolic: boolean;
  relative: boolean;
  force: boolean;
  hardDir: boolean;
  verbose: boolean;
  backups: Backups;
  /** The hard links made so far, when a later one could replace an earlier (several into a directory with -f). */
  made?: Set<FsNode>;
}

// An error of GNU's ln: its line, and false for the caller to return.
function fail(ctx: ProgramContext, msg: string): false {
  ctx.stderr.write(`${ctx.argv[0]}: ${msg}\n`);
  return false;
}

/** quotef: a name quoted only where the shell would need it. */
function quotef(s: string): string {
  return /^[\w.,/@%+=:^-]+$/.test(s) ? s : `'${s}'`;
}

/** file_name_concat: DIR/BASE, no slash added after one DIR ends with. */
function concat(dir: string, name: string): string {
  const base = name.replace(/(.)\/+$/, '$1').replace(/^.*\/(?=.)/, '');
  return `${dir}${dir.endsWith('/') ? '' : '/'}${base}`;
}

// atomic_link: the link tried before anything is checked ('' made, else why not; -r's is not tried: undefined).
function atomicLink(ctx: ProgramContext, o: GnuLn, source: string, dest: string): string | undefined {
  if (o.symbolic) return o.relative ? undefined : symlinkAt(ctx.fs, source, abs(ctx, dest));
  return hardLinkAt(ctx.fs, abs(ctx, source), abs(ctx, dest));
}

// force_symlinkat / force_linkat: the link, or with `force` the existing name replaced by it.
function forceLink(ctx: ProgramContext, o: GnuLn, source: string, dest: string, force: boolean, tried: string | undefined): string {
  const make = () => (o.symbolic ? symlinkAt(ctx.fs, source, abs(ctx, dest)) : hardLinkAt(ctx.fs, abs(ctx, source), abs(ctx, dest)));
  const err = tried ?? make();
  if (!(force && err === 'EEXIST')) return err;
  // A backup may have moved the name away already.
  const gone = fsCall(() => ctx.fs.unlink(abs(ctx, dest)));
  return gone && gone !== 'ENOENT' ? gone : make();
}

// What GNU prints of a link that failed (the target named where the error is not the link name's).
function linkFailure(o: GnuLn, source: string, dest: string, code: string): string {
  if (o.symbolic) return code !== 'ENAMETOOLONG' && source !== '' ? `failed to create symbolic link '${dest}'` : `failed to create symbolic link '${dest}' -> '${source}'`;
  return ['EDQUOT', 'EEXIST', 'ENOSPC', 'EROFS'].includes(code) ? `failed to create hard link '${dest}'` : `failed to create hard link '${dest}' => '${source}'`;
}

// Where the destination goes before the link replaces it (-f: unlinked later; backups: renamed now): false on failure.
function clearDest(ctx: ProgramContext, o: GnuLn, source: string, dest: string): { force: boolean; suffix?: string } | false {
  const lost = fsCall(() => ctx.fs.lstat(abs(ctx, dest)));
  if (lost === 'ENOENT') return { force: false };
  if (lost) return fail(ctx, `failed to access '${dest}': ${strerror(lost)}`);
  const node = ctx.fs.lstat(abs(ctx, dest));
  if (node.type === 'dir') return fail(ctx, `${quotef(dest)}: cannot overwrite directory`);
  if (o.made?.has(node)) return fail(ctx, `will not overwrite just-created '${dest}' with '${source}'`);
  // Removing (or moving aside) a name that is the source itself would lose it.
  if (o.backups.type !== 'none' ? !o.symbolic : o.force) {
    let src: FsNode | undefined;
    fsCall(() => void (src = o.symbolic ? ctx.fs.stat(abs(ctx, source)) : ctx.fs.lstat(abs(ctx, source))));
    if (src === node) return fail(ctx, `'${source}' and '${dest}' are the same file`);
  }
  if (o.backups.type === 'none') return { force: true };
  const suffix = backupSuffix(ctx.fs, abs(ctx, dest), o.backups);
  const moved = fsCall(() => ctx.fs.rename(abs(ctx, dest), abs(ctx, dest + suffix)));
  if (moved === 'ENOENT') return { force: false };
  if (moved) return fail(ctx, `cannot backup '${dest}': ${strerror(moved)}`);
  return { force: true, suffix };
}

/** do_link: one link `dest` to `source` (`tried`: what atomic_link already made of it); false on failure. */
function doLink(ctx: ProgramContext, o: GnuLn, source: string, dest: string, tried?: string): boolean {
  let err = tried ?? atomicLink(ctx, o, source, dest);
  if ((err !== '' || o.made) && !o.symbolic) {
    const missing = fsCall(() => ctx.fs.lstat(abs(ctx, source)));
    if (missing) return fail(ctx, `failed to access '${source}': ${strerror(missing)}`);
  }
  let suffix: string | undefined;
  if (err !== '') {
    if (!o.symbolic && !o.hardDir && ctx.fs.lstat(abs(ctx, source)).type === 'dir') return fail(ctx, `${quotef(source)}: hard link not allowed for directory`);
    if (o.relative) source = relativeTarget(ctx.fs, ctx.cwd, source, dest);
    let force = o.force || o.backups.type !== 'none';
    if (force) {
      const cleared = clearDest(ctx, o, source, dest);
      if (!cleared) return false;
      force = cleared.force;
      suffix = cleared.suffix;
    }
    err = forceLink(ctx, o, source, dest, force, err);
  }
  if (err === '') {
    if (!o.symbolic) o.made?.add(ctx.fs.lstat(abs(ctx, dest)));
    if (o.verbose) ctx.stdout.write(`${suffix !== undefined ? `'${dest}${suffix}' ~ ` : ''}'${dest}' ${o.symbolic ? '-' : '='}> '${source}'\n`);
    return true;
  }
  fail(ctx, `${linkFailure(o, source, dest, err)}: ${strerror(err)}`);
  // The backup goes back where it was.
  if (suffix !== undefined) fsCall(() => ctx.fs.rename(abs(ctx, dest + suffix), abs(ctx, dest)));
  return false;
}

// Whether `d` opens as a directory (O_DIRECTORY, and O_NOFOLLOW under -n): '' or why not.
function openDir(ctx: ProgramContext, d: string, follow: boolean): string {
  const code = fsCall(() => (follow ? ctx.fs.stat(abs(ctx, d)) : ctx.fs.lstat(abs(ctx, d))));
  if (code) return code;
  return (follow ? ctx.fs.stat(abs(ctx, d)) : ctx.fs.lstat(abs(ctx, d))).type === 'dir' ? '' : 'ENOTDIR';
}

/** GNU ln's main: -t's checks as getopt meets them, the operands, the backup type, then each link. */
function gnuLn(ctx: ProgramContext, flags: Set<string>, values: Map<string, string>, order: string[], operands: string[]): number {
  const die = (msg: string) => (fail(ctx, msg) ? 0 : 1);
  let targetDir = values.get('target-directory');
  if (order.filter((c) => c === 't').length > 1) return die('multiple target directories specified');
  if (targetDir !== undefined) {
    const why = fsCall(() => ctx.fs.stat(abs(ctx, targetDir!)));
    if (why) return die(`failed to access '${targetDir}': ${strerror(why)}`);
    if (ctx.fs.stat(abs(ctx, targetDir)).type !== 'dir') return die(`target '${targetDir}' is not a directory`);
  }
  if (operands.length === 0) return usageError(ctx, 'gnu', 'missing file operand');
  const o: GnuLn = { symbolic: flags.has('s'), relative: flags.has('r'), force: flags.has('f'), hardDir: flags.has('d'), verbose: flags.has('v'), backups: { type: 'none', suffix: '~' } };
  if (o.relative && !o.symbolic) return die('cannot do --relative without --symbolic');
  let files = operands;
  let tried: string | undefined;
  if (flags.has('T')) {
    if (targetDir !== undefined) return die('cannot combine --target-directory and --no-target-directory');
    if (operands.length !== 2) return usageError(ctx, 'gnu', operands.length < 2 ? `missing destination file operand after '${operands[0]}'` : `extra operand '${operands[2]}'`);
  } else if (operands.length < 2 && targetDir === undefined) targetDir = '.';
  else {
    if (operands.length === 2 && targetDir === undefined) tried = atomicLink(ctx, o, operands[0], operands[1]);
    if (tried === undefined || ['EEXIST', 'ENOTDIR', 'EINVAL'].includes(tried)) {
      const d = targetDir ?? operands[operands.length - 1];
      const why = openDir(ctx, d, !flags.has('n'));
      if (!why) {
        if (targetDir === undefined) files = operands.slice(0, -1);
        targetDir = d;
      } else if (!(operands.length === 2 && targetDir === undefined)) return die(`target '${d}': ${strerror(why)}`);
    }
  }
  // The type is read after a first link may have been made, as GNU reads it.
  const backups = gnuBackups(ctx, flags.has('b') || flags.has('--backup') || flags.has('S'), values.get('backup'), values.get('suffix'));
  if (!backups) return 1;
  o.backups = backups;
  if (targetDir === undefined) return doLink(ctx, o, operands[0], operands[1], tried) ? 0 : 1;
  // Two links into one directory could name one file: the first made is kept (unless numbered backups keep both).
  if (files.length >= 2 && o.force && !o.symbolic && backups.type !== 'numbered') o.made = new Set();
  let ok = true;
  for (const f of files) ok = doLink(ctx, o, f, concat(targetDir, f)) && ok;
  return ok ? 0 : 1;
}

/** Makes `ln` with GNU (`failed to create symbolic link 'b': File exists`) or busybox (`ln: b: File exists`) wording. */
export function makeLn(flavour: Flavour): Program {
  return (ctx) => {
    const gnu = flavour === 'gnu';
    const { flags, operands, values, order, bad } = parseFlags(ctx.argv.slice(1), gnu ? 'sfnTvrbdFt:S:' : 'sfnTvbS:', ctx, flavour, gnu ? LN_LONG : []);
    if (bad) return 1;
    if (gnu) {
      if (flags.has('F')) flags.add('d');
      return gnuLn(ctx, flags, values, order, operands);
    }
    const o = { symbolic: flags.has('s'), force: flags.has('f'), noDereference: flags.has('n'), backup: flags.has('b'), suffix: values.get('S') ?? '~', verbose: flags.has('v'), noTargetDir: flags.has('T') };
    return busyboxLn(ctx, o, operands);
  };
}
