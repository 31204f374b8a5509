// docker start / stop / restart / kill / rm / wait / rename / pause / unpause lifecycle commands —
// docker/cli cli/command/container/{start,stop,restart,kill,rm,wait,rename}.go: each container in
// turn, its name echoed as typed on success, the errors printed together at the end (exit 1).
import { type EngineApi, EngineError } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import type { ProgramContext } from '../../../kernel/process.ts';
import { reportError } from '../../daemon-error.ts';
import { runAttached } from './run.ts';
import { inputIsNotTty } from './options.ts';

// Runs `each` for every argument; prints the argument on success, `Error response from daemon: …` otherwise.
async function forEach(ctx: ProgramContext, args: string[], each: (ref: string) => Promise<void> | void): Promise<string[]> {
  const failed: string[] = [];
  const errors: string[] = [];
  for (const ref of args) {
    try {
      await each(ref);
      ctx.stdout.write(`${ref}\n`);
    } catch (error) {
      if (!(error instanceof EngineError)) throw error;
      errors.push(`Error response from daemon: ${error.message}`);
      failed.push(ref);
    }
  }
  if (errors.length > 0) ctx.stderr.write(errors.join('\n') + '\n');
  return failed;
}

/** `docker start [-a] [-i] CONTAINER...` */
export function containerStart(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    await engine.preload(); // the programs a container may run, before its process starts
    if (flags.bool('attach') || flags.bool('interactive')) {
      if (args.length > 1) {
        ctx.stderr.write('you cannot start and attach multiple containers at once\n');
        return 1;
      }
      try {
        const c = engine.containerInspect(args[0]);
        if (c.State.Running) {
          ctx.stderr.write(`Error response from daemon: You cannot attach to a running container\n`);
          return 1;
        }
        if (inputIsNotTty(ctx, flags.bool('interactive'), c.Config.Tty)) return 1;
        if (flags.bool('interactive') && ctx.enterShell) {
          const shell = engine.containerStartInteractive(c.Id, ctx.columns);
          if (shell) {
            ctx.enterShell(shell);
            return 0;
          }
        }
        return await runAttached(engine, ctx, c.Id, flags.bool('interactive') ? ctx.stdin : '');
      } catch (error) {
        return reportError(ctx, error);
      }
    }
    // Each failure is printed as it happens; a summary line names them all.
    const failed: string[] = [];
    for (const ref of args) {
      try {
        await engine.containerStart(ref);
        ctx.stdout.write(`${ref}\n`);
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        ctx.stderr.write(`Error response from daemon: ${error.message}\n`);
        failed.push(ref);
      }
    }
    if (failed.length === 0) return 0;
    ctx.stderr.write(`Error: failed to start containers: ${failed.join(', ')}\n`);
    return 1;
  };
}

/** `docker stop [-t N] [-s SIG] CONTAINER...` */
export function containerStop(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    const timeout = flags.changed('timeout') ? flags.number('timeout') : undefined;
    const failed = await forEach(ctx, args, (ref) => engine.containerStop(ref, timeout, flags.string('signal') || undefined));
    return failed.length ? 1 : 0;
  };
}

/** `docker restart [-t N] CONTAINER...` */
export function containerRestart(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    await engine.preload(); // the programs a container may run, before its process starts
    const timeout = flags.changed('timeout') ? flags.number('timeout') : undefined;
    const failed = await forEach(ctx, args, (ref) => engine.containerRestart(ref, timeout));
    return failed.length ? 1 : 0;
  };
}

/** `docker kill [-s SIG] CONTAINER...` */
export function containerKill(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    const failed = await forEach(ctx, args, (ref) => engine.containerKill(ref, flags.string('signal') || 'SIGKILL'));
    return failed.length ? 1 : 0;
  };
}

/** `docker rm [-f] [-v] CONTAINER...` — with -f a missing container is reported but not an error. */
export function containerRemove(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    const force = flags.bool('force');
    const errors: string[] = [];
    for (const ref of args) {
      try {
        await engine.containerRemove(ref, { force, volumes: flags.bool('volumes') });
        ctx.stdout.write(`${ref}\n`);
      } catch (error) {
        if (!(error instanceof EngineError)) throw error;
        if (force && error.kind === 'notFound') {
          // docker/cli rm.go still prints the daemon's answer for a missing container, but it is no failure.
          ctx.stderr.write(`Error response from daemon: ${error.message}\n`);
          continue;
        }
        errors.push(`Error response from daemon: ${error.message}`);
      }
    }
    if (errors.length === 0) return 0;
    ctx.stderr.write(errors.join('\n') + '\n');
    return 1;
  };
}

/** `docker wait CONTAINER...`: each exit code once the container stops. */
export function containerWait(engine: EngineApi): CommandHandler {
  return async ({ args, ctx }) => {
    let status = 0;
    for (const ref of args) {
      try {
        ctx.stdout.write(`${await engine.containerWait(ref, ctx.signal)}\n`);
      } catch (error) {
        // Ctrl-C ends the wait, as SIGINT ends the docker CLI.
        if (ctx.signal.aborted) return 130;
        if (!(error instanceof EngineError)) throw error;
        ctx.stderr.write(`Error response from daemon: ${error.message}\n`);
        status = 1;
      }
    }
    return status;
  };
}

/** `docker pause CONTAINER...` */
export function containerPause(engine: EngineApi): CommandHandler {
  return async ({ args, ctx }) => ((await forEach(ctx, args, (ref) => engine.containerPause(ref))).length ? 1 : 0);
}

/** `docker unpause CONTAINER...` */
export function containerUnpause(engine: EngineApi): CommandHandler {
  return async ({ args, ctx }) => ((await forEach(ctx, args, (ref) => engine.containerUnpause(ref))).length ? 1 : 0);
}

/** `docker rename CONTAINER NEW_NAME` */
export function containerRename(engine: EngineApi): CommandHandler {
  return ({ args, ctx }) => {
    const newName = args[1].trim();
    if (newName === '') {
      ctx.stderr.write('Error: Neither old nor new names may be empty\n');
      return 1;
    }
    try {
      engine.containerRename(args[0], newName);
      return 0;
    } catch (error) {
      // docker/cli rename.go prints the daemon's error, then fails with a line of its own.
      const status = reportError(ctx, error);
      ctx.stderr.write(`Error: failed to rename container named ${args[0]}\n`);
      return status;
    }
  };
}
