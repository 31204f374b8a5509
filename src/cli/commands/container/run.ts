// docker run [OPTIONS] IMAGE [COMMAND] [ARG...] — docker/cli cli/command/container/run.go: create
// (pulling first if needed), then start. `-d` prints the ID; attached runs stream the output and
// exit with the container's status; `-it` with a shell hands the terminal to the container's shell.
import { type EngineApi, EngineError } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { createContainer, Reported } from './create.ts';
import { inputIsNotTty, startFailureStatus, withHelp } from './options.ts';

/** `docker run`. */
export function containerRun(engine: EngineApi): CommandHandler {
  return async (parsed) => {
    const { flags, ctx } = parsed;
    if (!flags.bool('detach') && inputIsNotTty(ctx, flags.bool('interactive'), flags.bool('tty'))) return 1;
    await engine.preload(); // the catalog a pull needs, the programs the container may run
    let id: string;
    try {
      id = await createContainer(engine, parsed, 'run');
    } catch (error) {
      if (error instanceof Reported) return error.status;
      throw error;
    }
    const detach = flags.bool('detach');
    const interactive = flags.bool('interactive');
    try {
      if (detach) {
        await engine.containerStart(id);
        ctx.stdout.write(`${id}\n`);
        return 0;
      }
      const input = interactive ? ctx.stdin : ''; // reading stdin consumes it: read it once
      if (interactive && ctx.enterShell && input === '') {
        const shell = engine.containerStartInteractive(id, ctx.columns);
        if (shell) {
          ctx.enterShell(shell);
          return 0;
        }
      }
      return await runAttached(engine, ctx, id, input);
    } catch (error) {
      if (error instanceof EngineError) {
        const message = `Error response from daemon: ${error.message}`;
        return withHelp(ctx, message, 'run', startFailureStatus(message));
      }
      throw error;
    }
  };
}

/** Starts PID 1 attached to the terminal and waits for it; Ctrl-C sends it SIGINT. */
export async function runAttached(engine: EngineApi, ctx: ProgramContext, id: string, stdin: string): Promise<number> {
  const process = engine.containerStartAttached(id, { stdout: ctx.stdout, stderr: ctx.stderr, stdin, columns: ctx.columns });
  const exit = process.exit;
  const interrupted = new Promise<'interrupted'>((resolve) => {
    if (ctx.signal.aborted) resolve('interrupted');
    ctx.signal.addEventListener('abort', () => resolve('interrupted'), { once: true });
  });
  const first = await Promise.race([exit, interrupted]);
  if (first !== 'interrupted') return first;
  // A PID 1 that ignores SIGINT keeps running after the terminal lets go, as in Docker.
  return (await process.interrupt()) ? exit : 130;
}
