// docker ps / docker container ls — docker/cli cli/command/container/list.go: running containers
// (or -a all), -q, -l/-n, -s, --no-trunc, --filter, --format.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { formatContainers } from '../../../format/container/list.ts';
import { filterArgs } from '../filters.ts';

/** Lists containers. */
export function containerList(engine: EngineApi): CommandHandler {
  return ({ flags, ctx }) => {
    try {
      const format = flags.string('format');
      const limit = flags.bool('latest') ? 1 : flags.changed('last') ? flags.number('last') : 0;
      const size = flags.bool('size') || (format.includes('.Size') && !flags.bool('quiet'));
      const list = engine.containerList({ all: flags.bool('all'), limit, size, filters: filterArgs(flags.list('filter')) });
      ctx.stdout.write(
        formatContainers(list, { format: format || 'table', quiet: flags.bool('quiet'), noTrunc: flags.bool('no-trunc'), size: flags.bool('size'), now: Math.floor(ctx.fs.clock() / 1000) }),
      );
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
