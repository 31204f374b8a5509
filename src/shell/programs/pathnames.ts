// basename and dirname: strip a path's directory or last component (no filesystem access).
import type { Program } from '../../kernel/process.ts';
import { basename as baseOf, dirname as dirOf } from '../../vfs/path.ts';
import { busyboxUsage, parseFlags, usageError, quote, type Flavour } from './util.ts';

/** `basename NAME [SUFFIX]`, `basename -a NAME…`, `basename -s SUFFIX NAME…` */
export function makeBasename(flavour: Flavour): Program {
  return (ctx) => {
    const args = ctx.argv.slice(1);
    let suffix = '';
    let all = false;
    const names: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const a = args[i];
      if (a === '-a') all = true;
      else if (a === '-s') {
        if (args[i + 1] === undefined) return flavour === 'gnu' ? usageError(ctx, flavour, "option requires an argument -- 's'") : busyboxUsage(ctx, 'FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...');
        suffix = args[++i];
        all = true;
      } else if (a === '--') {
        names.push(...args.slice(i + 1));
        break;
      }
      else names.push(a);
    }
    if (names.length === 0) return flavour === 'gnu' ? usageError(ctx, flavour, 'missing operand') : busyboxUsage(ctx, 'FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...');
    if (!all && names.length > 2) return flavour === 'gnu' ? usageError(ctx, flavour, `extra operand ${quote(ctx, names[2])}`) : busyboxUsage(ctx, 'FILE [SUFFIX] | -a FILE... | -s SUFFIX FILE...');
    if (!all && names.length === 2) {
      suffix = names[1];
      names.pop();
    }
    for (const n of names) {
      let b = baseOf(n);
      if (suffix && b !== suffix && b.endsWith(suffix)) b = b.slice(0, -suffix.length);
      ctx.stdout.write(b + '\n');
    }
    return 0;
  };
}

/** `dirname NAME…` (busybox takes exactly one NAME). */
export function makeDirname(flavour: Flavour): Program {
  return (ctx) => {
    const { flags, operands, bad } = parseFlags(ctx.argv.slice(1), flavour === 'gnu' ? 'z' : '', ctx, flavour, flavour === 'gnu' ? ['zero:z'] : []);
    if (bad) return 1;
    if (flavour === 'busybox' && operands.length !== 1) return busyboxUsage(ctx, 'FILENAME');
    if (operands.length === 0) return usageError(ctx, flavour, 'missing operand');
    // -z ends each name with NUL, for xargs -0.
    for (const n of operands) ctx.stdout.write(dirOf(n) + (flags.has('z') ? '\0' : '\n'));
    return 0;
  };
}
