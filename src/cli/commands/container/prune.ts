// docker container prune [-f] [--filter] — docker/cli cli/command/container/prune.go.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { deletedList, pruneReport } from '../../../format/prune.ts';
import { filterArgs } from '../filters.ts';
import { confirmed } from '../confirm.ts';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

/** Removes every stopped container after asking (unless -f). */
export function containerPrune(engine: EngineApi): CommandHandler {
  return async ({ flags, ctx }) => {
    try {
      if (!flags.bool('force')) {
        if (!confirmed(ctx, WARNING)) return 0;
      }
      const report = await engine.containersPrune(filterArgs(flags.list('filter')));
      ctx.stdout.write(pruneReport([deletedList('Deleted Containers', report.ContainersDeleted)], report.SpaceReclaimed));
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
