// cp's own walk, for what the vfs's one-call copy does not do: -u (only where the source is newer), -s
// (symlinks made instead of copies), -L/-H/-P (which symlinks are followed: every one, the operands',
// none), GNU's backups of what is replaced, and -n inside a tree. Each entry is copied as coreutils'
// copy_internal or busybox's copy_file does it, with their messages.
import type { ProgramContext } from '../../kernel/process.ts';
import type { FsNode } from '../../vfs/types.ts';
import { basename, dirname } from '../../vfs/path.ts';
import { strerror } from '../messages.ts';
import { abs, errCode, type Flavour } from './util.ts';
import { backupSuffix, type Backups } from './cp-backup.ts';

/** Which symlinks a copy follows: all, the operands' only, or none (each copied as a symlink). */
export type Deref = 'always' | 'args' | 'never';

/** How cp copies, as its options say. */
export interface TreeOptions {
  flavour: Flavour;
  recursive: boolean;
  preserve: boolean;
  deref: Deref;
  update: boolean;
  symbolic: boolean;
  noClobber: boolean;
  force: boolean;
  backups: Backups;
  verbose: boolean;
}

/** One walk's memory: the operand's names, the directories it made (met as a source, one is the copy itself) and those it is in. */
interface Walk {
  from: string;
  to: string;
  made: Set<FsNode>;
  inside: Set<FsNode>;
  /** GNU stops the whole walk once it meets its copy. */
  intoSelf?: boolean;
}

/** One entry to copy: its names as shown (`from`, `to`) and as paths. */
interface Entry {
  from: string;
  to: string;
  src: string;
  dst: string;
  top: boolean;
  walk: Walk;
}

// Reports a failure in GNU's or busybox's words; false for the caller to return.
function fail(ctx: ProgramContext, o: TreeOptions, gnu: string, busybox: string): false {
  ctx.stderr.write(`cp: ${o.flavour === 'gnu' ? gnu : busybox}\n`);
  return false;
}

// A node, or undefined where there is none (or it cannot be reached).
function look(ctx: ProgramContext, p: string, follow: boolean): FsNode | undefined {
  try {
    return follow ? ctx.fs.stat(p) : ctx.fs.lstat(p);
  } catch {
    return undefined;
  }
}

// quotef: a name quoted only where the shell would need it.
const quotef = (s: string) => (/^[\w.,/@%+=:^-]+$/.test(s) ? s : `'${s}'`);

// GNU's -s refuses a relative target for a link made anywhere but the current directory.
function relativeRefused(ctx: ProgramContext, e: Entry): boolean {
  if (e.from.startsWith('/') || dirname(e.to) === '.') return false;
  return look(ctx, abs(ctx, dirname(e.to)), true) !== look(ctx, ctx.cwd, true);
}

// The symlink -s makes (to the source as typed), or the copy of a symlink not followed; `force` replaces a name in the way.
function makeSymlink(ctx: ProgramContext, o: TreeOptions, e: Entry, target: string): boolean {
  const gnu = o.flavour === 'gnu';
  if (o.symbolic && gnu && relativeRefused(ctx, e)) return fail(ctx, o, `${quotef(e.to)}: can make relative symbolic links only in current directory`, '');
  const attempt = () => {
    try {
      ctx.fs.symlink(target, e.dst);
      return '';
    } catch (err) {
      return errCode(err);
    }
  };
  let code = attempt();
  if (code === 'EEXIST' && (o.force || (gnu && !o.symbolic))) {
    try {
      ctx.fs.unlink(e.dst);
      code = attempt();
    } catch (err) {
      code = errCode(err);
    }
  }
  if (!code) return true;
  const why = strerror(code);
  if (o.symbolic) return fail(ctx, o, `cannot create symbolic link '${e.to}' to '${e.from}': ${why}`, `can't create${o.force ? ' link' : ''} '${e.to}': ${why}`);
  return fail(ctx, o, `cannot create symbolic link '${e.to}': ${why}`, o.force ? `can't create symlink '${e.to}' to '${target}': ${why}` : `can't create '${e.to}': ${why}`);
}

// Whether a destination that exists stops the copy (true: skip it, silently; false: failed; undefined: go on).
function existing(ctx: ProgramContext, o: TreeOptions, e: Entry, node: FsNode, dest: FsNode): boolean | undefined {
  const gnu = o.flavour === 'gnu';
  // GNU: two symlinks copied as links are one file only by name; a symlink in the way of -s is replaced.
  const links = o.deref === 'never' && node.type === 'symlink' && dest.type === 'symlink';
  const same = !gnu ? node === dest : links ? e.src === e.dst : look(ctx, e.src, true) === look(ctx, e.dst, true) && !(o.symbolic && dest.type === 'symlink');
  if (same && !(gnu && o.backups.type !== 'none' && e.src !== e.dst)) return fail(ctx, o, `'${e.from}' and '${e.to}' are the same file`, `'${e.from}' and '${e.to}' are the same file`);
  // busybox's -n keeps a directory too, unmerged.
  if (o.noClobber && (node.type !== 'dir' || !gnu)) return true;
  if (o.update && node.type !== 'dir' && dest.mtime >= node.mtime) return true;
  if (node.type === 'dir' && dest.type !== 'dir') return fail(ctx, o, `cannot overwrite non-directory '${e.to}' with directory '${e.from}'`, `target '${e.to}' is not a directory`);
  if (node.type !== 'dir' && dest.type === 'dir') return fail(ctx, o, `cannot overwrite directory '${e.to}' with non-directory`, `'${e.to}' is a directory`);
  return undefined;
}

// GNU moves a file about to be replaced aside: the suffix its backup took, '' for none, false on failure.
function backUp(ctx: ProgramContext, o: TreeOptions, e: Entry, dest: FsNode): string | false {
  if (o.backups.type === 'none' || dest.type === 'dir') return '';
  // `cp --backup=simple a~ a` would make the backup over its own source.
  if (o.backups.type !== 'numbered' && basename(e.from) === basename(e.to) + o.backups.suffix && look(ctx, e.src, true) === look(ctx, e.dst + o.backups.suffix, true)) {
    return fail(ctx, o, `backing up '${e.to}' might destroy source;  '${e.from}' not copied`, '');
  }
  const suffix = backupSuffix(ctx.fs, e.dst, o.backups);
  try {
    ctx.fs.rename(e.dst, e.dst + suffix);
  } catch (err) {
    return fail(ctx, o, `cannot backup '${e.to}': ${strerror(errCode(err))}`, '');
  }
  return suffix;
}

// A directory: made where missing (its line first, GNU; after what it holds, busybox), then each entry in it.
// (Copying a directory into itself goes on until the copy is met as a source, as both cp's do.)
function copyDir(ctx: ProgramContext, o: TreeOptions, e: Entry, node: FsNode, made: boolean): boolean {
  const w = e.walk;
  if (w.made.has(node)) {
    w.intoSelf = o.flavour === 'gnu';
    return fail(ctx, o, `cannot copy a directory, '${w.from}', into itself, '${w.to}'`, `recursion detected, omitting directory '${e.from}'`);
  }
  // -L through a symlink to a directory it is in.
  if (w.inside.has(node)) return fail(ctx, o, `cannot copy cyclic symbolic link '${e.from}'`, `recursion detected, omitting directory '${e.from}'`);
  if (made) {
    try {
      ctx.fs.mkdir(e.dst, { mode: o.preserve ? node.mode : node.mode & ~ctx.fs.umask });
    } catch (err) {
      return fail(ctx, o, `cannot create directory '${e.to}': ${strerror(errCode(err))}`, `can't create directory '${e.to}': ${strerror(errCode(err))}`);
    }
    if (o.verbose && o.flavour === 'gnu') ctx.stdout.write(`'${e.from}' -> '${e.to}'\n`);
  }
  const copy = look(ctx, e.dst, true);
  if (copy) w.made.add(copy);
  w.inside.add(node);
  let ok = true;
  for (const child of ctx.fs.readdir(e.src)) {
    if (w.intoSelf) break;
    const sub = { from: `${e.from.replace(/\/+$/, '')}/${child}`, to: `${e.to.replace(/\/+$/, '')}/${child}`, src: `${e.src}/${child}`, dst: `${e.dst}/${child}`, top: false, walk: w };
    ok = copyEntry(ctx, o, sub) && ok;
  }
  w.inside.delete(node);
  if (o.preserve) keep(ctx, e.dst, node);
  if (o.verbose && o.flavour === 'busybox') ctx.stdout.write(`'${e.from}' -> '${e.to}'\n`);
  return ok;
}

// -p and -a: the source's mode, owner and time on the copy (what the copier may not set, it leaves).
function keep(ctx: ProgramContext, p: string, node: FsNode): void {
  for (const set of [() => ctx.fs.chown(p, node.uid, node.gid), () => ctx.fs.chmod(p, node.mode), () => ctx.fs.utimes(p, node.mtime)]) {
    try {
      set();
    } catch {
      /* not the copier's to set */
    }
  }
}

/** Copies one entry (and, for a directory, what it holds); false after a failure was reported. */
export function copyEntry(ctx: ProgramContext, o: TreeOptions, e: Entry): boolean {
  const gnu = o.flavour === 'gnu';
  const node = look(ctx, e.src, o.deref === 'always' || (o.deref === 'args' && e.top));
  // busybox makes a link to what is not there, too.
  if (!node && !(o.symbolic && !gnu)) return fail(ctx, o, `cannot stat '${e.from}': ${strerror('ENOENT')}`, `can't stat '${e.from}': ${strerror('ENOENT')}`);
  if (node?.type === 'dir' && !o.recursive) return fail(ctx, o, `-r not specified; omitting directory '${e.from}'`, `omitting directory '${e.from}'`);
  // A regular file is written through a symlink in the way; anything else replaces the name.
  const dest = look(ctx, e.dst, gnu && node?.type === 'file' && !o.symbolic && o.backups.type === 'none');
  let suffix = '';
  if (node && dest) {
    const stop = existing(ctx, o, e, node, dest);
    if (stop !== undefined) return stop;
    const moved = backUp(ctx, o, e, dest);
    if (moved === false) return false;
    suffix = moved;
  }
  let ok: boolean;
  if (!node || (o.symbolic && node.type !== 'dir')) ok = makeSymlink(ctx, o, e, e.from);
  else if (node.type === 'symlink') ok = makeSymlink(ctx, o, e, node.target);
  else if (node.type === 'dir') return copyDir(ctx, o, e, node, !dest || suffix !== '');
  else {
    try {
      ctx.fs.copy(e.src, e.dst, { preserve: o.preserve });
      ok = true;
    } catch (err) {
      const why = strerror(errCode(err));
      ok = fail(ctx, o, `cannot create regular file '${e.to}': ${why}`, `can't create '${e.to}': ${why}`);
    }
  }
  // busybox says nothing of the links -s makes.
  if (ok && o.verbose && !(o.symbolic && !gnu)) ctx.stdout.write(`'${e.from}' -> '${e.to}'${suffix ? ` (backup: '${e.to}${suffix}')` : ''}\n`);
  return ok;
}

/** Copies operand `from` to `to` (`dst`, absolute) as cp's options say; false after a failure was reported. */
export function copyTree(ctx: ProgramContext, o: TreeOptions, from: string, to: string, dst: string): boolean {
  const src = abs(ctx, from);
  // GNU's `cp --force --backup f f` copies f to its backup's name instead.
  if (o.flavour === 'gnu' && o.force && o.backups.type !== 'none' && from === to && look(ctx, src, true)?.type === 'file') {
    const suffix = backupSuffix(ctx.fs, dst, o.backups);
    return copyEntry(ctx, { ...o, backups: { ...o.backups, type: 'none' } }, { from, to: to + suffix, src, dst: dst + suffix, top: true, walk: { from, to, made: new Set(), inside: new Set() } });
  }
  return copyEntry(ctx, o, { from, to, src, dst, top: true, walk: { from, to, made: new Set(), inside: new Set() } });
}
