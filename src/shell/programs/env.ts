// env [-i] [-u NAME]… [NAME=VALUE]… [COMMAND [ARG]…]: prints the environment or runs COMMAND with a changed one.
import type { Program } from '../../kernel/process.ts';
import { execCommand, type ProgramTable } from './exec.ts';
import { busyboxUsage, progName, quote, refusedLetter, type Flavour } from './util.ts';

/** Makes `env`; COMMAND is found as the shell finds it (see exec.ts). */
export function makeEnv(flavour: Flavour, table: ProgramTable): Program {
  return async (ctx) => {
    const name = progName(ctx, flavour);
    const args = ctx.argv.slice(1);
    let env = new Map(ctx.env);
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i];
      if (a === '-i' || a === '-' || a === '--ignore-environment') env = new Map();
      else if (a === '-u' || a.startsWith('-u')) {
        const v = a.length > 2 ? a.slice(2) : args[++i];
        if (v === undefined) {
          if (flavour === 'gnu') {
            ctx.stderr.write(`${name}: option requires an argument -- 'u'\nTry '${name} --help' for more information.\n`);
            return 125;
          }
          ctx.stderr.write(`${name}: option requires an argument: u\n`);
          return busyboxUsage(ctx, '[-i0] [-u NAME]... [-] [NAME=VALUE]... [PROG ARGS]');
        }
        env.delete(v);
      } else if (a === '--') {
        i++;
        break;
      } else if (a.startsWith('-') && a.length > 1) {
        const c = a[1] === '-' ? a : a[1];
        if (c.length === 1 && refusedLetter(ctx, flavour, c)) return flavour === 'gnu' ? 125 : 1;
        if (flavour === 'gnu') {
          ctx.stderr.write(`${name}: ${a.startsWith('--') ? `unrecognized option '${a}'` : `invalid option -- '${c}'`}\nTry '${name} --help' for more information.\n`);
          return 125;
        }
        ctx.stderr.write(`${name}: unrecognized option: ${c}\n`);
        return 1;
      } else break;
    }
    for (; i < args.length && /^[^=]+=/.test(args[i]); i++) {
      const eq = args[i].indexOf('=');
      env.set(args[i].slice(0, eq), args[i].slice(eq + 1));
    }
    if (i >= args.length) {
      ctx.stdout.write([...env].map(([k, v]) => `${k}=${v}\n`).join(''));
      return 0;
    }
    const cmd = args[i];
    // COMMAND is found along the PATH env gives it, as execvp does.
    const code = await execCommand(ctx, table, args.slice(i), { env, stdin: ctx.stdin });
    if (code !== undefined) return code;
    ctx.stderr.write(flavour === 'gnu' ? `${name}: ${quote(ctx, cmd)}: No such file or directory\n` : `${name}: can't execute '${cmd}': No such file or directory\n`);
    return 127;
  };
}
