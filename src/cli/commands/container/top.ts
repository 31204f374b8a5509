// docker top CONTAINER [ps OPTIONS] — docker/cli cli/command/container/top.go: the words after the
// container go to the daemon's ps as one argument string.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { formatTop } from '../../../format/container/top.ts';

/** Prints the processes running in a container. */
export function containerTop(engine: EngineApi): CommandHandler {
  return ({ args, ctx }) => {
    try {
      ctx.stdout.write(formatTop(engine.containerTop(args[0], args.slice(1).join(' '))));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
