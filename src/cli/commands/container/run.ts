// docker run [OPTIONS] IMAGE [COMMAND] [ARG...] — docker/cli cli/command/container/run.go: create
// (pulling first if needed), then start. `-d` prints the ID; attached runs stream the output and
// exit with the container's status; `-it` with a shell hands the terminal to the container's shell.
import type { Engine } from '../../../engine/engine.ts';
import { EngineError } from '../../../engine/errors/engine-error.ts';
import type { CommandHandler } from '../../framework/types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { createContainer, Reported } from './create.ts';
import { startFailureStatus, withHelp } from './options.ts';

/** `docker run`. */
export function containerRun(engine: Engine): CommandHandler {
  return async (parsed) => {
    const { flags, ctx } = parsed;
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
        engine.containers.start(id);
        ctx.stdout.write(`${id}\n`);
        return 0;
      }
      const input = interactive ? ctx.stdin : ''; // reading stdin consumes it: read it once
      if (interactive && ctx.enterShell && engine.containers.isShell(id) && input === '') {
        const shell = engine.containers.startInteractive(id, ctx.columns);
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
export async function runAttached(engine: Engine, ctx: ProgramContext, id: string, stdin: string): Promise<number> {
  const c = engine.containers.start(id, { stdout: ctx.stdout, stderr: ctx.stderr, stdin, columns: ctx.columns });
  const exit = c.waitExit();
  const interrupted = new Promise<'interrupted'>((resolve) => {
    if (ctx.signal.aborted) resolve('interrupted');
    ctx.signal.addEventListener('abort', () => resolve('interrupted'), { once: true });
  });
  const first = await Promise.race([exit, interrupted]);
  if (first !== 'interrupted') return first;
  if (c.task && !c.task.deaf) {
    await engine.containers.kill(id, 'SIGINT').catch(() => undefined);
    return exit;
  }
  // PID 1 ignores SIGINT, as in Docker: the container keeps running after the terminal lets go.
  return 130;
}
