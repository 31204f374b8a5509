// docker container prune [-f] — docker/cli cli/command/container/prune.go.
import type { EngineApi } from '../../../engine/index.ts';
import type { CommandHandler } from '../../command-types.ts';
import { reportError } from '../../daemon-error.ts';
import { humanSize } from '../../../format/units.ts';

const WARNING = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue?';

/** Removes every stopped container after asking (unless -f). */
export function containerPrune(engine: EngineApi): CommandHandler {
  return async ({ flags, ctx }) => {
    try {
      if (!flags.bool('force')) {
        ctx.stdout.write(`${WARNING} [y/N] `);
        if (ctx.stdin.split('\n')[0].trim().toLowerCase() !== 'y') return 0;
      }
      const report = await engine.containersPrune();
      if (report.ContainersDeleted.length > 0) ctx.stdout.write(`Deleted Containers:\n${report.ContainersDeleted.join('\n')}\n\n`);
      ctx.stdout.write(`Total reclaimed space: ${humanSize(report.SpaceReclaimed)}\n`);
      return 0;
    } catch (error) {
      return reportError(ctx, error);
    }
  };
}
