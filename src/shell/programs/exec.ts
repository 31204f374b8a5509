// Running another program from a program (env CMD, xargs CMD): only programs of the machine's table can be
// started this way — shell scripts and `sh -c` need the interpreter, which programs do not reach.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs } from './util.ts';

/** Where programs find other programs: the machine's table, read lazily so later additions (docker) count. */
export type ProgramTable = () => ReadonlyMap<string, Program>;

/** Finds `name` (a bare name or a path to an existing file) in the table; undefined when it cannot run. */
export function findProgram(ctx: ProgramContext, table: ProgramTable, name: string): Program | undefined {
  if (name.includes('/')) {
    const p = abs(ctx, name);
    if (!ctx.fs.exists(p) || ctx.fs.stat(p).type !== 'file') return undefined;
    const real = ctx.fs.realpath(p);
    return table().get(real.slice(real.lastIndexOf('/') + 1)) ?? table().get(name.slice(name.lastIndexOf('/') + 1));
  }
  return table().get(name);
}

/** Runs a program with a new argv (and optionally environment and stdin), sharing the caller's streams and filesystem. */
export async function runProgram(ctx: ProgramContext, program: Program, argv: string[], extra: { env?: Map<string, string>; stdin?: string } = {}): Promise<number> {
  // Take stdin before spreading: ctx.stdin reads (and so empties) the shared input stream.
  const stdin = extra.stdin ?? ctx.stdin;
  return program({ ...ctx, argv, env: extra.env ?? ctx.env, stdin });
}
