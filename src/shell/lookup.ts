// Where a command name leads, decided in one place for the shell, `command -v`/`type`/`which` and every
// program that execs another (env, xargs, find -exec, gosu, su). A container's table holds the programs
// of every image of its family, but an image has only some of them: there a program is found only where
// its file is — on $PATH for a bare name, at the path given otherwise — as the kernel finds executables,
// so `apk add`/`apt-get install` make a program appear and `apk del`/`rm` make it go. The host's
// filesystem holds no program files: its table is the machine's programs, found before $PATH.
import type { Program } from '../kernel/process.ts';
import type { Vfs } from '../vfs/vfs.ts';
import type { FsNode } from '../vfs/types.ts';
import { resolve } from '../vfs/path.ts';

/** A container's program table: each program exists only where the container's filesystem has its file. */
export class ImagePrograms extends Map<string, Program> {}

/** Program names that start a child shell rather than a table program. */
export const SHELL_NAMES: ReadonlySet<string> = new Set(['sh', 'ash', 'bash', 'dash']);

/** Programs the shells here have built in (bash, dash and busybox ash all have `kill`): found with no file. */
export const BUILTIN_PROGRAMS: ReadonlySet<string> = new Set(['kill']);

/** Where a name leads: a program (path undefined: a host program with no file), a script, a shell, a binary the workbook does not run, or, for a path, why it cannot be run. */
export type Lookup =
  | { kind: 'program'; program: Program; path?: string }
  | { kind: 'script'; path: string }
  | { kind: 'shell'; path: string }
  | { kind: 'unsupported'; path: string }
  | { kind: 'missing'; errno: 'ENOENT' | 'EISDIR' | 'EACCES' }
  | null;

/** Looks `name` up as execvp does: a path as given (from `cwd`), else the first executable file along `path` ($PATH). */
export function lookup(fs: Vfs, cwd: string, path: string, table: ReadonlyMap<string, Program>, name: string): Lookup {
  if (name.includes('/')) return byPath(fs, table, resolve(cwd, name), name);
  const program = table.get(name);
  if (program && (!(table instanceof ImagePrograms) || BUILTIN_PROGRAMS.has(name))) return { kind: 'program', program, path: onPath(fs, cwd, path, name) };
  for (const dir of path.split(':')) {
    if (!dir) continue;
    const p = resolve(cwd, `${dir}/${name}`);
    const node = statOrNull(fs, p);
    if (node && node.type === 'file' && (node.mode & 0o111) !== 0) return classify(fs, table, p, name, node, false);
  }
  return null;
}

/** The first entry of `name` along `path`, executable or not (where `type` says a host program lives when the fs has one). */
function onPath(fs: Vfs, cwd: string, path: string, name: string): string | undefined {
  for (const dir of path.split(':')) if (dir && fs.lexists(resolve(cwd, `${dir}/${name}`))) return resolve(cwd, `${dir}/${name}`);
  return undefined;
}

function byPath(fs: Vfs, table: ReadonlyMap<string, Program>, p: string, name: string): Lookup {
  const node = statOrNull(fs, p);
  if (!node) return { kind: 'missing', errno: 'ENOENT' };
  if (node.type === 'dir') return { kind: 'missing', errno: 'EISDIR' };
  if ((node.mode & 0o111) === 0) return { kind: 'missing', errno: 'EACCES' };
  return classify(fs, table, p, name.slice(name.lastIndexOf('/') + 1), node, true);
}

// An executable file at `p`, run by the name `invoked`. Image binaries are sized stand-ins (size set):
// they run as the program they are named for (a link's own name first, so busybox's applet links run
// their applet; by path, else the name of the file it leads to), /bin/sh, /bin/bash … as a child shell,
// and any other as "not supported" (redis-check-aof, a link to redis-server, must not start a server).
// A text file is a script, unless it is a launcher (`#!` naming a non-shell interpreter: pip, flask,
// npm) of a program.
function classify(fs: Vfs, table: ReadonlyMap<string, Program>, p: string, invoked: string, node: FsNode, byPath: boolean): Lookup {
  const data = node.type === 'file' ? node.data : new Uint8Array();
  const isBinary = node.type === 'file' && (node.size !== undefined || data[0] === 0x7f);
  const real = fs.realpath(p);
  const program = table.get(invoked) ?? (byPath && !SHELL_NAMES.has(invoked) ? table.get(real.slice(real.lastIndexOf('/') + 1)) : undefined);
  if (isBinary) {
    if (program) return { kind: 'program', program, path: p };
    return SHELL_NAMES.has(invoked) ? { kind: 'shell', path: p } : { kind: 'unsupported', path: p };
  }
  if (program && (data.length === 0 || isLauncher(data))) return { kind: 'program', program, path: p };
  return { kind: 'script', path: p };
}

// A `#!` line naming an interpreter other than a shell (a shell script is the learner's, whatever its name).
function isLauncher(data: Uint8Array): boolean {
  if (data[0] !== 0x23 || data[1] !== 0x21) return false;
  const line = new TextDecoder().decode(data.subarray(0, Math.min(data.length, 128))).split('\n')[0];
  const words = line.slice(2).trim().split(/[ \t]+/);
  const interpreter = (words[0].endsWith('/env') ? words.find((w, i) => i > 0 && !w.startsWith('-')) : words[0]) ?? '';
  return !SHELL_NAMES.has(interpreter.slice(interpreter.lastIndexOf('/') + 1));
}

function statOrNull(fs: Vfs, p: string): FsNode | null {
  try {
    return fs.stat(p);
  } catch {
    return null;
  }
}
