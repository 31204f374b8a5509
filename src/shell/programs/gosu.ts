// gosu USER COMMAND…: steps down to USER and execs COMMAND (the redis and postgres entrypoints use it to
// re-run themselves as the service user). Programs cannot run shell scripts, so when COMMAND is the
// entrypoint script itself ("$0"), its second pass — which only execs "$@" — is taken directly.
import type { Program } from '../../kernel/process.ts';
import { findProgram, runProgram, type ProgramTable } from './exec.ts';

/** Makes `gosu user-spec command [args]`. */
export function makeGosu(table: ProgramTable): Program {
  return async (ctx) => {
    const [, user, ...command] = ctx.argv;
    if (!user || command.length === 0) {
      ctx.stderr.write('Usage: gosu user-spec command [args]\n   eg: gosu tianon bash\n       gosu nobody:root bash -c \'whoami && id\'\n       gosu 1000:1 id\n\ngosu version: 1.17 (go1.18.2 on linux/amd64; gc)\nlicense: Apache-2.0 (full text at https://github.com/tianon/gosu)\n\n');
      return 1;
    }
    let argv = command;
    if (/docker-entrypoint\.sh$/.test(argv[0]) && !findProgram(ctx, table, argv[0])) argv = argv.slice(1);
    if (argv.length === 0) return 0;
    const program = findProgram(ctx, table, argv[0]);
    if (!program) {
      ctx.stderr.write(`error: exec: "${argv[0]}": executable file not found in $PATH\n`);
      return 1;
    }
    const env = new Map(ctx.env);
    env.set('HOME', user === 'postgres' ? '/var/lib/postgresql' : user === 'redis' ? '/home/redis' : env.get('HOME') ?? '/');
    return runProgram(ctx, program, argv, { env, stdin: ctx.stdin });
  };
}
