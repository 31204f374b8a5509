// execve's `#!` rule: an executable text file whose first line is `#!INTERPRETER [ARG]` runs as
// `INTERPRETER [ARG] FILE ARGS…` (Linux passes ARG as one word, unsplit); a file without `#!` is
// ENOEXEC, which the shell answers by reading it as a shell script.
import { resolve } from '../../vfs/path.ts';
import type { Interp } from './types.ts';
import { ImagePrograms } from '../lookup.ts';

/** The `#!` line of a file: the interpreter's path and its one optional argument. */
export interface Shebang {
  interpreter: string;
  arg?: string;
}

/** How many interpreters may stand in a row (the kernel's limit on nested `#!` scripts). */
export const MAX_INTERPRETER_DEPTH = 4;

/** Reads the `#!` line of the file at `path`; null when it has none (the shell then runs it itself). */
export function readShebang(it: Interp, path: string): Shebang | null {
  let head: string;
  try {
    head = it.fs.readText(path).slice(0, 256);
  } catch {
    return null;
  }
  if (!head.startsWith('#!')) return null;
  const eol = head.indexOf('\n');
  // Only spaces and tabs separate words; a stray `\r` stays in the name, as on Linux.
  const line = (eol < 0 ? head : head.slice(0, eol)).slice(2).replace(/^[ \t]+/, '').replace(/[ \t]+$/, '');
  if (!line) return null;
  const gap = line.search(/[ \t]/);
  if (gap < 0) return { interpreter: line };
  return { interpreter: line.slice(0, gap), arg: line.slice(gap).replace(/^[ \t]+/, '') };
}

/**
 * How to start the interpreter a `#!` line names, or null when it is missing (execve's ENOENT): its
 * file in a container; on the host, whose programs have no files, the program or shell of that name.
 */
export function interpreterCommand(it: Interp, interpreter: string): string | null {
  try {
    if (it.fs.stat(resolve(it.cwd, interpreter)).type === 'file') return interpreter;
  } catch {
    /* absent */
  }
  if (it.programs instanceof ImagePrograms) return null;
  const base = interpreter.slice(interpreter.lastIndexOf('/') + 1);
  return it.programs.has(base) || ['sh', 'bash'].includes(base) ? base : null;
}

/** The shell's message when a script's interpreter is missing (`sh: ./x: not found`, bash's `required file not found`). */
export function missingInterpreter(it: Interp, script: string): string {
  return it.dialect === 'bash' ? `${it.errPrefix()}${script}: cannot execute: required file not found\n` : it.dialect === 'ash' ? `${it.name}: ${script}: not found\n` : `${it.errPrefix()}${script}: not found\n`;
}

/** `#!/usr/bin/env CMD` / `#!/usr/bin/env -S CMD ARGS`: the words env runs, or null when env itself refuses (its message in `error`). */
export function envCommand(it: Interp, interpreter: string, arg: string | undefined): { argv: string[] } | { error: string } | null {
  if (interpreter.slice(interpreter.lastIndexOf('/') + 1) !== 'env' || arg === undefined) return null;
  const gnu = it.dialect !== 'ash';
  let words: string[];
  if (arg.startsWith('-S') && gnu) words = arg.slice(2).split(/[ \t]+/).filter(Boolean);
  else if (arg.startsWith('-')) return null; // other options: env's own program reads them
  else words = [arg];
  if (words.length === 0) return null;
  const cmd = words[0];
  // env finds CMD as the shell does (shell/lookup.ts); the host's shells have no file but are there.
  const found = it.locate(cmd);
  const host = !(it.programs instanceof ImagePrograms);
  if ((found !== null && found.kind !== 'error') || (host && (cmd === 'sh' || (cmd === 'bash' && it.dialect === 'bash')))) return { argv: words };
  const q = /utf-?8/i.test(it.env.get('LC_ALL') || it.env.get('LANG') || '') ? `‘${cmd}’` : `'${cmd}'`;
  const hint = gnu && /[ \t]/.test(cmd) ? `${interpreter}: use -[v]S to pass options in shebang lines\n` : '';
  return { error: gnu ? `${interpreter}: ${q}: No such file or directory\n${hint}` : `env: can't execute '${cmd}': No such file or directory\n` };
}
