// docker search [OPTIONS] TERM — docker/cli cli/command/registry/search.go.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { formatSearch } from '../../../format/registry/search.ts';
import { filterArgs } from '../filters.ts';

/** Searches Docker Hub and prints the results table (or --format). */
export function search(engine: EngineApi): CommandHandler {
  return async ({ args, flags, ctx }) => {
    try {
      const filters = filterArgs(flags.list('filter'));
      const results = await engine.imageSearch({ term: args[0], limit: flags.number('limit'), filters });
      ctx.stdout.write(formatSearch(results, { format: flags.string('format') || undefined, noTrunc: flags.bool('no-trunc') }));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
