// docker history [OPTIONS] IMAGE — docker/cli cli/command/image/history.go
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { formatHistory } from '../../../format/image/history.ts';

/** Shows the layers and steps an image was made of, newest first. */
export function history(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    try {
      const items = engine.imageHistory(args[0]);
      ctx.stdout.write(
        formatHistory(items, {
          format: flags.string('format') || undefined,
          quiet: flags.bool('quiet'),
          noTrunc: flags.bool('no-trunc'),
          human: flags.changed('human') ? flags.bool('human') : true,
          now: Math.floor(ctx.fs.clock() / 1000),
        }),
      );
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
