// docker system df [-v] [--format] — docker/cli cli/command/system/df.go.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { formatDiskUsage } from '../../../format/system/df.ts';

/** Shows what images, containers, volumes and the build cache take on disk. */
export function systemDf(engine: EngineApi): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      ctx.stdout.write(formatDiskUsage(engine.systemDf(), { verbose: flags.bool('verbose'), format: flags.string('format'), now: Math.floor(ctx.fs.clock() / 1000) }));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
