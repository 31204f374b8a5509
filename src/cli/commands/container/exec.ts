// docker exec [-i] [-t] [-e K=V] [-w DIR] [-u USER] CONTAINER COMMAND [ARG...] — docker/cli
// cli/command/container/exec.go: a second process in a running container; `-it` with a shell hands
// the terminal to that shell.
import { type EngineApi, EngineError, ExecProcessNotFound } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { inputIsNotTty } from './options.ts';

/** Runs a command in a running container. */
export function containerExec(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    await engine.preload(); // the programs a container may run, before its process starts
    const [ref, ...argv] = args;
    const options = {
      env: flags.list('env').filter((e) => e.includes('=') || ctx.env.has(e)).map((e) => (e.includes('=') ? e : `${e}=${ctx.env.get(e)}`)),
      cwd: flags.string('workdir') || undefined,
      user: flags.string('user') || undefined,
    };
    try {
      // The CLI inspects the container first, so a missing container is reported before the TTY check.
      engine.containerInspect(ref);
      if (!flags.bool('detach') && inputIsNotTty(ctx, flags.bool('interactive'), flags.bool('tty'))) return 1;
      const input = flags.bool('interactive') ? ctx.stdin : ''; // reading stdin consumes it: read it once
      if (flags.bool('interactive') && ctx.enterShell && input === '') {
        const shell = engine.containerExecInteractive(ref, argv, ctx.columns, (ms) => ctx.sleep(ms), options);
        if (shell) {
          ctx.enterShell(shell);
          return 0;
        }
      }
      const io = { stdout: ctx.stdout, stderr: ctx.stderr, stdin: input, columns: ctx.columns, signal: ctx.signal, tty: flags.bool('tty'), sleep: (ms: number) => ctx.sleep(ms) };
      if (flags.bool('detach')) {
        engine.containerExecDetached(ref, argv, { stdin: input, columns: ctx.columns, tty: flags.bool('tty') }, options);
        return 0;
      }
      return await engine.containerExec(ref, argv, io, options);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      if (error.code === ExecProcessNotFound.code) {
        ctx.stderr.write(`${error.message}\n`);
        return 127;
      }
      ctx.stderr.write(`Error response from daemon: ${error.message}\n`);
      return 1;
    }
  };
}
