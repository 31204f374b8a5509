// docker version [--format] — docker/cli cli/command/system/version.go: GET /version, made into text by
// format/system/version.ts.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { formatVersion } from '../../../format/system/version.ts';

/** Prints the client and server versions, or a --format template over {Client, Server}. */
export function version(engine: EngineApi): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      ctx.stdout.write(formatVersion(engine.systemVersion(), flags.string('format')));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
