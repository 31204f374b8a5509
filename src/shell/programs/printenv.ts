// printenv [NAME]…: prints the whole environment, or the named variables (exit 1 if one is unset).
import type { Program } from '../../kernel/process.ts';

/** Makes `printenv` (the same in coreutils and busybox). */
export function makePrintenv(): Program {
  return (ctx) => {
    const names = ctx.argv.slice(1);
    if (names.length === 0) {
      for (const [k, v] of ctx.env) ctx.stdout.write(`${k}=${v}\n`);
      return 0;
    }
    let code = 0;
    for (const n of names) {
      const v = ctx.env.get(n);
      if (v === undefined) code = 1;
      else ctx.stdout.write(v + '\n');
    }
    return code;
  };
}
