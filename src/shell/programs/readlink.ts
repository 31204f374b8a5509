// readlink [-f|-e|-m] [-n] [-v] FILE…: a symlink's target, or (-f, -e, -m) the canonical path with every
// link resolved. GNU has -e and -m and takes several files; busybox has -f, -n and -v and one file.
import type { Program, ProgramContext } from '../../kernel/process.ts';
import { abs, busyboxUsage, parseFlags, usageError, type Flavour } from './util.ts';
import { strerror } from '../messages.ts';
import { resolvePath } from './canonical-path.ts';

type Mode = 'f' | 'e' | 'm';

/** The canonical path of `path` (as realpath with GNU's -f/-e/-m rules for what may be missing), or undefined. */
export function canonicalize(ctx: ProgramContext, path: string, mode: Mode): string | undefined {
  const resolved = resolvePath(ctx, path, mode === 'f' ? 'E' : mode, false);
  return 'path' in resolved ? resolved.path : undefined;
}

/** Makes `readlink` with GNU's or busybox's options and messages; status 1 when a file is not a link (or cannot be resolved). */
export function makeReadlink(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), flavour === 'gnu' ? 'femnqsvz' : 'fnv', ctx, flavour, flavour === 'gnu' ? ['canonicalize:f', 'canonicalize-existing:e', 'canonicalize-missing:m', 'no-newline:n', 'quiet:q', 'silent:s', 'verbose:v', 'zero:z'] : []);
    if (bad) return flavour === 'busybox' ? busyboxUsage(ctx, '[-fnv] FILE') : 1;
    if (operands.length === 0 || (flavour === 'busybox' && operands.length > 1)) return flavour === 'gnu' ? usageError(ctx, flavour, 'missing operand') : busyboxUsage(ctx, '[-fnv] FILE');
    const mode: Mode | undefined = flags.has('e') ? 'e' : flags.has('m') ? 'm' : flags.has('f') ? 'f' : undefined;
    const end = flags.has('n') && operands.length === 1 ? '' : flags.has('z') ? '\0' : '\n';
    let code = 0;
    for (const f of operands) {
      let result: string | undefined;
      let error = 'EINVAL';
      if (mode) result = canonicalize(ctx, f, mode);
      else {
        try {
          const node = ctx.fs.lstat(abs(ctx, f));
          if (node.type === 'symlink') result = node.target;
        } catch {
          error = 'ENOENT';
        }
      }
      if (result === undefined) {
        if (flags.has('v')) ctx.stderr.write(`readlink: ${f}: ${strerror(mode ? 'ENOENT' : error)}\n`);
        code = 1;
        continue;
      }
      ctx.stdout.write(result + end);
    }
    return code;
  };
}
