// docker info / docker system info [--format] — docker/cli cli/command/system/info.go: GET /info, made
// into text by format/system/info.ts; the daemon's warnings go to stderr.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { formatInfo } from '../../../format/system/info.ts';

/** Prints the Client and Server sections, or a --format template (`json` is `{{json .}}`). */
export function info(engine: EngineApi): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      const server = engine.systemInfo();
      ctx.stdout.write(formatInfo(server, flags.string('format')));
      if (!flags.string('format')) for (const warning of server.Warnings ?? []) ctx.stderr.write(`${warning}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
