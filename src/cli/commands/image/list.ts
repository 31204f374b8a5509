// docker images / docker image ls [OPTIONS] [REPOSITORY[:TAG]] — docker/cli cli/command/image/list.go
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { formatImageList } from '../../../format/image/list.ts';
import { filterArgs } from '../filters.ts';

/** Lists local images as a table, IDs (-q) or a --format template. */
export function imageList(engine: EngineApi): CommandHandler {
  return ({ args, flags, ctx }) => {
    try {
      const filters = filterArgs(flags.list('filter'));
      if (args[0]) (filters.reference ??= []).push(args[0]);
      const images = engine.imageList({ all: flags.bool('all'), filters });
      const text = formatImageList(images, {
        format: flags.string('format') || undefined,
        quiet: flags.bool('quiet'),
        noTrunc: flags.bool('no-trunc'),
        digests: flags.bool('digests'),
        now: Math.floor(ctx.fs.clock() / 1000),
      });
      ctx.stdout.write(text);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
