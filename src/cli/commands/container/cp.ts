// docker cp CONTAINER:SRC HOSTDEST | HOSTSRC CONTAINER:DEST — docker/cli cli/command/container/cp.go
// with moby's archive.CopyTo rules: into an existing directory the source keeps its name; to a new
// path it takes that name; `SRC/.` copies a directory's contents. Ends with "Successfully copied …".
import { type EngineApi, EngineError, isDirMode } from '../../../engine/index.ts';
import { entriesOfTree } from '../../../vfs/layers/index.ts';
import type { TarEntry } from '../../../vfs/tar/entry.ts';
import { writeTar } from '../../../vfs/tar/write.ts';
import type { FsNode } from '../../../vfs/types.ts';
import type { CommandHandler } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { humanSize } from '../../../format/units.ts';
import { invokingUser } from '../host-user.ts';

/** Copies between a container and the host. */
export function containerCp(engine: EngineApi): CommandHandler {
  return ({ args, ctx }) => {
    const [src, dst] = args;
    const from = splitCpArg(src);
    const to = splitCpArg(dst);
    if (from.container && to.container) return fail(ctx, 'copying between containers is not supported');
    if (!from.container && !to.container) return fail(ctx, 'must specify at least one container source');
    try {
      if (from.container) return download(engine, ctx, from.container, from.path, to.path);
      return upload(engine, ctx, from.path, to.container!, to.path);
    } catch (error) {
      if (error instanceof EngineError) return fail(ctx, `Error response from daemon: ${error.message}`);
      throw error;
    }
  };
}

// `name:path`; a leading `/` or `.` marks a local path even with a colon in it.
function splitCpArg(arg: string): { container?: string; path: string } {
  if (arg.startsWith('/') || arg.startsWith('.')) return { path: arg };
  const i = arg.indexOf(':');
  if (i <= 0) return { path: arg };
  return { container: arg.slice(0, i), path: arg.slice(i + 1) };
}

function download(engine: EngineApi, ctx: ProgramContext, ref: string, src: string, dst: string): number {
  const archive = engine.containerArchiveGet(ref, src.startsWith('/') ? src : `/${src}`);
  const dest = absolute(ctx, dst);
  const contentsOnly = /\/\.$/.test(src);
  let base: string;
  let strip = false;
  if (ctx.fs.exists(dest) && ctx.fs.stat(dest).type === 'dir') {
    base = dest;
  } else {
    if (dst.endsWith('/')) return fail(ctx, `destination directory "${dest}" must exist`, false);
    const parent = dest.slice(0, dest.lastIndexOf('/')) || '/';
    if (!ctx.fs.exists(parent)) return fail(ctx, `lstat ${parent}: no such file or directory`, false);
    base = parent;
    strip = true;
  }
  const newName = dest.slice(dest.lastIndexOf('/') + 1);
  // `SRC/.` to a new path: that path becomes the directory the contents go into.
  if (strip && contentsOnly && !ctx.fs.exists(dest)) ctx.fs.mkdir(dest, { recursive: true, ...invokingUser(ctx) });
  for (const e of archive.entries) {
    let rel = e.path;
    if (strip && !contentsOnly) rel = newName + rel.slice(archive.name.length);
    else if (strip && contentsOnly) rel = `${newName}/${rel}`;
    write(ctx, `${base === '/' ? '' : base}/${rel}`, e);
  }
  ctx.stderr.write(`Successfully copied ${humanSize(archive.tar.length)} to ${dest}\n`);
  return 0;
}

function upload(engine: EngineApi, ctx: ProgramContext, src: string, ref: string, dst: string): number {
  const source = absolute(ctx, src);
  let node: FsNode;
  try {
    node = ctx.fs.stat(source.replace(/\/\.$/, '') || '/');
  } catch {
    return fail(ctx, `lstat ${source}: no such file or directory`, false);
  }
  const dest = dst.startsWith('/') ? dst : `/${dst}`;
  const contentsOnly = /\/\.$/.test(src);
  const name = source.replace(/\/\.$/, '').slice(source.replace(/\/\.$/, '').lastIndexOf('/') + 1);
  let dir: string;
  let newName: string;
  const destStat = engine.containerStatPath(ref, dest);
  if (destStat && isDirMode(destStat.mode)) {
    dir = dest;
    newName = name;
  } else {
    if (dst.endsWith('/')) return fail(ctx, `Error response from daemon: Could not find the file ${dest} in container ${ref}`);
    dir = dest.slice(0, dest.lastIndexOf('/')) || '/';
    newName = dest.slice(dest.lastIndexOf('/') + 1);
    if (!engine.containerStatPath(ref, dir)) return fail(ctx, `Error response from daemon: Could not find the file ${dir} in container ${ref}`);
  }
  const entries: TarEntry[] = [];
  const top = contentsOnly && dir === dest ? '' : newName;
  if (node.type === 'dir') {
    if (top) entries.push({ path: top, type: 'dir', mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime });
    entries.push(...entriesOfTree(node, top));
  } else if (node.type === 'file') {
    entries.push({ path: top || name, type: 'file', mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime, data: node.data, ...(node.size !== undefined ? { declaredSize: node.size } : {}) });
  } else entries.push({ path: top || name, type: 'symlink', mode: node.mode, uid: node.uid, gid: node.gid, mtime: node.mtime, linkTarget: node.target });
  // Files from the host arrive owned by root unless -a keeps their owner.
  const owned = entries.map((e) => ({ ...e, uid: 0, gid: 0 }));
  engine.containerArchivePut(ref, dir, owned);
  ctx.stderr.write(`Successfully copied ${humanSize(writeTar(owned).length)} to ${ref}:${dest}\n`);
  return 0;
}

// What the CLI extracts on the host is the invoking user's: an unprivileged client cannot chown.
function write(ctx: ProgramContext, path: string, e: TarEntry): void {
  const owner = invokingUser(ctx);
  if (e.type === 'dir') {
    if (!ctx.fs.exists(path)) ctx.fs.mkdir(path, { recursive: true, mode: e.mode, ...owner });
    return;
  }
  if (ctx.fs.lexists(path) && ctx.fs.lstat(path).type === 'dir' && e.type !== 'symlink') ctx.fs.rm(path, { recursive: true });
  if (e.type === 'symlink') {
    if (ctx.fs.lexists(path)) ctx.fs.rm(path, { recursive: true });
    ctx.fs.symlink(e.linkTarget ?? '', path, owner);
    return;
  }
  ctx.fs.writeFile(path, e.data ?? new Uint8Array(), { mode: e.mode, ...owner });
  const node = ctx.fs.lstat(path);
  if (node.type === 'file') {
    node.mode = e.mode;
    node.mtime = e.mtime;
    if (e.declaredSize !== undefined) node.size = e.declaredSize;
  }
}

function absolute(ctx: ProgramContext, p: string): string {
  const joined = p.startsWith('/') ? p : `${ctx.cwd}/${p}`;
  const keepDot = /\/\.$/.test(joined);
  const parts: string[] = [];
  for (const part of joined.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return '/' + parts.join('/') + (keepDot ? '/.' : '');
}

function fail(ctx: ProgramContext, message: string, _daemon = true): number {
  ctx.stderr.write(`${message}\n`);
  return 1;
}
