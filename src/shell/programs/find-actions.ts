// find's actions that change or run things: -exec CMD {} ; (true when CMD exits 0), -exec CMD {} +
// (the paths in batches, run at the end), and -delete (files and empty directories, children first).
import type { ProgramContext } from '../../kernel/process.ts';
import { execCommand, type ProgramTable } from './exec.ts';
import { abs, errCode, quote, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';

/** Runs `argv` as find does: a program, or a shell (`sh -c '…' _ {}`) or script through the caller's shell. */
export async function runCommand(ctx: ProgramContext, table: ProgramTable, flavour: Flavour, argv: string[]): Promise<number> {
  const code = await execCommand(ctx, table, argv, { stdin: '' });
  if (code !== undefined) return code;
  ctx.stderr.write(flavour === 'gnu' ? `find: ${quote(ctx, argv[0])}: No such file or directory\n` : `find: ${argv[0]}: No such file or directory\n`);
  return 127;
}

/** `{}` replaced by the path wherever it appears in an argument, as both finds do for `;`. */
export function substitute(template: string[], path: string): string[] {
  return template.map((a) => a.split('{}').join(path));
}

/** Removes a file, link or empty directory for -delete; false (with find's message) when it cannot. */
export function deletePath(ctx: ProgramContext, flavour: Flavour, shown: string): boolean {
  const p = abs(ctx, shown);
  if (p === '/' || shown === '.') return true;
  try {
    if (ctx.fs.lstat(p).type === 'dir') ctx.fs.rmdir(p);
    else ctx.fs.unlink(p);
    return true;
  } catch (e) {
    const code = errCode(e);
    ctx.stderr.write(flavour === 'gnu' ? `find: cannot delete ${quote(ctx, shown)}: ${strerror(code)}\n` : `find: ${shown}: ${strerror(code)}\n`);
    return false;
  }
}
